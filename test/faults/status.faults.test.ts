// Maintenance notices under faults, with real worker processes on the real clock: two workers at once, a worker
// SIGKILLed five times in the middle of a fan-out and replaced, Redis flushed (FLUSHALL) mid-fan-out. Each of 800
// officers must receive the reminder exactly once: PostgreSQL holds the cursor and who was written to.
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { s } from '../support/setup';
import { waitFor } from '../support/helpers';
import { TestSmtp } from '../support/smtp';
import { word } from '../support/leads';
import { cancelAllWindows, scheduleWindow, HOUR } from '../support/status';
import { insertOfficers, killRepeatedly, startWorker, stopWorker, WORKER_LOG } from '../support/worker';

const USERS = 800;
const DAY = 24 * HOUR;

describe('maintenance notices under faults (real worker processes)', function () {
  this.timeout(240_000);
  const sink = new TestSmtp();
  let port = 0;
  let tag = '';
  let workers: ChildProcess[] = [];
  let ids: number[] = [];
  let day = 1;

  before(async () => {
    port = await sink.start();
    await s.redis.flushdb();
    tag = `notice${word(6)}`;
    ids = await insertOfficers(tag, USERS);
  });
  afterEach(async () => {
    for (const w of workers) await stopWorker(w, 'SIGKILL');
    workers = [];
  });
  after(async () => {
    await cancelAllWindows();
    await s.db('users').whereIn('id', ids).update({ status: 'deactivated' });
    ids = [];
    await sink.stop();
  });

  const spawnWorker = () => {
    const w = startWorker(port, { NOTICE_BATCH: '3' });
    workers.push(w);
    return w;
  };

  /** A window for officers whose 72 h reminder falls due in two seconds: that notice's id, and how many
   * messages the SMTP server had received before it. */
  async function reminderDueSoon(): Promise<{ id: number; mark: number }> {
    const mark = sink.messages.length;
    const starts = new Date(Date.now() + 72 * HOUR + 2000 + day++ * DAY);
    const w = await scheduleWindow(s, starts, 1, 'read_only', ['compliance'], '');
    // the reminder is due 72 h before the start: pull it to two seconds from now
    const notice = (await s.maintenance.get(w.id)).notices.find((n) => n.kind === 'reminder-72h')!;
    await s
      .db('status_notices')
      .where({ id: notice.id })
      .update({ due_at: new Date(Date.now() + 2000) });
    return { id: notice.id, mark };
  }

  /** The 72 h reminders received since `mark`. */
  const received = (mark: number) =>
    sink.messages
      .slice(mark)
      .filter((m) => m.to.startsWith(`${tag}.`) && m.subject.startsWith('Planned maintenance in 72h')).length;
  /** How far a fan-out is, of 2 × 800: deliveries written, plus e-mails received. */
  const progress = async (due: { id: number; mark: number }) => (await written(due.id)) + received(due.mark);
  const written = async (noticeId: number) =>
    Number((await s.db('status_deliveries').where({ notice_id: noticeId }).count<{ n: string }[]>('* as n'))[0].n);

  /** Waits for every officer's reminder, lets duplicates show up if any would, and checks each came once. */
  async function expectEachOnce({ id: noticeId, mark }: { id: number; mark: number }): Promise<void> {
    const subject = (m: { subject: string }) => m.subject.startsWith('Planned maintenance in 72h');
    const ours = () => sink.messages.slice(mark).filter((m) => m.to.startsWith(`${tag}.`) && subject(m));
    await waitFor(() => ours().length >= USERS || undefined, {
      what: 'every officer told',
      ms: 150_000,
      explain: async () => ({
        written: await written(noticeId),
        received: ours().length,
        unsent: (await s.db('outbox').whereNull('sent_at').count<{ n: string }[]>('* as n'))[0].n,
        mail: await s.jobs.mail.getJobCounts(),
        log: WORKER_LOG,
      }),
    });
    await new Promise((r) => setTimeout(r, 2000));
    const mine = ours();
    const perUser = new Map<string, number>();
    for (const m of mine) perUser.set(m.to, (perUser.get(m.to) ?? 0) + 1);
    const twice = new Set([...perUser].filter(([, n]) => n > 1).map(([to]) => to));
    expect(
      mine.filter((m) => twice.has(m.to)).map((m) => `${m.to} ${m.messageId} ${m.subject}`),
      'told twice',
    ).to.deep.equal([]);
    expect(perUser.size).to.equal(USERS);
    expect((await s.db('status_notices').where({ id: noticeId }).first()).state).to.equal('done');
  }

  it('tells each officer once with two worker processes fanning out the same notice', async () => {
    spawnWorker();
    spawnWorker();
    const due = await reminderDueSoon();
    // a duplicate enqueue (as by a sweep and a change at once): both processes work on the notice
    await s.jobs.add('notices', 'status-fanout', { noticeId: due.id }, { jobId: `extra-${due.id}`, delay: 2100 });
    await expectEachOnce(due);
  });

  /** A worker fanning out a reminder, once a tenth of it is done. */
  async function underWay(): Promise<{ w: ChildProcess; due: { id: number; mark: number } }> {
    const w = spawnWorker();
    const due = await reminderDueSoon();
    await waitFor(async () => (await progress(due)) >= USERS / 5 || undefined, {
      what: 'the fan-out under way',
      ms: 60_000,
      every: 5,
    });
    return { w, due };
  }

  it('tells each officer once with two workers when one is SIGKILLed five times in the fan-out', async () => {
    spawnWorker();
    spawnWorker();
    const due = await reminderDueSoon();
    const { at } = await killRepeatedly({
      pool: workers,
      spawn: () => startWorker(port, { NOTICE_BATCH: '3' }),
      sink,
      progress: () => progress(due),
      total: 2 * USERS,
      times: 5,
    });
    expect(
      at.filter((n) => n < 2 * USERS),
      'each kill in the middle of the fan-out',
    ).to.have.length(5);
    await expectEachOnce(due);
  });

  it('tells each officer once when Redis is flushed (FLUSHALL) mid-fan-out and the worker restarted', async () => {
    const { w, due } = await underWay();
    await s.redis.flushall();
    expect(await progress(due), 'flushed in the middle').to.be.below(2 * USERS);
    await new Promise((r) => setTimeout(r, 500));
    await stopWorker(w, 'SIGTERM');
    spawnWorker();
    await expectEachOnce(due);
  });
});
