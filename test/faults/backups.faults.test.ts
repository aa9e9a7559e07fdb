// Backups with real worker processes: each schedule time makes one backup with two workers up, two workers
// never run two backups at once (they wait in line on the
// PostgreSQL lock), and a worker SIGKILLed mid-dump leaves nothing that counts as a backup; the next worker
// closes the interrupted one and the next backup starts clean.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { config, s } from '../support/setup';
import { waitFor } from '../support/helpers';
import { TestSmtp } from '../support/smtp';
import { QUEUE_NAMES } from '../../src/platform/queues';
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
      { ms: 60_000, what: 'the interrupted backup closed' },
    );
    expect(closed.failure).to.match(/interrupted: the worker stopped while dumping; nothing of this backup counts/);
    expect(files().filter((f) => f.endsWith('.partial'))).to.deep.equal([]);
    const [next] = await queueBackups(1);
    await waitFor(async () => ((await s.backupConsole.get(next)).state === 'verified' ? true : undefined), {
      ms: 60_000,
      what: 'the next backup verified',
    });
  });

  it('makes each scheduled backup once with two workers up, and keeps one next run per schedule', async () => {
    const every = 10;
    const env = { BACKUP_SCHEDULE: `*/${every} * * * * *` }; // every ten seconds (a seconds field)
    const since = new Date();
    workers.push(startWorker(port, env), startWorker(port, env));
    await new Promise((r) => setTimeout(r, 3 * every * 1000 + 3000));
    // every repeating job (backups, reminders, digests, retention, sweeps) registered once, with one next run,
    // though each worker registered them all at its start
    for (const name of QUEUE_NAMES) {
      const q = s.jobs.queue(name);
      const keys = (await q.getJobSchedulers()).map((j) => j.key);
      expect(keys, `${name}: one scheduler each`).to.have.length(new Set(keys).size);
      const next = (await q.getDelayed()).map((j) => j.repeatJobKey).filter(Boolean);
      expect(next, `${name}: one next run each`).to.have.length(new Set(next).size);
    }
    for (const w of workers) await stopWorker(w, 'SIGTERM'); // a backup under way finishes first
    workers = [];
    const rows: { slot: Date; state: string; file: string; verified_at: Date | null }[] = await s
      .db('backups')
      .where({ trigger: 'schedule' })
      .where('created_at', '>=', since)
      .orderBy('slot')
      .select('slot', 'state', 'file', 'verified_at');
    expect(rows.length, 'three schedule times or more in the half minute').to.be.at.least(3);
    const gaps = rows.slice(1).map((r, i) => (r.slot.getTime() - rows[i].slot.getTime()) / 1000);
    expect(gaps, 'one backup per schedule time, none missed').to.deep.equal(gaps.map(() => every));
    // each one made was verified by restore (the oldest may since have been pruned by the retention rule)
    const made = rows.filter((r) => r.state !== 'queued');
    expect(made.filter((r) => !r.verified_at || !['verified', 'pruned'].includes(r.state))).to.deep.equal([]);
    for (const r of made.filter((x) => x.state === 'verified')) expect(files()).to.include(r.file);
    expect(made.filter((r) => r.state === 'verified').length, 'the latest kept').to.be.above(0);
  });
});
