// Backups with real worker processes: two workers never run two backups at once (they wait in line on the
// PostgreSQL lock), and a worker SIGKILLed mid-dump leaves nothing that counts as a backup; the next worker
// closes the interrupted one and the next backup starts clean.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { config, s } from '../support/setup';
import { waitFor } from '../support/helpers';
import { TestSmtp } from '../support/smtp';
import { startWorker, stopWorker } from '../support/worker';

const BLOBS = 'backup-faults';

async function queueBackups(n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = (await s.stores.backups.backups.insert({ trigger: 'manual' }, new Date()))!;
    await s.backups.enqueue(id);
    ids.push(id);
  }
  return ids;
}
const files = () => (fs.existsSync(config.backupDir) ? fs.readdirSync(config.backupDir) : []);

describe('backups under faults (real worker processes)', function () {
  this.timeout(180_000);
  const sink = new TestSmtp();
  let port = 0;
  let workers: ChildProcess[] = [];
  const spawn = () => {
    const w = startWorker(port);
    workers.push(w);
    return w;
  };

  before(async () => {
    port = await sink.start();
    await s.db('backups').whereIn('state', ['queued', 'running', 'verifying']).update({ state: 'failed' });
  });
  afterEach(async () => {
    for (const w of workers) await stopWorker(w, 'SIGKILL');
    workers = [];
    await s.db('blobs').where('sha256', 'like', `${BLOBS}%`).del();
    await s.db('backups').whereNull('acknowledged_at').update({ acknowledged_at: new Date() });
  });
  after(() => sink.stop());

  it('runs one backup at a time with two workers up, each verified', async () => {
    spawn();
    spawn();
    const ids = await queueBackups(3);
    const rows = await waitFor(
      async () => {
        const r = await s.db('backups').whereIn('id', ids).select('id', 'state', 'started_at', 'verified_at');
        return r.every((b) => b.verified_at) ? r : undefined;
      },
      { ms: 120_000, what: 'three verified backups', every: 250 },
    );
    const spans = rows
      .map((b) => [new Date(b.started_at).getTime(), new Date(b.verified_at).getTime()])
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).to.be.at.least(spans[i - 1][1]);
  });

  it('loses nothing to FLUSHALL: a backup Redis forgot is enqueued again, one mid-run finishes once', async () => {
    // queued in PostgreSQL only (its job lost): a worker's start-up sweep enqueues it
    const lost = (await s.stores.backups.backups.insert({ trigger: 'manual' }, new Date()))!;
    spawn();
    await waitFor(async () => ((await s.backupConsole.get(lost)).state === 'verified' ? true : undefined), {
      ms: 60_000,
      what: 'the forgotten backup verified',
    });
    for (let i = 0; i < 24; i++)
      await s.db('blobs').insert({ sha256: `${BLOBS}-${i}`, content: crypto.randomBytes(1 << 20), size: 1 << 20 });
    const [id] = await queueBackups(1);
    await waitFor(async () => ((await s.backupConsole.get(id)).state === 'running' ? true : undefined), {
      ms: 60_000,
      what: 'the dump under way',
      every: 10,
    });
    await s.redis.flushall();
    const done = await waitFor(
      async () => {
        const b = await s.backupConsole.get(id);
        return b.state === 'verified' || b.state === 'failed' ? b : undefined;
      },
      { ms: 90_000, what: 'the backup finished' },
    );
    expect(done.state, done.failure ?? '').to.equal('verified');
    const verifiedTwice = await s.db('audit_log').where({ action: 'backup.verified', target_id: String(id) });
    expect(verifiedTwice).to.have.length(1);
    // and the schedules come back by themselves
    await waitFor(
      async () =>
        (await s.jobs.maintenance.getJobSchedulers()).some((j) => j.key === 'backup-sweep') ? true : undefined,
      { ms: 60_000, what: 'the backup sweep scheduled again' },
    );
  });

  it('leaves nothing that counts after a SIGKILL mid-dump, and the next worker closes it and starts clean', async () => {
    // 48 MB that does not compress, so that the dump takes long enough to be killed in the middle
    for (let i = 0; i < 48; i++)
      await s.db('blobs').insert({ sha256: `${BLOBS}-${i}`, content: crypto.randomBytes(1 << 20), size: 1 << 20 });
    const w = spawn();
    const [id] = await queueBackups(1);
    const running = await waitFor(
      async () => {
        const b = await s.backupConsole.get(id);
        return b.state === 'running' && b.progressDone > 0 ? b : undefined;
      },
      { ms: 60_000, what: 'the dump under way', every: 10 },
    );
    await stopWorker(w, 'SIGKILL');
    const file = running.file!;
    expect(files()).to.not.include(file);
    expect(files()).to.not.include(file.replace(/\.vbk$/, '.manifest.json'));
    expect((await s.backupConsole.get(id)).state).to.equal('running');

    await s.db('blobs').where('sha256', 'like', `${BLOBS}%`).del();
    spawn();
    const closed = await waitFor(
      async () => {
        const b = await s.backupConsole.get(id);
        return b.state === 'failed' ? b : undefined;
      },
      { ms: 30_000, what: 'the interrupted backup closed' },
    );
    expect(closed.failure).to.match(/interrupted: the worker stopped while dumping; nothing of this backup counts/);
    expect(files().filter((f) => f.endsWith('.partial'))).to.deep.equal([]);
    const [next] = await queueBackups(1);
    await waitFor(async () => ((await s.backupConsole.get(next)).state === 'verified' ? true : undefined), {
      ms: 60_000,
      what: 'the next backup verified',
    });
  });
});
