// The interstitial and the acceptance records: from the effective date (not before) a user's first request
// shows the change; continuing records acceptance of a non-material change by continued use, a material one
// needs the tick, declining signs the user out and tells the admins; acceptances for a version not in force or
// for someone else change nothing; the compliance page and its CSV list exactly who accepted and who has not.
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { s, smtp } from '../support/setup';
import { csrfOf, makeUser, mailsTo, type Agent, type TestUser } from '../support/helpers';
import { agentOn, clockedServices, HOUR } from '../support/status';
import { acceptAs, broadcastRound, publishVersion, resetPolicies } from '../support/policies';
import { sha256 } from '../../src/platform/crypto';
import type { Services } from '../../src/services';

const INTERSTITIAL = 'id="interstitial"';

describe('terms versions: the interstitial and acceptance', () => {
  let t: Services;
  let time: ReturnType<typeof clockedServices>['time'];
  let staff: TestUser;
  let agent: Agent;
  before(() => {
    ({ t, time } = clockedServices(Date.now()));
  });
  beforeEach(async () => {
    staff = await makeUser('staff', { name: '=HYPERLINK("http://evil.test")' });
    agent = await agentOn(t, staff);
  });
  afterEach(() => resetPolicies(t));
  after(() => t.close());

  it('appears from the effective date and not before; continuing records continued use with the text hash', async () => {
    const at = new Date(time.clock().getTime() + 24 * HOUR);
    const v = await publishVersion(t, 'terms', { effectiveAt: at, summary: 'Clarifies who owns lead data.' });
    expect((await agent.get('/leads')).text, 'a day early').to.not.include(INTERSTITIAL);
    time.set(at.getTime() - 60_000);
    t.policies.invalidate();
    expect((await agent.get('/leads')).text, 'a minute early').to.not.include(INTERSTITIAL);
    time.set(at.getTime() + 1000);
    const page = await agent.get('/leads?q=x');
    expect(page.status).to.equal(200);
    expect(page.text).to.include(INTERSTITIAL);
    expect(page.text).to.include('Clarifies who owns lead data.');
    expect(page.text).to.include('continuing to use Valley CRM after a change means you accept it');
    expect(page.text).to.match(new RegExp(`href="/terms/compare/\\d+/${v.version}"`));
    expect(page.text).to.not.include('name="accept"');
    const write = await agent
      .post('/leads/new')
      .type('form')
      .send({ _csrf: csrfOf(page.text), firstName: 'Ann' });
    expect(write.status, 'a write waits behind it').to.equal(303);
    const done = await agent
      .post('/policies/accept')
      .set('User-Agent', 'Browser/1.0 (test)')
      .type('form')
      .send({ _csrf: csrfOf(page.text), versionId: String(v.id), next: '/leads?q=x' });
    expect(done.status).to.equal(303);
    expect(done.headers.location).to.equal('/leads?q=x');
    const [rec] = await s.db('policy_acceptances').where({ user_id: staff.user.id, version_id: v.id });
    expect(rec.method).to.equal('continued_use');
    expect(rec.text_sha256).to.equal(sha256(v.body));
    expect(rec.user_agent).to.equal('Browser/1.0 (test)');
    expect(rec.ip).to.be.a('string').with.length.above(0);
    expect((await agent.get('/leads')).text).to.not.include(INTERSTITIAL);
    const fresh = await agentOn(t, staff);
    expect((await fresh.get('/')).text, 'a new session remembers it').to.not.include(INTERSTITIAL);
    let refused = '';
    await s
      .db('policy_acceptances')
      .where({ id: rec.id })
      .del()
      .catch((e: Error) => (refused = e.message));
    expect(refused, 'append-only').to.include('append-only');
  });

  it('a material change needs the tick; declining signs out, tells the admins, and the next sign-in asks again', async () => {
    const admin = await makeUser('admin');
    const v = await publishVersion(t, 'terms', { material: true });
    await acceptAs(t, admin, v.id);
    const page = await agent.get('/');
    expect(page.text).to.include('name="accept"');
    const unticked = await agent
      .post('/policies/accept')
      .type('form')
      .send({ _csrf: csrfOf(page.text), versionId: String(v.id) });
    expect(unticked.status).to.equal(400);
    expect(unticked.text).to.match(/field-error[^>]*>Tick &#34;I accept&#34; to continue, or decline/);
    expect(await s.db('policy_acceptances').where({ user_id: staff.user.id, version_id: v.id })).to.have.length(0);
    const elsewhere = await agentOn(t, staff);
    const declined = await agent
      .post('/policies/decline')
      .type('form')
      .send({ _csrf: csrfOf(page.text), versionId: String(v.id) });
    expect(declined.status).to.equal(303);
    expect(declined.headers.location).to.equal('/login?declined=1');
    const after = await agent.get('/leads');
    expect(after.status, 'signed out').to.equal(302);
    expect(after.headers.location).to.equal('/login');
    expect((await elsewhere.get('/leads')).headers.location, 'every session ends').to.equal('/login');
    expect(await s.db('policy_declines').where({ user_id: staff.user.id, version_id: v.id })).to.have.length(1);
    await broadcastRound(t);
    const told = (await mailsTo(admin.email)).filter(
      (m) => m.subject === `Declined: Terms of Use version ${v.version}`,
    );
    expect(told).to.have.length(1);
    expect(told[0].text).to.include(staff.email);
    expect(smtp.to(staff.email).filter((m) => m.subject.startsWith('Declined'))).to.have.length(0);
    const back = await agentOn(t, staff);
    const asked = await back.get('/leads');
    expect(asked.text, 'still asked').to.include('name="accept"');
    const ticked = await back
      .post('/policies/accept')
      .type('form')
      .send({ _csrf: csrfOf(asked.text), versionId: String(v.id), accept: 'yes', next: '//evil.test/' });
    expect(ticked.headers.location, 'only own paths').to.equal('/');
    const [rec] = await s.db('policy_acceptances').where({ user_id: staff.user.id, version_id: v.id });
    expect(rec.method).to.equal('explicit');
    expect(rec.text_sha256).to.equal(v.textSha256);
  });

  it('refuses an acceptance for a version not in force, or for another user, and records nothing', async () => {
    const other = await makeUser('staff');
    const scheduled = await publishVersion(t, 'privacy', { effectiveAt: new Date(time.clock().getTime() + 72 * HOUR) });
    const page = await agent.get('/account/security');
    const early = await agent
      .post('/policies/accept')
      .type('form')
      .send({ _csrf: csrfOf(page.text), versionId: String(scheduled.id) });
    expect(early.status).to.equal(400);
    expect(early.text).to.include('not the one in force');
    const v = await publishVersion(t, 'terms');
    const shown = await agent.get('/');
    const forOther = await agent
      .post('/policies/accept')
      .type('form')
      .send({ _csrf: csrfOf(shown.text), versionId: String(v.id), userId: String(other.user.id) });
    expect(forOther.status).to.equal(400);
    const junk = await agent
      .post('/policies/accept')
      .type('form')
      .send({ _csrf: csrfOf(shown.text), versionId: ['1', '2'] });
    expect(junk.status).to.equal(400);
    const rows = await s.db('policy_acceptances').whereIn('user_id', [staff.user.id, other.user.id]);
    expect(rows).to.have.length(0);
  });

  it('answers hostile ids without a server error; an admin without two-factor can still accept; no decline after accepting', async () => {
    const v = await publishVersion(t, 'terms', { material: true });
    for (const path of ['/terms/versions/99999999999', '/terms/compare/1/99999999999', '/privacy/versions/1.5'])
      expect((await agent.get(path)).status, path).to.equal(404);
    const page = await agent.get('/');
    const csrf = csrfOf(page.text);
    expect((await agent.post('/notifications/abc/read').type('form').send({ _csrf: csrf })).status).to.equal(404);
    expect((await agent.post('/notifications/99999999999/read').type('form').send({ _csrf: csrf })).status).to.equal(
      404,
    );
    const big = await agent.post('/policies/accept').type('form').send({ _csrf: csrf, versionId: '99999999999' });
    expect(big.status).to.equal(400);
    await agent
      .post('/policies/accept')
      .type('form')
      .send({ _csrf: csrf, versionId: String(v.id), accept: 'yes' });
    const late = await agent
      .post('/policies/decline')
      .type('form')
      .send({ _csrf: csrf, versionId: String(v.id) });
    expect(late.status).to.equal(400);
    expect(await s.db('policy_declines').where({ user_id: staff.user.id })).to.have.length(0);
    const newcomer = await makeUser('admin', { twoFactor: false });
    const adminAgent = await agentOn(t, newcomer);
    const setup = await adminAgent.get('/account/2fa/setup');
    expect(setup.status).to.equal(200);
    expect(setup.text, 'set-up is not hidden behind the interstitial').to.not.include(INTERSTITIAL);
    const asked = await adminAgent.get('/');
    const accepted = await adminAgent
      .post('/policies/accept')
      .type('form')
      .send({ _csrf: csrfOf(asked.text), versionId: String(v.id), accept: 'yes' });
    expect(accepted.status).to.equal(303);
    expect(await s.db('policy_acceptances').where({ user_id: newcomer.user.id })).to.have.length(1);
  });

  it('the compliance page and CSV list exactly who accepted, how, and who has not (with when they were told)', async () => {
    const officer = await makeUser('compliance');
    const late = await makeUser('staff');
    const v = await publishVersion(t, 'terms', { material: true });
    await broadcastRound(t);
    await acceptAs(t, officer, v.id);
    await acceptAs(t, staff, v.id);
    const officerAgent = await agentOn(t, officer);
    const page = await officerAgent.get(`/compliance/acceptance?version=${v.id}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.include(v.textSha256!);
    expect(page.text).to.include('data-chart=');
    const csv = await officerAgent.get(`/compliance/acceptance/${v.id}/acceptance.csv`);
    expect(csv.headers['content-type']).to.include('text/csv');
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    const accepted = rows.filter((r) => r.state === 'accepted').map((r) => r.email);
    const notYet = rows.filter((r) => r.state !== 'accepted').map((r) => r.email);
    const expectedAccepted = await s
      .db('policy_acceptances as a')
      .join('users as u', 'u.id', 'a.user_id')
      .where('a.version_id', v.id)
      .pluck('u.email');
    expect(accepted.sort()).to.deep.equal(expectedAccepted.sort());
    expect(accepted).to.include.members([officer.email, staff.email]);
    const active = await s.db('users').where({ status: 'active' }).pluck('email');
    expect(notYet.sort()).to.deep.equal(active.filter((e) => !accepted.includes(e)).sort());
    expect(notYet).to.include(late.email);
    const lateRow = rows.find((r) => r.email === late.email)!;
    expect(new Date(lateRow.told_at).getTime(), 'told at').to.be.above(0);
    const staffRow = rows.find((r) => r.email === staff.email)!;
    expect(staffRow.method).to.equal('explicit');
    expect(staffRow.text_sha256).to.equal(v.textSha256);
    expect(staffRow.name, 'formula neutralized').to.match(/^'=HYPERLINK/);
    // a deactivated user's acceptance stays on record; they leave the "not yet" list (active users only)
    await s.db('users').where({ id: staff.user.id }).update({ status: 'deactivated' });
    const again: Record<string, string>[] = parse(
      (await officerAgent.get(`/compliance/acceptance/${v.id}/acceptance.csv`)).text,
      { columns: true },
    );
    expect(again.find((r) => r.email === staff.email)?.state).to.equal('accepted');
    await s.db('users').where({ id: staff.user.id }).update({ status: 'active' });
    const staffPage = await agent.get(`/compliance/acceptance?version=${v.id}`);
    expect(staffPage.status).to.equal(403);
  });

  it('compares two versions word by word, marked with words and not colour alone', async () => {
    const current = (await t.policies.current('terms'))!;
    const body = current.body.replace('strong passwords', 'long passphrases') + '\n\nA brand new closing sentence.';
    const v = await publishVersion(t, 'terms', { body });
    const res = await agent.get(`/terms/compare/${current.version}/${v.version}`);
    expect(res.status).to.equal(200);
    expect(res.text).to.match(
      /<del><span class="diff-mark">\[removed: <\/span>strong<\/span>|<del><span class="diff-mark">\[removed: <\/span>strong/,
    );
    expect(res.text).to.match(/<ins><span class="diff-mark">\[added: <\/span>long/);
    expect(res.text).to.include('brand new closing sentence');
    expect(res.text).to.match(/\d+ words added, \d+ words removed/);
    expect((await agent.get(`/terms/compare/${current.version}/999999`)).status).to.equal(404);
    const old = await agent.get(`/terms/versions/${current.version}`);
    expect(old.status, 'older versions stay readable').to.equal(200);
    expect(old.text).to.include('was in force');
  });

  it('renders Markdown inert: no script, iframe, javascript: link or image', async () => {
    const body = [
      '# Terms',
      '<script>alert(1)</script>',
      '<iframe src="https://evil.test"></iframe>',
      '[click](javascript:alert(1)) and [fine](https://example.test/ok)',
      '![huge](https://evil.test/huge.png)',
    ].join('\n\n');
    const v = await publishVersion(t, 'privacy', { body });
    const res = await agent.get(`/privacy/versions/${v.version}`);
    const article = /<article class="policy">([\s\S]*?)<\/article>/.exec(res.text)![1];
    expect(article).to.not.match(/<script|<iframe|<img|href="javascript:/i);
    expect(article).to.include('&lt;script&gt;');
    expect(article).to.include('href="https://example.test/ok" rel="nofollow noopener noreferrer"');
  });
});
