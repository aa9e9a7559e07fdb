import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { app, csrfOf, makeUser, signIn, submit, unique, PASSWORD, totpCode } from '../support/helpers';
import { INVALID_LOGIN, LOCKED_LOGIN } from '../../src/features/accounts/auth';
import { SESSION_COOKIE } from '../../src/http/middleware/session';
import { newTotpSecret } from '../../src/features/accounts/totp';

const sidOf = (res: request.Response) =>
  (res.headers['set-cookie'] as unknown as string[] | undefined)
    ?.find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&#34;');

describe('sign-in', () => {
  it('signs a staff user in with a new session id and audits it', async () => {
    const u = await makeUser('staff');
    const agent = request.agent(app());
    const page = await agent.get('/login');
    const before = sidOf(page);
    const res = await agent
      .post('/login')
      .type('form')
      .send({ email: u.email, password: PASSWORD, _csrf: csrfOf(page.text) });
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/');
    const after = sidOf(res);
    expect(after).to.be.a('string').and.not.equal(before);
    const home = await agent.get('/');
    expect(home.status).to.equal(200);
    expect(home.text).to.contain(u.user.name);
    const [entry] = await s.audit.find({ actorId: u.user.id, action: 'login.success' });
    expect(entry.targetId).to.equal(String(u.user.id));
  });

  it('answers a wrong password and an unknown account with the same message, keeping the e-mail', async () => {
    const u = await makeUser('staff');
    const agent = request.agent(app());
    const wrong = await submit(agent, '/login', '/login', {
      email: u.email,
      password: 'not the right password at all',
    });
    const unknown = await submit(agent, '/login', '/login', {
      email: `${unique('nobody')}@example.test`,
      password: 'whatever password here',
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).to.equal(401);
      expect(res.text).to.contain(escapeHtml(INVALID_LOGIN));
    }
    expect(wrong.text).to.contain(`value="${u.email}"`);
    const failures = await s.audit.find({ action: 'login.failure' });
    expect(failures.some((e) => e.targetId === String(u.user.id) && e.details.reason === 'bad-password')).to.equal(
      true,
    );
  });

  it('shows errors beside empty fields', async () => {
    const res = await submit(request.agent(app()), '/login', '/login', { email: '', password: '' });
    expect(res.status).to.equal(400);
    expect(res.text).to.contain('Enter your e-mail address.').and.contain('Enter your password.');
  });

  it('locks an account after 10 failures in 15 minutes, the same way whether or not it exists, and audits the lockout', async function () {
    this.timeout(90_000); // 22 argon2id checks: slow only on a loaded machine
    const u = await makeUser('staff');
    const ghost = `${unique('ghost')}@example.test`;
    for (const email of [u.email, ghost]) {
      const agent = request.agent(app());
      for (let i = 0; i < 10; i++)
        await submit(agent, '/login', '/login', { email, password: `wrong password number ${i}` });
      const res = await submit(agent, '/login', '/login', {
        email,
        password: email === u.email ? PASSWORD : 'anything at all here',
      });
      expect(res.status).to.equal(429);
      expect(res.text).to.contain(escapeHtml(LOCKED_LOGIN));
    }
    const lockouts = await s.audit.find({ action: 'login.lockout' });
    expect(lockouts.some((e) => e.targetId === String(u.user.id))).to.equal(true);
  });

  it('asks for the second factor, accepts a TOTP code, and accepts a recovery code only once', async () => {
    const u = await makeUser('compliance');
    const agent = request.agent(app());
    const first = await submit(agent, '/login', '/login', { email: u.email, password: PASSWORD });
    expect(first.headers.location).to.equal('/login/2fa');
    expect((await agent.get('/')).headers.location, 'not signed in yet').to.equal('/login');
    const bad = await submit(agent, '/login/2fa', '/login/2fa', { code: '000000' });
    expect(bad.status).to.equal(401);
    const ok = await submit(agent, '/login/2fa', '/login/2fa', { code: totpCode(u.totpSecret!) });
    expect(ok.status).to.equal(302);
    expect((await agent.get('/')).status).to.equal(200);

    // recovery code: enrol again to learn the codes
    const staff = await makeUser('staff', { twoFactor: false });
    const secret = newTotpSecret();
    const codes = await s.accounts.enableTwoFactor(staff.user, secret, totpCode(secret), { userId: staff.user.id });
    expect(codes).to.have.length(10);
    const withCode = async () => {
      const a = request.agent(app());
      await submit(a, '/login', '/login', { email: staff.email, password: PASSWORD });
      return submit(a, '/login/2fa', '/login/2fa', { code: codes[0].toUpperCase() });
    };
    expect((await withCode()).status).to.equal(302);
    expect((await withCode()).status).to.equal(401);
  });

  it('never accepts the same TOTP code twice (replay)', async () => {
    const u = await makeUser('staff', { twoFactor: true });
    const code = totpCode(u.totpSecret!);
    const attempt = async () => {
      const a = request.agent(app());
      await submit(a, '/login', '/login', { email: u.email, password: PASSWORD });
      return submit(a, '/login/2fa', '/login/2fa', { code });
    };
    expect((await attempt()).status, 'first use').to.equal(302);
    expect((await attempt()).status, 'replayed').to.equal(401);
    expect(
      (await s.audit.find({ action: 'login.failure' })).some(
        (e) => e.targetId === String(u.user.id) && e.details.reason === 'bad-second-factor',
      ),
    ).to.equal(true);
  });

  it('signs out with POST only, ending the session', async () => {
    const u = await makeUser('staff');
    const agent = request.agent(app());
    await signIn(agent, u);
    const home = await agent.get('/');
    const out = await agent
      .post('/logout')
      .type('form')
      .send({ _csrf: csrfOf(home.text) });
    expect(out.headers.location).to.equal('/login?signedOut=1');
    expect((await agent.get('/')).headers.location).to.equal('/login');
    expect((await s.audit.find({ actorId: u.user.id, action: 'logout' })).length).to.equal(1);
  });

  it('ends a session older than 12 hours even when it was used recently', async () => {
    const u = await makeUser('staff');
    const agent = request.agent(app());
    await signIn(agent, u);
    const [{ sid }] = await s.sessions.list(u.user.id);
    const key = `valley:sess:${sid}`;
    const data = JSON.parse((await s.redis.get(key))!);
    data.startedAt = Date.now() - 12 * 3600_000 - 1000;
    await s.redis.set(key, JSON.stringify(data), 'KEEPTTL');
    expect((await agent.get('/')).headers.location).to.equal('/login');
  });

  it('expires idle sessions after 30 minutes (cookie and Redis TTL), renewed once a minute, not on each page', async () => {
    const u = await makeUser('staff');
    const agent = request.agent(app());
    await signIn(agent, u);
    const [{ sid }] = await s.sessions.list(u.user.id);
    const key = `valley:sess:${sid}`;
    await agent.get('/'); // the first page remembers what it read once a session (policies, banners): saved
    expect(sidOf(await agent.get('/')), 'a minute has not passed: no new cookie').to.equal(undefined);
    // the cookie was sent 2 minutes ago
    const data = JSON.parse((await s.redis.get(key))!);
    data.cookie.expires = new Date(Date.now() + 28 * 60_000).toISOString();
    await s.redis.set(key, JSON.stringify(data), 'EX', 28 * 60);
    const res = await agent.get('/');
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith(SESSION_COOKIE))!;
    const expires = new Date(/Expires=([^;]+)/.exec(cookie)![1]).getTime();
    expect(expires - Date.now()).to.be.within(29 * 60_000, 30 * 60_000 + 1000);
    expect(await s.redis.ttl(key)).to.be.within(29 * 60, 30 * 60);
    expect(sidOf(await agent.get('/')), 'just renewed').to.equal(undefined);
  });
});
