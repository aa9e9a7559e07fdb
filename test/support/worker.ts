// A worker as `npm start` runs it, in its own process, for the fault tests: SIGKILL it, restart it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { s } from './setup';
import { waitFor } from './helpers';
import type { TestSmtp } from './smtp';

const root = path.join(__dirname, '..', '..');
export const WORKER_LOG = path.join(os.tmpdir(), `valley-fault-worker-${process.pid}.log`);

/** The worker process (or another `entry`), sending to the SMTP server on `smtpPort`, with `env` over the test's
 * environment. */
// Whatever happens to a test (a failed hook, an uncaught error), no process it started outlives the test run: a
// leftover worker would take the next run's jobs to an SMTP server that is gone.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export function startWorker(
  smtpPort: number,
  env: Record<string, string> = {},
  entry = 'workers/index.ts',
): ChildProcess {
  const all = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    VAR_DIR: 'var/test',
    BASE_URL: 'http://portal.test',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    // no nightly backup of the test database in tests that do not ask for one (test/integration/backups*, test/faults/backups*)
    BACKUP_SCHEDULE: 'off',
    ...env,
  };
  // node itself (not the tsx wrapper, which would outlive a SIGKILL in its own child): the signal hits the worker
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, env: all });
  children.add(child);
  child.once('exit', () => children.delete(child));
  // its log (warnings and worse) goes to a file a failed run names
  const log = fs.createWriteStream(WORKER_LOG, { flags: 'a' });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return child;
}

export async function stopWorker(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** `n` active compliance officers `${tag}.N@example.test`, written in SQL (no sign-in needed); their ids. */
export async function insertOfficers(tag: string, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let done = 0; done < n; done += 500) {
    const rows = Array.from({ length: Math.min(500, n - done) }, (_, i) => ({
      email: `${tag}.${done + i}@example.test`,
      name: `Officer ${done + i}`,
      role: 'compliance',
      status: 'active',
      password_changed_at: new Date(),
    }));
    const inserted = await s.db('users').insert(rows).returning<{ id: number }[]>('id');
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/**
 * Kills a worker of `pool` with SIGKILL `times` times while the work is under way, each of the pool in turn: the
 * k-th kill once `progress()` has passed k/(times + 1) of `total`. Before each kill the SMTP server stops
 * answering, so the messages in flight are never accepted (RFC 5321) and those answered before have a moment to
 * be recorded; a fresh worker from `spawn` takes the killed one's place. Returns the progress at each kill and how
 * many messages in flight were refused.
 */
export async function killRepeatedly(o: {
  pool: ChildProcess[];
  spawn: () => ChildProcess;
  sink: TestSmtp;
  progress: () => number | Promise<number>;
  total: number;
  times: number;
}): Promise<{ at: number[]; dropped: number }> {
  const at: number[] = [];
  let dropped = 0;
  for (let k = 1; k <= o.times; k++) {
    const step = Math.floor((o.total * k) / (o.times + 1));
    await waitFor(async () => (await o.progress()) >= step || undefined, {
      what: `kill ${k} of ${o.times}: ${step} of ${o.total} done`,
      ms: 120_000,
      every: 10,
      explain: async () => ({ progress: await o.progress(), log: WORKER_LOG }),
    });
    o.sink.holding = true;
    await new Promise((r) => setTimeout(r, 500));
    const i = k % o.pool.length;
    await stopWorker(o.pool[i], 'SIGKILL');
    at.push(await o.progress());
    dropped += o.sink.dropHeld();
    o.pool[i] = o.spawn();
  }
  return { at, dropped };
}

/** A free loopback port (the kernel's pick, released for a child process to take). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A web process as `npm start` runs it (src/server.ts), on its own port, with `env` over the worker's; its base
 * URL once /healthz answers. */
export async function startWeb(
  smtpPort: number,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = startWorker(smtpPort, { ...env, PORT: String(port) }, 'src/server.ts');
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    () =>
      fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => child.exitCode !== null && fail(url),
      ),
    {
      what: `the web process on ${url}`,
      ms: 30_000,
      every: 100,
    },
  );
  return { child, url };
}
const fail = (url: string): never => {
  throw new Error(`the web process for ${url} exited; see ${WORKER_LOG}`);
};
