// The real BullMQ workers (workers/index.ts) over the test Redis: mail delivered with nobody calling deliver.
import { expect } from 'chai';
import request from 'supertest';
import { startWorkers } from '../../workers/index';
import { randomToken } from '../../src/platform/crypto';
import { s, smtp } from '../support/setup';
import { app, linkIn, makeUser, submit, unique, waitFor } from '../support/helpers';

/** The repeating jobs, written out by hand: each feature's jobs.ts must register exactly these. */
const SCHEDULES: { name: string; every?: number; pattern?: string }[] = [
  { name: 'outbox-sweep', every: 60_000 },
  { name: 'campaigns-sweep', every: 15_000 },
  { name: 'lead-counts', every: 300_000 },
  { name: 'security-patterns', every: 300_000 },
  { name: 'status-sweep', every: 10_000 },
  { name: 'broadcast-sweep', every: 10_000 },
  { name: 'backup-sweep', every: 60_000 },
  { name: 'exports-sweep', every: 60_000 },
  { name: 'import-sweep', every: 60_000 },
  { name: 'keys-sweep', every: 60_000 },
  { name: 'retention-daily', every: 900_000 },
  { name: 'password-reminders', pattern: '0 8 * * *' },
  { name: 'session-cleanup', pattern: '30 3 * * *' },
  { name: 'stale-digest', pattern: '0 7 * * 1' },
];

type Running = Awaited<ReturnType<typeof startWorkers>>;

describe('background jobs (BullMQ workers)', function () {
  this.timeout(30_000);
  const running: Running[] = [];
  const start = async () => {
    const r = await startWorkers(s);
    running.push(r);
    return r;
  };
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.close()));
  });

  it('delivers a password-reset e-mail to the SMTP server without anyone calling deliver', async () => {
    await start();
    const u = await makeUser('staff');
    const res = await submit(request.agent(app()), '/password/forgot', '/password/forgot', { email: u.email });
    expect(res.status).to.equal(200);

    const [mail] = await waitFor(() => (smtp.to(u.email).length ? smtp.to(u.email) : undefined));
    expect(mail.subject).to.equal('Reset your Valley CRM password');
    // the row is marked sent when the delivery's transaction commits, just after the SMTP server took the message
    const row = await waitFor(() =>
      s.db('outbox').where({ to_address: u.email, kind: 'password-reset' }).whereNotNull('sent_at').first(),
    );
    expect(mail.messageId).to.equal(`<outbox-${row.id}@valley-crm>`);
    expect(row.transport).to.equal('smtp');

    // the link in the delivered message works
    const link = linkIn(mail.text);
    expect(link).to.match(/^\/password\/reset\/[A-Za-z0-9_-]{40,}$/);
    expect((await request(app()).get(link)).status).to.equal(200);

    // the completed job carried the outbox id only, and delivered it exactly once
    const job = await s.jobs.mail.getJob(`mail-${row.id}`);
    expect(job?.data).to.deep.equal({ outboxId: Number(row.id) });
    await waitFor(async () => (await job!.getState()) === 'completed');
    expect(smtp.to(u.email)).to.have.length(1);
  });

  it('delivers mail queued while no worker ran once a worker starts', async () => {
    const to = `${unique('backlog')}@example.test`;
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push(await s.mail.queue({ kind: 'test', to, subject: `Backlog ${i}`, text: `Message ${i}\n` }));
    expect(smtp.to(to)).to.have.length(0);
    await start();
    await waitFor(() => smtp.to(to).length === 3);
    expect(
      smtp
        .to(to)
        .map((m) => m.messageId)
        .sort(),
    ).to.deep.equal(ids.map((id) => `<outbox-${id}@valley-crm>`).sort());
  });

  it('runs a maintenance job through the maintenance worker', async () => {
    const u = await makeUser('staff');
    const old = new Date(Date.now() - 40 * 86400_000);
    const sid = `old-${randomToken(8)}`;
    await s.db('user_sessions').insert({
      sid,
      user_id: u.user.id,
      device: 'test',
      ip: '192.0.2.9',
      created_at: old,
      last_seen_at: old,
      ended_at: old,
    });
    await start();
    const before = Date.now();
    await s.jobs.runMaintenance('session-cleanup');
    const job = await waitFor(async () =>
      (await s.jobs.maintenance.getJobs(['completed'])).find(
        (j) => j.name === 'session-cleanup' && j.timestamp >= before,
      ),
    );
    expect(job.returnvalue.removed).to.be.at.least(1);
    expect(await s.db('user_sessions').where({ sid }).first()).to.equal(undefined);
  });

  it('puts the repeating schedules back after Redis lost everything, without a restart', async () => {
    const r = await startWorkers(s, 'valley', { rescheduleMs: 200 });
    running.push(r);
    await s.redis.flushdb();
    expect(await s.jobs.maintenance.getJobSchedulers(), 'gone with the flush').to.have.length(0);
    const back = await waitFor(async () => {
      const now = await s.jobs.maintenance.getJobSchedulers();
      return now.length === SCHEDULES.length ? now : undefined;
    });
    expect(back.map((j) => j.key).sort()).to.deep.equal(SCHEDULES.map((j) => j.name).sort());
  });

  it('registers the repeating schedules idempotently: starting twice leaves exactly one scheduler each', async () => {
    await start();
    await start();
    const schedulers = await s.jobs.maintenance.getJobSchedulers();
    expect(schedulers.map((j) => j.key).sort()).to.deep.equal(SCHEDULES.map((j) => j.name).sort());
    expect(schedulers).to.have.length(SCHEDULES.length);
    for (const sched of SCHEDULES) {
      const found = schedulers.find((j) => j.key === sched.name)!;
      expect(found.name).to.equal(sched.name);
      if (sched.every) expect(Number(found.every)).to.equal(sched.every);
      else expect(found.pattern).to.equal(sched.pattern);
    }
    // and the mail queue has none
    expect(await s.jobs.mail.getJobSchedulers()).to.have.length(0);
  });
});
