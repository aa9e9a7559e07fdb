// Exactly once under faults: two real worker processes send a 1,000-recipient campaign to an SMTP server on
// loopback; one is SIGKILLed five times mid-send and replaced (or Redis loses everything to FLUSHALL). Every recipient
// must be received exactly once: PostgreSQL holds who is owed a message, the sweep rebuilds what Redis lost.
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, waitFor, type TestUser } from '../support/helpers';
import { TestSmtp } from '../support/smtp';
import { configureSending, consentingLead, makeCampaign, recipientsOf, releaseWhenHeld } from '../support/campaigns';
import { loadStatuses, word } from '../support/leads';
import { killRepeatedly, startWorker, stopWorker as stop, WORKER_LOG } from '../support/worker';

const RECIPIENTS = 1000;

/** `n` leads that may receive marketing e-mail, tagged `tag`: one through the service, the rest cloned in SQL
 * with their own encrypted address and blind index (as the lead store writes them) and their consent record. */
async function consentingLeads(owner: TestUser, tag: string, n: number): Promise<void> {
  const first = await consentingLead(owner, tag);
  const template = await s.db('leads').where({ id: first.id }).first();
  const consent = await s.db('lead_consents').where({ lead_id: first.id, channel: 'email' }).first();
  const { id: _id, search: _search, name_key: _key, ...columns } = template; // less the generated columns
  for (let done = 1; done < n; done += 500) {
    const rows = Array.from({ length: Math.min(500, n - done) }, (_, i) => {
      const email = `fault.${tag}.${done + i}@example.test`;
      return {
        ...columns,
        last_name: `Fault ${done + i}`,
        email_enc: s.cipher.encrypt(email),
        email_bidx: s.cipher.blindIndex(email),
      };
    });
    const ids: { id: number }[] = await s.db('leads').insert(rows).returning('id');
    const { id: _cid, lead_id: _lid, ...consentColumns } = consent;
    await s.db('lead_consents').insert(ids.map(({ id }) => ({ ...consentColumns, lead_id: id })));
  }
}

describe('campaign sending under faults (a real worker process)', function () {
  this.timeout(240_000);
  const sink = new TestSmtp();
  let port = 0;
  let owner: TestUser;
  let tag = '';
  let pool: ChildProcess[] = [];

  before(async () => {
    await loadStatuses();
    port = await sink.start();
    await s.redis.flushdb();
    owner = await makeUser('staff');
    tag = `fault${word(6)}`;
    await consentingLeads(owner, tag, RECIPIENTS);
    await configureSending({ capMessages: 10 });
  });
  afterEach(async () => {
    for (const w of pool) await stop(w, 'SIGKILL');
    pool = [];
    sink.release();
  });
  after(() => sink.stop());

  /** Starts a campaign to the 1,000 with two workers up and runs `fault` on them (it returns how many in-flight
   * messages it dropped); then fresh workers take the place of any that stopped and finish. Returns the
   * recipients' rows and what the SMTP server accepted. */
  async function sendThrough(fault: (pool: ChildProcess[], received: () => number) => Promise<number>) {
    const user = await s.users.get(owner.user.id);
    const c = await makeCampaign(owner, { audience: { tag } });
    const before = sink.messages.length;
    const ours = () => sink.messages.slice(before);
    pool = [startWorker(port), startWorker(port)];
    expect(await s.campaignSender.schedule(user, c.id, null, { userId: user.id })).to.equal('scheduled');
    // a first campaign to leads created this week may be held by the pre-send check: an officer releases it
    await releaseWhenHeld(c.id);
    const dropped = await fault(pool, () => ours().length);
    pool = pool.map((w) => (w.exitCode === null && w.signalCode === null ? w : startWorker(port)));
    const done = await waitFor(
      async () => {
        const row = await s.db('campaigns').where({ id: c.id }).first();
        return row.state === 'sent' ? row : undefined;
      },
      {
        what: 'the campaign sent',
        ms: 180_000,
        explain: async () => ({
          recipients: await s
            .db('campaign_recipients')
            .where({ campaign_id: c.id })
            .groupBy('state')
            .select('state')
            .count(),
          jobs: await s.jobs.queue('campaigns').getJobCounts(),
          log: WORKER_LOG,
        }),
      },
    );
    for (const w of pool) await stop(w, 'SIGTERM');
    pool = [];
    const recipients = await recipientsOf(c.id);
    // this campaign's messages (the worker also sweeps what earlier suites left): Message-ID <r{recipient}.…>
    const mine = new Set(recipients.map((x) => String(x.id)));
    const received = ours().filter((m) => mine.has(/^<r(\d+)\./.exec(m.messageId)?.[1] ?? ''));
    return { campaign: done, recipients, received, dropped };
  }

  function expectExactlyOnce(r: Awaited<ReturnType<typeof sendThrough>>) {
    expect(r.recipients).to.have.length(RECIPIENTS);
    expect(r.recipients.filter((x) => x.state !== 'sent').map((x) => `${x.id}: ${x.state}`)).to.deep.equal([]);
    const byId = new Map<string, number>();
    for (const m of r.received) byId.set(m.messageId, (byId.get(m.messageId) ?? 0) + 1);
    const twice = [...byId].filter(([, n]) => n > 1);
    expect(twice, 'no message received twice').to.deep.equal([]);
    expect(byId.size, 'every recipient received one').to.equal(RECIPIENTS);
    expect(new Set(r.received.map((m) => m.to)).size, 'each at their own address').to.equal(RECIPIENTS);
  }

  it('delivers each recipient exactly once with two workers when one is SIGKILLed five times mid-send', async () => {
    const r = await sendThrough(async (workers, received) => {
      const { at, dropped } = await killRepeatedly({
        pool: workers,
        spawn: () => startWorker(port),
        sink,
        progress: received,
        total: RECIPIENTS,
        times: 5,
      });
      expect(
        at.filter((n) => n < RECIPIENTS),
        'each kill in the middle of the send',
      ).to.have.length(5);
      return dropped;
    });
    expect(r.dropped, 'messages were in flight when the workers died').to.be.above(0);
    expectExactlyOnce(r);
  });

  it('delivers each recipient exactly once when Redis is flushed (FLUSHALL) mid-send and the workers restarted', async () => {
    const r = await sendThrough(async (workers, received) => {
      await waitFor(() => received() >= RECIPIENTS / 4, { what: 'a quarter delivered', ms: 120_000 });
      // Stop answering: the sends in flight have their message read but no 250 yet.
      sink.holding = true;
      await new Promise((r) => setTimeout(r, 1000));
      await s.redis.flushall();
      // the sends in flight finish (their jobs are gone from Redis, their rows are not), then the workers are
      // stopped and started again, as after a Redis failover
      sink.release();
      await new Promise((r) => setTimeout(r, 2000));
      for (const w of workers) await stop(w, 'SIGTERM');
      return 0;
    });
    expectExactlyOnce(r);
  });
});
