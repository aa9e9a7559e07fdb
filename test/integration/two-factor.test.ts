import { expect } from 'chai';
import request from 'supertest';
import { generateSync } from 'otplib';
import { s } from '../support/setup';
import {
  app,
  csrfOf,
  mailsTo,
  makeUser,
  signIn,
  signedInAgent,
  submit,
  unique,
  PASSWORD,
  type Agent,
  type TestUser,
} from '../support/helpers';
import { SESSION_COOKIE } from '../../src/http/middleware/session';
import type { Role } from '../../src/features/accounts';

const errorBeside = (html: string, field: string) =>
  new RegExp(`<p class="field-error" id="${field}-error">([^<]*)</p>`).exec(html)?.[1];
const sidCookie = (res: request.Response) =>
  (res.headers['set-cookie'] as unknown as string[] | undefined)
    ?.find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
const secretOn = (html: string) => {
  const m = /<code id="totp-secret">([A-Z2-7]+)<\/code>/.exec(html);
  if (!m) throw new Error('no TOTP secret on the page');
  return m[1];
};
/** A 6-digit code that is not valid now (nor one step either side). */
const wrongCode = (secret: string) => {
  const valid = [-30, 0, 30].map((d) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + d }));
  let code = 123456;
  while (valid.includes(String(code).padStart(6, '0'))) code++;
  return String(code).padStart(6, '0');
};

/** Enrols through the pages; returns the secret, the recovery codes shown and the enrolment response. */
async function enrol(agent: Agent) {
  const page = await agent.get('/account/2fa/setup');
  expect(page.status).to.equal(200);
  const secret = secretOn(page.text);
  const res = await agent
    .post('/account/2fa/setup')
    .type('form')
    .send({ code: generateSync({ secret }), _csrf: csrfOf(page.text) });
  expect(res.status).to.equal(302);
  expect(res.headers.location).to.equal('/account/2fa/codes');
  const codesPage = await agent.get('/account/2fa/codes');
  expect(codesPage.status).to.equal(200);
  const codes = [...codesPage.text.matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map((m) => m[1]);
  return { secret, codes, res };
}

/** An active user made the way operations make one (CLI): no two-factor sign-in yet. */
async function userWithout2fa(role: Role): Promise<TestUser> {
  const email = `${unique(role)}@example.test`;
  const user = await s.users.create({ email, name: `Fresh ${role}`, role }, PASSWORD, { userId: null });
  return { user, email, password: PASSWORD };
}

describe('two-factor sign-in: enrolment', () => {
  it('shows an error beside the field for a wrong code, keeping the same secret', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    const page = await agent.get('/account/2fa/setup');
    const secret = secretOn(page.text);
    expect(page.text).to.contain('data:image/png;base64,');
    const res = await agent
      .post('/account/2fa/setup')
      .type('form')
      .send({ code: wrongCode(secret), _csrf: csrfOf(page.text) });
    expect(res.status).to.equal(400);
    expect(errorBeside(res.text, 'code')).to.equal(
      'That code is not right. Enter the 6-digit code your app shows now.',
    );
    expect(secretOn(res.text), 'same secret after the error').to.equal(secret);
    expect((await s.users.get(u.user.id)).totpEnabledAt).to.equal(null);
    expect(await s.audit.find({ actorId: u.user.id, action: '2fa.enrol' })).to.have.length(0);
  });

  it('enrols with the right code: new session id, 10 recovery codes shown once, audited, code needed at next sign-in', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    const before = await agent.get('/account/security');
    const oldSid = sidCookie(before);
    expect(oldSid).to.be.a('string');

    const { secret, codes, res } = await enrol(agent);
    const newSid = sidCookie(res);
    expect(newSid, 'privilege change gives a new session id').to.be.a('string').and.not.equal(oldSid);
    const stale = await request(app()).get('/').set('Cookie', oldSid!);
    expect(stale.status, 'the old session id no longer works').to.equal(302);
    expect(stale.headers.location).to.equal('/login');
    expect((await agent.get('/')).status, 'this agent stays signed in').to.equal(200);

    expect(codes).to.have.length(10);
    expect(new Set(codes).size).to.equal(10);
    for (const c of codes) expect(c).to.match(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const second = await agent.get('/account/2fa/codes');
    expect(second.status, 'codes are shown once').to.equal(302);
    expect(second.headers.location).to.equal('/account/2fa/setup');
    const manage = await agent.get('/account/2fa/setup');
    expect(manage.text).to.contain('You have 10 unused recovery codes');
    expect(manage.text).to.not.contain('totp-secret');

    const stored = await s.db('users').where({ id: u.user.id }).first();
    expect(stored.totp_enabled_at).to.not.equal(null);
    expect(stored.totp_secret_enc).to.be.a('string').and.not.contain(secret);
    const [entry] = await s.audit.find({ actorId: u.user.id, action: '2fa.enrol' });
    expect(entry?.targetId).to.equal(String(u.user.id));
    expect(
      (await mailsTo(u.email)).some((m) => m.subject === 'Your Valley CRM two-factor sign-in was changed'),
    ).to.equal(true);

    // next sign-in asks for the code
    const next = request.agent(app());
    const first = await submit(next, '/login', '/login', { email: u.email, password: PASSWORD });
    expect(first.headers.location).to.equal('/login/2fa');
    expect((await next.get('/')).headers.location, 'password alone is not enough').to.equal('/login');
    const ok = await submit(next, '/login/2fa', '/login/2fa', {
      code: generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }),
    }); // the enrolment code cannot be replayed: the next one
    expect(ok.status).to.equal(302);
    expect((await next.get('/')).status).to.equal(200);

    // the codes that were shown are the real ones
    const viaCode = request.agent(app());
    await submit(viaCode, '/login', '/login', { email: u.email, password: PASSWORD });
    expect((await submit(viaCode, '/login/2fa', '/login/2fa', { code: codes[3] })).status).to.equal(302);
    expect((await viaCode.get('/')).status).to.equal(200);
  });
});

