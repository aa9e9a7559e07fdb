import { once } from 'node:events';
// Privacy requests (issue 14), the officers' side on a moved clock: the due date (30 days), overdue and due this
// week, extensions (at most two months past the original due date, with a reason, e-mailed), state changes (a
// refusal needs its reason) with events and audit entries, the pages, the outcome and the retention rule.
import { expect } from 'chai';
import { s } from '../support/setup';
import { csrfOf, linkIn, mailsTo, makeUser, signedInAgent } from '../support/helpers';
import { clockedServices } from '../support/status';
import { normalizeEmail } from '../../src/features/leads';
import type { Submission } from '../../src/features/privacy/intake';
import { DAY, clearThrottle, requestOf, submission } from '../support/privacy';

describe('privacy requests: the officers’ queue (moved clock)', () => {
  let t: ReturnType<typeof clockedServices>['t'];
  let time: ReturnType<typeof clockedServices>['time'];
  const start = Date.UTC(2031, 4, 1, 9, 0);
  before(async () => {
    ({ t, time } = clockedServices(start));
    // the form's rate limits are on Redis, whose commands are refused until this new connection is ready
    if (t.platform.redis.status !== 'ready') await once(t.platform.redis, 'ready');
  });
  after(() => t.close());
  beforeEach(clearThrottle);

  async function received(over: Partial<Submission> = {}) {
    const sub = submission(over);
    await t.privacyIntake.submit(sub, '203.0.113.9');
    const row = await requestOf(sub.email);
    return { id: Number(row.id), email: normalizeEmail(sub.email), row };
  }
  const officer = { userId: null };
  const urgency = async (id: number) => (await t.privacyDesk.queue([])).find((r) => r.id === id)?.urgency;

  it('is due 30 days after receipt, due this week from 7 days before, overdue after', async () => {
    time.set(start);
    const { id, row } = await received();
    expect(new Date(row.due_at).getTime()).to.equal(start + 30 * DAY);
    expect(await urgency(id)).to.equal(null);
    time.set(start + 23 * DAY + 60_000);
    expect(await urgency(id)).to.equal('due_soon');
    time.set(start + 31 * DAY);
    expect(await urgency(id)).to.equal('overdue');
    await t.privacyDesk.changeState(id, 'refused', 'Not a request about personal data.', officer);
    expect(await urgency(id), 'closed').to.equal(null);
  });

  it('extends by at most two months past the original due date, with a reason, and tells the requester', async () => {
    time.set(start);
    const { id, email } = await received();
    await t.privacyIntake.confirm(
      linkIn((await mailsTo(email))[0].text)
        .split('/')
        .pop()!,
      null,
    );
    const fail = (p: Promise<unknown>) =>
      p.then(
        () => expect.fail('accepted'),
        (e: { errors?: object }) => e.errors,
      );
    expect(await fail(t.privacyDesk.extend(id, '1', '', officer))).to.have.property('extensionReason');
    expect(await fail(t.privacyDesk.extend(id, '3', 'complex', officer))).to.have.property('months');
    await t.privacyDesk.extend(id, '1', 'Many records across several systems.', officer);
    const mail = (await mailsTo(email)).find((m) => /more time/.test(m.subject));
    expect(mail?.text).to.include('Many records across several systems.');
    expect(await fail(t.privacyDesk.extend(id, '2', 'still complex', officer))).to.have.property('months');
    await t.privacyDesk.extend(id, '1', 'Still gathering.', officer);
    const r = await s.db('privacy_requests').where({ id }).first();
    const original = new Date(start + 30 * DAY);
    expect(new Date(r.due_at).toISOString()).to.equal(new Date(Date.UTC(2031, 6, 31, 9, 0)).toISOString());
    expect(new Date(r.original_due_at).getTime()).to.equal(original.getTime());
    expect(await fail(t.privacyDesk.extend(id, '1', 'again', officer))).to.have.property('months');
    const events = await s.db('privacy_request_events').where({ request_id: id, kind: 'extension' });
    expect(events).to.have.length(2);
  });

  it('changes state along the allowed ways, a refusal only with its reason, each in events and audit', async () => {
    time.set(start);
    const { id, email } = await received();
    const fail = (p: Promise<unknown>) =>
      p.then(
        () => expect.fail('accepted'),
        (e: { errors?: object }) => e.errors,
      );
    expect(await fail(t.privacyDesk.changeState(id, 'done', '', officer)), 'not confirmed').to.have.property('state');
    await t.privacyIntake.confirm(
      linkIn((await mailsTo(email))[0].text)
        .split('/')
        .pop()!,
      null,
    );
    expect(await fail(t.privacyDesk.changeState(id, 'refused', '', officer))).to.have.property('reason');
    expect(await fail(t.privacyDesk.changeState(id, 'sideways', '', officer))).to.have.property('state');
    await t.privacyDesk.changeState(id, 'in_progress', '', officer);
    await t.privacyDesk.addNote(id, 'Called the requester.', officer);
    await t.privacyDesk.reply(id, 'Here is what we hold.', officer);
    time.advance(5 * DAY);
    await t.privacyDesk.changeState(id, 'done', '', officer);
    const r = await s.db('privacy_requests').where({ id }).first();
    expect(r.state).to.equal('done');
    expect(new Date(r.closed_at).getTime()).to.equal(start + 5 * DAY);
    expect((await mailsTo(email)).some((m) => m.text.includes('Here is what we hold.'))).to.equal(true);
    const kinds = (await s.db('privacy_request_events').where({ request_id: id }).orderBy('id')).map((e) => e.kind);
    expect(kinds).to.deep.equal(['received', 'confirmed', 'state', 'note', 'reply', 'state']);
    const audit = await s.db('audit_log').where({ target_type: 'privacy_request', target_id: String(id) });
    expect(audit.map((a) => a.action)).to.include.members([
      'privacy_request.state',
      'privacy_request.note',
      'privacy_request.reply',
    ]);
    expect(JSON.stringify(audit)).to.not.include('Called the requester');
    await t.privacyDesk.changeState(id, 'in_progress', '', officer);
    await t.recordOutcome(id, 'erased 2 leads', null);
    expect((await s.db('privacy_requests').where({ id }).first()).outcome).to.include('erased 2 leads');
    const mine = await t.requestsForSubject(s.cipher.blindIndex(email));
    expect(mine.map((m) => m.id)).to.deep.equal([id]);
    const figures = await t.privacyDesk.chart();
    expect(figures).to.have.length(12);
    expect(figures[11].byKind.access).to.be.at.least(1);
  });

  it('shows the queue and a request page to officers, with the subject links and a working note form', async () => {
    time.set(start);
    const { id, email } = await received({ kind: 'erasure' });
    await t.privacyIntake.confirm(
      linkIn((await mailsTo(email))[0].text)
        .split('/')
        .pop()!,
      null,
    );
    const agent = await signedInAgent(await makeUser('compliance'));
    const list = await agent.get('/compliance/requests?state=new');
    expect(list.status).to.equal(200);
    expect(list.text).to.include(`data-request="${id}"`);
    expect(list.text).to.include('data-chart=');
    const page = await agent.get(`/compliance/requests/${id}`);
    expect(page.status).to.equal(200);
    const bidx = s.cipher.blindIndex(email);
    expect(page.text).to.include(`/compliance/subjects/e/${encodeURIComponent(bidx)}`);
    expect(page.text).to.include(`/compliance/subjects/e/${encodeURIComponent(bidx)}/erase`);
    const empty = await agent
      .post(`/compliance/requests/${id}/notes`)
      .type('form')
      .send({ note: '', _csrf: csrfOf(page.text) });
    expect(empty.status).to.equal(400);
    const ok = await agent
      .post(`/compliance/requests/${id}/notes`)
      .type('form')
      .send({ note: 'Checked the ID.', _csrf: csrfOf(page.text) });
    expect(ok.status).to.equal(302);
    expect((await agent.get(`/compliance/requests/${id}`)).text).to.include('Checked the ID.');
    expect((await agent.get('/compliance/requests/chart.json')).body).to.have.length(12);
    expect((await agent.get('/compliance/requests/99999999')).status).to.equal(404);
  });

  it('the retention rule deletes attachments of requests closed before the cut-off', async () => {
    time.set(start);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const { id } = await received({ attachment: { name: 'a.pdf', content: pdf } });
    const target = t.requestAttachmentsRetention;
    const cutoff = new Date(start + 10 * DAY);
    expect(await target.candidates(cutoff)).to.not.include(String(id));
    await t.privacyDesk.changeState(id, 'refused', 'Never confirmed.', officer);
    expect(await target.candidates(cutoff)).to.include(String(id));
    expect(await target.apply([String(id)], cutoff)).to.deep.equal([String(id)]);
    expect(await target.candidates(cutoff)).to.not.include(String(id));
    expect((await s.db('privacy_requests').where({ id }).first()).attachment_removed_at).to.not.equal(null);
  });
});
