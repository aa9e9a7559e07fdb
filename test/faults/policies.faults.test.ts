// A terms change's fan-out under faults, with real worker processes on the real clock: one of two workers
// SIGKILLed five times in the middle and replaced, Redis flushed (FLUSHALL) mid-fan-out. Each of 800 officers
// must be told exactly once, in the portal and by e-mail: PostgreSQL holds the broadcast's cursor and who was told.
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { s } from '../support/setup';
import { waitFor } from '../support/helpers';
import { TestSmtp } from '../support/smtp';
import { word } from '../support/leads';
import { publishVersion, resetPolicies } from '../support/policies';
import { insertOfficers, killRepeatedly, startWorker, stopWorker, WORKER_LOG } from '../support/worker';

const USERS = 800;

describe('terms-change fan-out under faults (real worker processes)', function () {
  this.timeout(240_000);
  const sink = new TestSmtp();
  let port = 0;
  let tag = '';
  let workers: ChildProcess[] = [];
  let ids: number[] = [];

  before(async () => {
    port = await sink.start();
    await s.redis.flushdb();
    tag = `terms${word(6)}`;
    ids = await insertOfficers(tag, USERS);
  });
  afterEach(async () => {
    for (const w of workers) await stopWorker(w, 'SIGKILL');
    workers = [];
    await resetPolicies();
  });
  after(async () => {
    await s.db('users').whereIn('id', ids).update({ status: 'deactivated' });
    ids = [];
    await sink.stop();
  });

  const spawnWorker = () => {
    const w = startWorker(port, { NOTICE_BATCH: '3' });
    workers.push(w);
    return w;
  };
  const told = async (broadcastId: number) =>
    Number(
      (await s.db('notifications').where({ broadcast_id: broadcastId }).whereIn('user_id', ids).count({ n: '*' }))[0].n,
    );

  /** The e-mails about `version` received since `mark`. */
  const received = (mark: number, version: number) =>
    sink.messages.slice(mark).filter((m) => m.to.startsWith(`${tag}.`) && m.subject.includes(`(version ${version})`))
      .length;
  /** How far a fan-out is, of 2 × 800: officers told in the portal, plus e-mails received. */
  const progress = async (v: { broadcastId: number | null; version: number }, mark: number) =>
    (await told(v.broadcastId!)) + received(mark, v.version);

  /** A worker fanning out a new terms version, once a tenth of it is done. */
  async function underWay() {
    const w = spawnWorker();
    const mark = sink.messages.length;
    const v = await publishVersion(s, 'terms', { summary: `Faults ${word(4)}.` });
    await waitFor(async () => (await progress(v, mark)) >= USERS / 5 || undefined, {
      what: 'the fan-out under way',
      ms: 60_000,
      every: 5,
    });
    return { w, v, mark };
  }

  async function expectEachOnce(broadcastId: number, version: number, mark: number) {
    const ours = () =>
      sink.messages.slice(mark).filter((m) => m.to.startsWith(`${tag}.`) && m.subject.includes(`(version ${version})`));
    await waitFor(() => ours().length >= USERS || undefined, {
      what: 'every officer told',
      ms: 150_000,
      explain: async () => ({ told: await told(broadcastId), received: ours().length, log: WORKER_LOG }),
    });
    await new Promise((r) => setTimeout(r, 2000));
    const perUser = new Map<string, number>();
    for (const m of ours()) perUser.set(m.to, (perUser.get(m.to) ?? 0) + 1);
    expect(
      [...perUser].filter(([, n]) => n > 1),
      'e-mailed twice',
    ).to.deep.equal([]);
    expect(perUser.size).to.equal(USERS);
    expect(await told(broadcastId), 'one notification each').to.equal(USERS);
    expect((await s.db('broadcasts').where({ id: broadcastId }).first()).state).to.equal('done');
  }

  it('tells each officer once with two workers when one is SIGKILLed five times in the fan-out', async () => {
    spawnWorker();
    spawnWorker();
    const mark = sink.messages.length;
    const v = await publishVersion(s, 'terms', { summary: `Faults ${word(4)}.` });
    const { at } = await killRepeatedly({
      pool: workers,
      spawn: () => startWorker(port, { NOTICE_BATCH: '3' }),
      sink,
      progress: () => progress(v, mark),
      total: 2 * USERS,
      times: 5,
    });
    expect(
      at.filter((n) => n < 2 * USERS),
      'each kill in the middle of the fan-out',
    ).to.have.length(5);
    await expectEachOnce(v.broadcastId!, v.version, mark);
  });

  it('tells each officer once when Redis is flushed (FLUSHALL) mid-fan-out and the worker restarted', async () => {
    const { w, v, mark } = await underWay();
    await s.redis.flushall();
    expect(await progress(v, mark), 'flushed in the middle').to.be.below(2 * USERS);
    await new Promise((r) => setTimeout(r, 500));
    await stopWorker(w, 'SIGTERM');
    spawnWorker();
    await expectEachOnce(v.broadcastId!, v.version, mark);
  });
});
