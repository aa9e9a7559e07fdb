import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import {
  app,
  linkIn,
  mailsTo,
  makeUser,
  signedInAgent,
  submit,
  unique,
  PASSWORD,
  type Agent,
  type TestUser,
} from '../support/helpers';
import { passwordProblem } from '../../src/features/accounts/passwords';
import { RESET_TTL_MS } from '../../src/features/accounts/accounts';

const NEW_PASSWORD = 'velvet otters juggle quietly';
const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&#34;');
/** The error shown beside a form field (partials/field.ejs), or undefined. */
const errorBeside = (html: string, field: string) =>
  new RegExp(`<p class="field-error" id="${field}-error">([^<]*)</p>`).exec(html)?.[1];
const BANNER = 'Your password is more than a few months old';

async function isSignedIn(agent: Agent): Promise<boolean> {
  const res = await agent.get('/');
  if (res.status === 302) {
    expect(res.headers.location).to.equal('/login');
    return false;
  }
  expect(res.status).to.equal(200);
  return true;
}
async function login(email: string, password: string) {
  return submit(request.agent(app()), '/login', '/login', { email, password });
}

describe('account: change password', () => {
  it('refuses a wrong current password with the message beside the field, changing nothing', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    const res = await submit(agent, '/account/password', '/account/password', {
      current: 'this is not my password',
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(res.status).to.equal(400);
    expect(errorBeside(res.text, 'current')).to.equal('Your current password is not right.');
    expect(errorBeside(res.text, 'password')).to.equal(undefined);
    expect((await login(u.email, PASSWORD)).headers.location, 'old password still works').to.equal('/');
    expect(await s.audit.find({ actorId: u.user.id, action: 'password.change' })).to.have.length(0);
  });

  it('shows why a weak new password is refused, beside the field', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    const cases = [
      {
        password: 'too short here',
        reason: passwordProblem('too short here', { email: u.email, name: u.user.name, twoFactor: false })!,
      },
      {
        password: 'qwerty123456789',
        reason: 'That password appears in lists of common or breached passwords. Choose another.',
      },
    ];
    for (const c of cases) {
      expect(c.reason).to.be.a('string');
      const res = await submit(agent, '/account/password', '/account/password', {
        current: PASSWORD,
        password: c.password,
        confirm: c.password,
      });
      expect(res.status, c.password).to.equal(400);
      expect(errorBeside(res.text, 'password'), c.password).to.equal(escapeHtml(c.reason));
    }
    const mismatch = await submit(agent, '/account/password', '/account/password', {
      current: PASSWORD,
      password: NEW_PASSWORD,
      confirm: `${NEW_PASSWORD}!`,
    });
    expect(mismatch.status).to.equal(400);
    expect(errorBeside(mismatch.text, 'confirm')).to.equal('The two passwords are not the same.');
    expect((await login(u.email, PASSWORD)).headers.location, 'old password still works').to.equal('/');
  });

  it('changes the password, signs out the other sessions but not this one, mails and audits', async () => {
    const u = await makeUser('staff');
    const here = await signedInAgent(u);
    const other = await signedInAgent(u);
    expect(await isSignedIn(other)).to.equal(true);

    const res = await submit(here, '/account/password', '/account/password', {
      current: PASSWORD,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/account/security');
    expect(await isSignedIn(here), 'this session stays in').to.equal(true);
    expect(await isSignedIn(other), 'the other session is signed out').to.equal(false);
    expect(await s.sessions.list(u.user.id), 'one tracked session left').to.have.length(1);

    expect((await login(u.email, PASSWORD)).status, 'old password').to.equal(401);
    expect((await login(u.email, NEW_PASSWORD)).headers.location, 'new password').to.equal('/');

    const mails = (await mailsTo(u.email)).filter((m) => m.subject === 'Your Valley CRM password was changed');
    expect(mails).to.have.length(1);
    expect(mails[0].text).to.contain('http://portal.test/password/forgot');

    const entries = await s.audit.find({ actorId: u.user.id, action: 'password.change' });
    expect(entries).to.have.length(1);
    expect(entries[0].targetType).to.equal('user');
    expect(entries[0].targetId).to.equal(String(u.user.id));
    const row = await s.db('users').where({ id: u.user.id }).first();
    expect(row.password_hash.startsWith('$argon2id$')).to.equal(true);
  });
});

describe('account: password reset', () => {
  /** The page without what differs on every response anyway: the CSRF token and the CSP nonce. */
  const normalise = (html: string) =>
    html.replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value=""').replace(/nonce="[^"]*"/g, 'nonce=""');

  async function requestReset(email: string) {
    return submit(request.agent(app()), '/password/forgot', '/password/forgot', { email });
  }
  async function resetLink(u: TestUser): Promise<string> {
    const before = (await mailsTo(u.email)).length;
    const res = await requestReset(u.email);
    expect(res.status).to.equal(200);
    const mails = (await mailsTo(u.email)).slice(before).filter((m) => m.subject === 'Reset your Valley CRM password');
    expect(mails).to.have.length(1);
    const link = linkIn(mails[0].text);
    expect(link).to.match(/^\/password\/reset\/[A-Za-z0-9_-]{20,}$/);
    return link;
  }
  /** POSTs a new password to the link (with a CSRF token from a page that has a form, since a dead link shows none). */
  const choose = (link: string, password: string, confirm = password) =>
    submit(request.agent(app()), '/password/forgot', link, { password, confirm });

  it('answers an unknown address exactly as a real one, and sends it nothing', async () => {
    const u = await makeUser('staff');
    const ghost = `${unique('ghost')}@example.test`;
    const real = await requestReset(u.email);
    const unknown = await requestReset(ghost);
    expect(unknown.status).to.equal(real.status).and.equal(200);
    expect(normalise(unknown.text)).to.equal(normalise(real.text));
    expect(real.text).to.contain('If an account uses that address');
    expect(await mailsTo(ghost)).to.have.length(0);
    expect(await s.db('outbox').where({ to_address: ghost })).to.have.length(0);
    expect((await mailsTo(u.email)).filter((m) => m.subject === 'Reset your Valley CRM password')).to.have.length(1);
  });

  it('refuses a malformed address beside the field, keeping it', async () => {
    const res = await requestReset('not-an-address');
    expect(res.status).to.equal(400);
    expect(errorBeside(res.text, 'email')).to.equal('Enter an e-mail address like name@example.com.');
    expect(res.text).to.contain('value="not-an-address"');
  });

  it('mails a link that sets a new password once, then answers 410; signs out existing sessions', async () => {
    const u = await makeUser('staff');
    const session = await signedInAgent(u);
    const link = await resetLink(u);

    const page = await request.agent(app()).get(link);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain(escapeHtml(u.user.name));

    const weak = await choose(link, 'too short here');
    expect(weak.status).to.equal(400);
    expect(errorBeside(weak.text, 'password')).to.contain('at least 15 characters');

    const done = await choose(link, NEW_PASSWORD);
    expect(done.status).to.equal(302);
    expect(done.headers.location).to.equal('/login');
    expect(await isSignedIn(session), 'the reset signs out existing sessions').to.equal(false);
    expect((await login(u.email, PASSWORD)).status, 'old password').to.equal(401);
    expect((await login(u.email, NEW_PASSWORD)).headers.location, 'new password').to.equal('/');

    const again = await request.agent(app()).get(link);
    expect(again.status).to.equal(410);
    expect(again.text).to.contain('This link no longer works');
    const reuse = await choose(link, 'another fine password here');
    expect(reuse.status).to.equal(410);
    expect((await login(u.email, 'another fine password here')).status, 'second use changed nothing').to.equal(401);

    const [entry] = await s.audit.find({ actorId: u.user.id, action: 'password.reset' });
    expect(entry?.targetId).to.equal(String(u.user.id));
    expect((await mailsTo(u.email)).some((m) => m.subject === 'Your Valley CRM password was changed')).to.equal(true);
  });

  it('expires the link after 30 minutes', async () => {
    const u = await makeUser('staff');
    const link = await resetLink(u);
    const token = await s.db('user_tokens').where({ user_id: u.user.id, kind: 'reset' }).whereNull('used_at').first();
    const ttl = new Date(token.expires_at).getTime() - new Date(token.created_at).getTime();
    expect(RESET_TTL_MS).to.equal(30 * 60_000);
    expect(ttl, 'expires_at − created_at (app and database clocks)').to.be.closeTo(RESET_TTL_MS, 5_000);

    await s
      .db('user_tokens')
      .where({ id: token.id })
      .update({ expires_at: new Date(Date.now() - 1000) });
    expect((await request.agent(app()).get(link)).status).to.equal(410);
    expect((await choose(link, NEW_PASSWORD)).status).to.equal(410);
    expect((await login(u.email, PASSWORD)).headers.location, 'password unchanged').to.equal('/');
  });

  it('keeps only the latest link working when several were asked for', async () => {
    const u = await makeUser('staff');
    const first = await resetLink(u);
    const second = await resetLink(u);
    expect(second).to.not.equal(first);
    expect((await request.agent(app()).get(first)).status).to.equal(410);
    expect((await choose(first, NEW_PASSWORD)).status).to.equal(410);
    expect((await choose(second, NEW_PASSWORD)).status).to.equal(302);
    expect((await login(u.email, NEW_PASSWORD)).headers.location).to.equal('/');
  });

  it('stops a reset link working once the account is deactivated', async () => {
    const u = await makeUser('staff');
    const link = await resetLink(u);
    await s.users.deactivate(u.user.id, { userId: null });
    expect((await request.agent(app()).get(link)).status).to.equal(410);
    expect((await choose(link, NEW_PASSWORD)).status).to.equal(410);
    expect(await s.audit.find({ actorId: u.user.id, action: 'password.reset' })).to.have.length(0);
  });

  it('answers 410 for a made-up token', async () => {
    expect((await request.agent(app()).get('/password/reset/madeUpTokenThatWasNeverIssued123')).status).to.equal(410);
  });
});

describe('account: password age', () => {
  const age = (u: TestUser, days: number) =>
    s
      .db('users')
      .where({ id: u.user.id })
      .update({ password_changed_at: new Date(Date.now() - days * 86400_000) });
  const reminders = async (u: TestUser) =>
    (await mailsTo(u.email)).filter((m) => m.subject === 'Time to consider a new Valley CRM password');

  it('shows a banner on the dashboard once the password is old', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    expect((await agent.get('/')).text).to.not.contain(BANNER);
    await age(u, 100);
    expect((await agent.get('/')).text, '100 days').to.not.contain(BANNER);
    await age(u, 200);
    const home = await agent.get('/');
    expect(home.status).to.equal(200);
    expect(home.text).to.contain(BANNER);
  });

  it('sends exactly one reminder per password, even when run twice', async () => {
    const u = await makeUser('staff');
    await age(u, 200);
    expect(await s.accounts.sendPasswordReminders()).to.be.at.least(1);
    await s.accounts.sendPasswordReminders();
    expect(await reminders(u)).to.have.length(1);
    // even if the marker were lost, the outbox de-duplicates per password
    await s.db('users').where({ id: u.user.id }).update({ password_reminder_sent_at: null });
    await s.accounts.sendPasswordReminders();
    expect(await reminders(u)).to.have.length(1);
    expect((await reminders(u))[0].text).to.contain('Nothing will be forced');
  });

  it('never forces a change: signing in with an old password still works', async () => {
    const u = await makeUser('staff');
    await age(u, 400);
    const agent = request.agent(app());
    const res = await submit(agent, '/login', '/login', { email: u.email, password: PASSWORD });
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/');
    const home = await agent.get('/');
    expect(home.status).to.equal(200);
    expect(home.text).to.contain(BANNER);
    expect((await agent.get('/account/security')).status).to.equal(200);
  });
});
