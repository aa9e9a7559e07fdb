// Publishing a terms version: every active user is told exactly once (in the portal and by e-mail), whatever
// runs twice; drafts are editable, published versions are not; scheduled ones can be withdrawn; bad input is
// refused beside its field.
import { expect } from 'chai';
import { s, smtp } from '../support/setup';
import { csrfOf, makeUser, mailsTo, type Agent, type TestUser } from '../support/helpers';
import { agentOn, clockedServices, HOUR } from '../support/status';
import { acceptAs, broadcastRound, publishVersion, resetPolicies, toldOf } from '../support/policies';
import { runJob } from '../../src/jobs';
import type { Services } from '../../src/services';

describe('terms versions: publishing', () => {
  let t: Services;
  let time: ReturnType<typeof clockedServices>['time'];
  let admin: TestUser;
  let adminAgent: Agent;
  before(async () => {
    ({ t, time } = clockedServices(Date.now()));
    admin = await makeUser('admin');
    adminAgent = await agentOn(t, admin);
  });
  afterEach(() => resetPolicies(t));
  after(() => t.close());

  it('tells every active user once, in the portal and by e-mail, and no deactivated one', async () => {
    const staff = await makeUser('staff');
    const officer = await makeUser('compliance');
    const gone = await makeUser('staff');
    await s.db('users').where({ id: gone.user.id }).update({ status: 'deactivated' });
    const v = await publishVersion(t, 'terms', { effectiveAt: new Date(time.clock().getTime() + 48 * HOUR) });
    const active = Number((await s.db('users').where({ status: 'active' }).count({ n: '*' }))[0].n);
    expect(await broadcastRound(t)).to.equal(active);
    expect(await broadcastRound(t), 'a second round tells nobody').to.equal(0);
    for (const u of [staff, officer, admin]) {
      const mails = (await mailsTo(u.email)).filter((m) => m.subject.includes(`(version ${v.version})`));
      expect(mails, u.email).to.have.length(1);
      expect(mails[0].text).to.include('Adds a section on pricing.');
      expect(mails[0].text).to.include(`http://portal.test/terms/versions/${v.version}`);
      expect(await toldOf(u.user.id, v.broadcastId!)).to.have.length(1);
    }
    expect(await toldOf(gone.user.id, v.broadcastId!)).to.have.length(0);
    expect(smtp.to(gone.email).filter((m) => m.subject.includes(`(version ${v.version})`))).to.have.length(0);
  });

  it('runs of the same fan-out side by side tell each user once', async () => {
    const v = await publishVersion(t, 'privacy');
    await Promise.all([1, 2, 3].map(() => runJob(t, 'broadcast-fanout', { broadcastId: v.broadcastId }, 'notices')));
    const keys = await s.db('outbox').where('dedupe_key', 'like', `broadcast-${v.broadcastId}-%`).pluck('to_address');
    expect(new Set(keys).size, 'one e-mail per address').to.equal(keys.length);
    const told = await s.db('notifications').where({ broadcast_id: v.broadcastId }).count({ n: '*' });
    const active = await s.db('users').where({ status: 'active' }).count({ n: '*' });
    expect(Number(told[0].n)).to.equal(Number(active[0].n));
  });

  it('keeps a published version as it was: the page refuses edits, and so does PostgreSQL', async () => {
    const v = await publishVersion(t, 'terms');
    await acceptAs(t, admin, v.id);
    const page = await adminAgent.get(`/admin/terms/${v.id}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.not.include('Save the draft');
    const res = await adminAgent
      .post(`/admin/terms/${v.id}`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), kind: 'terms', body: 'Anything goes.', summary: 'Rewritten.' });
    expect(res.status).to.equal(409);
    expect((await t.policyEditor.get(v.id))!.body).to.not.equal('Anything goes.');
    let refused = '';
    await s
      .db('policy_versions')
      .where({ id: v.id })
      .update({ body: 'x' })
      .catch((e: Error) => (refused = e.message));
    expect(refused).to.include('cannot be changed');
    let back = '';
    await s
      .db('policy_versions')
      .where({ id: v.id })
      .update({ state: 'draft' })
      .catch((e: Error) => (back = e.message));
    expect(back).to.include('cannot go back');
  });

  it('drafts, edits and publishes from the admin pages; a scheduled version can be withdrawn, one in force not', async () => {
    const list = await adminAgent.get('/admin/terms');
    expect(list.text).to.include('Draft a new version');
    const later = new Date(time.clock().getTime() + 72 * HOUR).toISOString().slice(0, 16);
    const current = (await t.policies.current('terms'))!;
    const created = await adminAgent
      .post('/admin/terms')
      .type('form')
      .send({
        _csrf: csrfOf(list.text),
        kind: 'terms',
        body: `${current.body}\n\nA new clause.`,
        summary: 'A new clause.',
        effectiveAt: later,
        material: 'on',
      });
    expect(created.status).to.equal(303);
    const id = Number(/\/admin\/terms\/(\d+)/.exec(created.headers.location)![1]);
    const draft = await adminAgent.get(`/admin/terms/${id}`);
    expect(draft.text).to.include('Save the draft');
    const published = await adminAgent
      .post(`/admin/terms/${id}/publish`)
      .type('form')
      .send({ _csrf: csrfOf(draft.text) });
    expect(published.status).to.equal(303);
    const v = (await t.policyEditor.get(id))!;
    expect(v.state).to.equal('published');
    expect(v.material).to.equal(true);
    expect((await t.policies.current('terms'))!.id, 'not in force before its date').to.equal(current.id);
    const shown = await adminAgent.get(`/admin/terms/${id}`);
    const withdrawn = await adminAgent
      .post(`/admin/terms/${id}/withdraw`)
      .type('form')
      .send({ _csrf: csrfOf(shown.text) });
    expect(withdrawn.status).to.equal(303);
    expect((await t.policyEditor.get(id))!.state).to.equal('withdrawn');
    const scheduled = await publishVersion(t, 'terms', { effectiveAt: new Date(time.clock().getTime() + 24 * HOUR) });
    let waiting = '';
    await publishVersion(t, 'terms', { body: 'Another text.' }).catch((e: Error) => (waiting = e.message));
    expect(waiting, 'one scheduled version at a time').to.include(`Version ${scheduled.version} is to take effect`);
    await t.policyEditor.withdraw(scheduled.id, { userId: null });
    expect(
      (await s.db('broadcasts').where({ id: scheduled.broadcastId }).first()).state,
      'its own notice stops',
    ).to.equal('done');
    const inForce = await publishVersion(t, 'terms');
    await acceptAs(t, admin, inForce.id);
    const again = await adminAgent.get(`/admin/terms/${inForce.id}`);
    const refused = await adminAgent
      .post(`/admin/terms/${inForce.id}/withdraw`)
      .type('form')
      .send({ _csrf: csrfOf(again.text) });
    expect(refused.status).to.equal(409);
    expect((await t.policyEditor.get(inForce.id))!.state).to.equal('published');
  });

  it('refuses, beside the field, a material change dated in the past, an empty summary, and a 1 MB text', async () => {
    const list = await adminAgent.get('/admin/terms');
    const past = new Date(time.clock().getTime() - 24 * HOUR).toISOString().slice(0, 16);
    const form = { _csrf: csrfOf(list.text), kind: 'terms', body: 'New text.', summary: 'Shorter.', material: 'on' };
    const dated = await adminAgent
      .post('/admin/terms')
      .type('form')
      .send({ ...form, effectiveAt: past });
    expect(dated.status).to.equal(400);
    expect(dated.text).to.match(/field-error[^>]*>A material change cannot take effect in the past/);
    expect(dated.text).to.include('value="' + past + '"');
    const empty = await adminAgent
      .post('/admin/terms')
      .type('form')
      .send({ ...form, summary: '' });
    expect(empty.status).to.equal(400);
    expect(empty.text).to.include('Write a plain summary of what changed');
    const huge = await adminAgent
      .post('/admin/terms')
      .type('form')
      .send({ ...form, body: 'x'.repeat(1_000_000) });
    expect(huge.status).to.equal(400);
    expect(huge.text).to.include('Keep the text under');
    const odd = await adminAgent
      .post('/admin/terms')
      .type('form')
      .send({ ...form, kind: ['terms', 'privacy'], effectiveAt: '2027-02-30T10:00' });
    expect(odd.status).to.equal(400);
    expect(odd.text).to.include('Choose the Terms of Use or the Privacy Policy');
    expect(await s.db('policy_versions').where({ body: 'New text.' })).to.have.length(0);
  });
});
