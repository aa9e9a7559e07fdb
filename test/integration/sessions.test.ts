import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { app, csrfOf, mailsTo, makeUser, signIn, submit, type Agent, type TestUser } from '../support/helpers';
import type { SessionData } from 'express-session';
import { SessionStore } from '../../src/features/accounts/sessionStore';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const NEW_SIGN_IN = 'New sign-in to your Valley CRM account';

/** A browser-like agent: its own cookie jar (session and device cookies) and User-Agent. */
async function browser(u: TestUser, userAgent: string): Promise<Agent> {
  const agent = request.agent(app());
  agent.set('User-Agent', userAgent);
  await signIn(agent, u);
  return agent;
}
async function signedIn(agent: Agent): Promise<boolean> {
  const res = await agent.get('/');
  if (res.status === 302 && res.headers.location === '/login') return false;
  expect(res.status).to.equal(200);
  return true;
}
interface Row {
  device: string;
  ip: string;
  current: boolean;
  revokeAction?: string;
}
/** The rows of the "Active sessions" table. */
function sessionRows(html: string): Row[] {
  const body = /<h2>Active sessions<\/h2>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, tr]) => {
    const cells = [...tr.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    return {
      device: cells[0],
      ip: cells[1],
      current: tr.includes('<strong>This session</strong>'),
      revokeAction: /action="([^"]+\/revoke)"/.exec(tr)?.[1],
    };
  });
}
const newSignInMails = async (u: TestUser) => (await mailsTo(u.email)).filter((m) => m.subject === NEW_SIGN_IN);

describe('active sessions', () => {
  it('lists the user’s sessions with device and IP, marking this one', async () => {
    const u = await makeUser('staff');
    const other = await makeUser('staff');
    const firefox = await browser(u, FIREFOX_LINUX);
    await browser(u, CHROME_WINDOWS);
    await browser(other, SAFARI_IPHONE);

    const page = await firefox.get('/account/security');
    expect(page.status).to.equal(200);
    const rows = sessionRows(page.text);
    expect(rows.map((r) => r.device).sort()).to.deep.equal(['Chrome 126 on Windows 10', 'Firefox 128 on Linux']);
    const tracked = await s.db('user_sessions').where({ user_id: u.user.id }).whereNull('ended_at');
    for (const r of rows) {
      expect(r.ip).to.match(/127\.0\.0\.1|::1/);
      expect(tracked.map((t) => t.ip)).to.include(r.ip);
    }
    const here = rows.find((r) => r.current)!;
    expect(rows.filter((r) => r.current)).to.have.length(1);
    expect(here.device).to.equal('Firefox 128 on Linux');
    expect(here.revokeAction, 'no sign-out button for this session').to.equal(undefined);
    expect(rows.find((r) => !r.current)!.revokeAction).to.match(/^\/account\/security\/sessions\/[^/]+\/revoke$/);
    expect(page.text).to.contain('Sign out all other sessions');
  });

  it('signs out another session of the user, and audits it', async () => {
    const u = await makeUser('staff');
    const here = await browser(u, FIREFOX_LINUX);
    const there = await browser(u, CHROME_WINDOWS);
    const page = await here.get('/account/security');
    const target = sessionRows(page.text).find((r) => !r.current)!;
    expect(target.device).to.equal('Chrome 126 on Windows 10');

    const res = await here
      .post(target.revokeAction!)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/account/security');
    const after = await here.get('/account/security');
    expect(after.text).to.contain('That session was signed out.');
    expect(sessionRows(after.text).map((r) => r.device)).to.deep.equal(['Firefox 128 on Linux']);
    expect(await signedIn(there), 'revoked agent').to.equal(false);
    expect(await signedIn(here), 'this agent').to.equal(true);

    const entries = await s.audit.find({ actorId: u.user.id, action: 'session.revoke' });
    expect(entries).to.have.length(1);
    expect(entries[0].targetId).to.equal(String(u.user.id));
    expect(entries[0].details).to.deep.equal({ count: 1 });
  });

  it('will not "revoke" the current session through the per-session button', async () => {
    const u = await makeUser('staff');
    const here = await browser(u, FIREFOX_LINUX);
    const [{ sid }] = await s.sessions.list(u.user.id);
    const res = await submit(
      here,
      '/account/security',
      `/account/security/sessions/${encodeURIComponent(sid)}/revoke`,
      {},
    );
    expect(res.status).to.equal(404);
    expect(await signedIn(here)).to.equal(true);
  });

  it('signs out all other sessions at once', async () => {
    const u = await makeUser('staff');
    const here = await browser(u, FIREFOX_LINUX);
    const others = [await browser(u, CHROME_WINDOWS), await browser(u, SAFARI_IPHONE)];
    const res = await submit(here, '/account/security', '/account/security/sessions/revoke-others', {});
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/account/security');
    const page = await here.get('/account/security');
    expect(page.text).to.contain('2 other sessions were signed out.');
    expect(sessionRows(page.text)).to.have.length(1);
    expect(page.text, 'button hidden with one session').to.not.contain('Sign out all other sessions');
    for (const a of others) expect(await signedIn(a)).to.equal(false);
    expect(await signedIn(here)).to.equal(true);
    const [entry] = await s.audit.find({ actorId: u.user.id, action: 'session.revoke' });
    expect(entry.details).to.deep.equal({ count: 2 });
  });

  it('answers 404 to a revoke of another user’s session, which keeps working', async () => {
    const u = await makeUser('staff');
    const victim = await makeUser('staff');
    const attacker = await browser(u, FIREFOX_LINUX);
    const victimAgent = await browser(victim, CHROME_WINDOWS);
    const [{ sid }] = await s.sessions.list(victim.user.id);

    const res = await submit(
      attacker,
      '/account/security',
      `/account/security/sessions/${encodeURIComponent(sid)}/revoke`,
      {},
    );
    expect(res.status).to.equal(404);
    expect(await signedIn(victimAgent)).to.equal(true);
    expect(await s.sessions.list(victim.user.id)).to.have.length(1);
    expect(await s.audit.find({ actorId: u.user.id, action: 'session.revoke' })).to.have.length(0);

    const unknown = await submit(
      attacker,
      '/account/security',
      '/account/security/sessions/no-such-session/revoke',
      {},
    );
    expect(unknown.status).to.equal(404);
  });
});