describe('two-factor sign-in: required for admins and compliance officers', () => {
  for (const role of ['admin', 'compliance'] as const) {
    it(`sends ${role === 'admin' ? 'an' : 'a'} ${role} without it to the setup page from every page until enrolled, but lets them sign out`, async () => {
      const u = await userWithout2fa(role);
      expect(u.user.totpEnabledAt).to.equal(null);
      const agent = request.agent(app());
      await signIn(agent, u);

      for (const page of ['/', '/admin/audit', '/admin/users', '/admin/queues', '/account/security']) {
        const res = await agent.get(page);
        expect(res.status, page).to.equal(302);
        expect(res.headers.location, page).to.equal('/account/2fa/setup');
      }
      const setup = await agent.get('/account/2fa/setup');
      expect(setup.status).to.equal(200);
      expect(setup.text).to.contain('Your role requires two-factor sign-in');
      expect((await agent.get('/account/password')).status, 'can still change the password').to.equal(200);

      const out = await agent
        .post('/logout')
        .type('form')
        .send({ _csrf: csrfOf(setup.text) });
      expect(out.status).to.equal(302);
      expect(out.headers.location).to.equal('/login?signedOut=1');
      expect((await agent.get('/account/2fa/setup')).headers.location, 'signed out').to.equal('/login');

      await signIn(agent, u);
      await enrol(agent);
      expect((await agent.get('/')).status).to.equal(200);
      expect((await agent.get('/admin/audit')).status).to.equal(200);
      expect((await s.audit.find({ actorId: u.user.id, action: '2fa.enrol' })).length).to.equal(1);
    });
  }

  it('does not let an admin turn it off, even with the right password', async () => {
    const u = await makeUser('admin');
    const agent = await signedInAgent(u);
    const manage = await agent.get('/account/2fa/setup');
    expect(manage.text).to.contain('must keep it on');
    expect(manage.text).to.not.contain('action="/account/2fa/disable"');
    const res = await agent
      .post('/account/2fa/disable')
      .type('form')
      .send({ password: PASSWORD, _csrf: csrfOf(manage.text) });
    expect(res.status).to.equal(400);
    // the page has no password field for them, so the reason is in the error summary
    expect(res.text).to.contain(
      '<li><a href="#password">Administrators and compliance officers must keep two-factor sign-in on.</a></li>',
    );
    expect((await s.users.get(u.user.id)).totpEnabledAt).to.not.equal(null);
    expect(await s.audit.find({ actorId: u.user.id, action: '2fa.disable' })).to.have.length(0);
  });
});

describe('two-factor sign-in: turning it off (staff)', () => {
  it('needs the right password, then turns it off, audits it and sign-in asks only for the password', async () => {
    const u = await makeUser('staff', { twoFactor: true });
    const agent = await signedInAgent(u);
    const wrong = await submit(agent, '/account/2fa/setup', '/account/2fa/disable', {
      password: 'not my password at all',
    });
    expect(wrong.status).to.equal(400);
    expect(errorBeside(wrong.text, 'password')).to.equal('Your password is not right.');
    expect((await s.users.get(u.user.id)).totpEnabledAt).to.not.equal(null);

    const res = await submit(agent, '/account/2fa/setup', '/account/2fa/disable', { password: PASSWORD });
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/account/security');
    const after = await s.db('users').where({ id: u.user.id }).first();
    expect(after.totp_enabled_at).to.equal(null);
    expect(after.totp_secret_enc).to.equal(null);
    expect(await s.accounts.recoveryCodesLeft(await s.users.get(u.user.id))).to.equal(0);
    const [entry] = await s.audit.find({ actorId: u.user.id, action: '2fa.disable' });
    expect(entry?.targetId).to.equal(String(u.user.id));

    const next = request.agent(app());
    const login = await submit(next, '/login', '/login', { email: u.email, password: PASSWORD });
    expect(login.headers.location).to.equal('/');
  });

  it('refuses while the password is shorter than 15 characters (allowed only with two-factor sign-in)', async () => {
    const u = await makeUser('staff', { twoFactor: true });
    const agent = await signedInAgent(u);
    const changed = await submit(agent, '/account/password', '/account/password', {
      current: PASSWORD,
      password: 'plumtank',
      confirm: 'plumtank',
    });
    expect(changed.status, '8 characters are enough with 2FA').to.equal(302);
    const res = await submit(agent, '/account/2fa/setup', '/account/2fa/disable', { password: 'plumtank' });
    expect(res.status).to.equal(400);
    expect(errorBeside(res.text, 'password')).to.contain('shorter than 15 characters');
    expect((await s.users.get(u.user.id)).totpEnabledAt).to.not.equal(null);
  });
});
