// A worker as `npm start` runs it, in its own process, for the fault tests: SIGKILL it, restart it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { s } from './setup';

const root = path.join(__dirname, '..', '..');
export const WORKER_LOG = path.join(os.tmpdir(), `valley-fault-worker-${process.pid}.log`);

/** The worker process, sending to the SMTP server on `smtpPort`, with `env` over the test's environment. */
export function startWorker(smtpPort: number, env: Record<string, string> = {}): ChildProcess {
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/index.ts'], { cwd: root, env: all });
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