describe('new-device sign-in notice', () => {
  it('is not sent at the very first sign-in, nor from a known device; is sent from a new one', async () => {
    const u = await makeUser('staff');
    const laptop = await browser(u, FIREFOX_LINUX);
    expect(await newSignInMails(u), 'first sign-in ever').to.have.length(0);

    // the same device again (its device cookie kept, session ended)
    await submit(laptop, '/', '/logout', {});
    expect(await signedIn(laptop)).to.equal(false);
    await signIn(laptop, u);
    expect(await newSignInMails(u), 'known device').to.have.length(0);

    // a device without the cookie
    await browser(u, CHROME_WINDOWS);
    const mails = await newSignInMails(u);
    expect(mails).to.have.length(1);
    expect(mails[0].text).to.contain('Chrome 126 on Windows 10');
    expect(mails[0].text).to.match(/IP address (::ffff:)?127\.0\.0\.1|IP address ::1/);
    expect(mails[0].text).to.contain('http://portal.test/account/security');

    const successes = await s.audit.find({ actorId: u.user.id, action: 'login.success' });
    expect(successes.map((e) => e.details.newDevice)).to.have.members([true, false, true]);
  });
});

describe('session store', () => {
  it('pushes a session’s Redis expiry back at most once per interval, and always when the session is saved', async () => {
    const store = new SessionStore({ client: s.redis, prefix: 'test:sess:', ttl: 1800, touchIntervalMs: 300 });
    const call = (fn: (cb: (err?: unknown) => void) => unknown) =>
      new Promise<void>(
        (resolve, reject) =>
          void fn((err) => (err ? reject(err instanceof Error ? err : new Error('store error')) : resolve())),
      );
    const sess = { cookie: { originalMaxAge: null } } as unknown as SessionData;
    await call((cb) => store.set('one', sess, cb));
    expect(await s.redis.ttl('test:sess:one')).to.be.within(1799, 1800);
    await s.redis.expire('test:sess:one', 100);
    await call((cb) => store.touch('one', sess, cb));
    expect(await s.redis.ttl('test:sess:one'), 'touched within the interval: left alone').to.be.within(99, 100);
    await new Promise((r) => setTimeout(r, 350));
    await call((cb) => store.touch('one', sess, cb));
    expect(await s.redis.ttl('test:sess:one'), 'after the interval: the full idle time again').to.be.within(1799, 1800);
    await s.redis.expire('test:sess:one', 100);
    await call((cb) => store.set('one', sess, cb));
    expect(await s.redis.ttl('test:sess:one'), 'saved: the full idle time').to.be.within(1799, 1800);
    await call((cb) => store.destroy('one', cb));
    expect(await s.redis.exists('test:sess:one')).to.equal(0);
  });
});
