// A worker as `npm start` runs it, in its own process, for the fault tests: SIGKILL it, restart it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
