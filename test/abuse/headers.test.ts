// Response headers on a sample of each role's pages, the sign-in page, the public status page and an error page:
// the Content-Security-Policy (nonce scripts only, no framing), Cache-Control (pages no-store, static files their
// max-age), HSTS only over TLS (behind a proxy trusted with TRUST_PROXY), and the session cookie's attributes.
// (security.test.ts checks the nonce itself and the CSP of the sign-in and 404 pages in detail.)
import { expect } from 'chai';
import request from 'supertest';
import { createApp } from '../../src/app';
import { SESSION_COOKIE } from '../../src/http/middleware/session';
import { s } from '../support/setup';
import { app, csrfOf, makeUser, signedInAgent, unique, type Agent } from '../support/helpers';

const PAGES = {
  staff: [
    '/',
    '/leads',
    '/leads/new',
    '/leads/import',
    '/campaigns',
    '/campaigns/new',
    '/account/security',
    '/changes',
    // public, but signed in it shows whose session this is
    '/status',
  ],
  compliance: ['/', '/leads', '/compliance/flags', '/compliance/requests', '/compliance/subjects', '/admin/audit'],
  admin: ['/', '/admin/users', '/admin/teams', '/admin/maintenance', '/admin/terms', '/admin/backups', '/admin/mail'],
} as const;
const PUBLIC = ['/login', '/password/forgot', '/status', '/terms', `/${unique('nowhere')}`];

const directives = (res: request.Response) =>
  new Map(
    String(res.headers['content-security-policy'] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

/** The Set-Cookie of the session cookie, split into its attributes (lower-case names). */
function sessionCookie(res: request.Response): Map<string, string> | undefined {
  const all = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const raw = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!raw) return undefined;
  return new Map(
    raw.split(';').map((part) => {
      const [k, ...v] = part.trim().split('=');
      return [k.toLowerCase(), v.join('=')];
    }),
  );
}

/** The app as it runs behind one trusted reverse proxy (TRUST_PROXY=1). */
const proxied = () => createApp({ ...s, config: { ...s.config, TRUST_PROXY: 1 } });

describe('response headers', () => {
  const agents: Record<keyof typeof PAGES, Agent> = {} as Record<keyof typeof PAGES, Agent>;
  before(async () => {
    for (const role of Object.keys(PAGES) as (keyof typeof PAGES)[])
      agents[role] = await signedInAgent(await makeUser(role));
  });

  /** Every sampled page: the role's pages with its agent, the public ones with none. */
  async function sample(): Promise<{ what: string; res: request.Response }[]> {
    const out = [];
    for (const [role, pages] of Object.entries(PAGES) as [keyof typeof PAGES, readonly string[]][])
      for (const page of pages) out.push({ what: `${role} ${page}`, res: await agents[role].get(page) });
    for (const page of PUBLIC) out.push({ what: `visitor ${page}`, res: await request(app()).get(page) });
    return out;
  }

  it('sends a CSP with nonce scripts only and no framing on every page, signed in or not, errors included', async () => {
    const seen = await sample();
    expect(seen.map((x) => x.res.status)).to.include.members([200, 404]);
    for (const { what, res } of seen) {
      expect(res.status, what).to.be.oneOf([200, 404]);
      const csp = directives(res);
      const script = csp.get('script-src') ?? [];
      expect(script[0], `${what}: script-src`).to.equal("'self'");
      expect(script.slice(1), `${what}: script-src`).to.have.lengthOf(1);
      expect(script[1], `${what}: script-src`).to.match(/^'nonce-[A-Za-z0-9+/=]{20,}'$/);
      expect(script, what).to.not.include("'unsafe-inline'").and.not.include("'unsafe-eval'");
      expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).to.deep.equal(["'none'"]);
      expect(csp.get('object-src'), `${what}: object-src`).to.deep.equal(["'none'"]);
      expect(res.headers['x-content-type-options'], what).to.equal('nosniff');
    }
  });

  it('says no-store on every page (signed-in pages carry personal data); static files keep their max-age', async () => {
    for (const { what, res } of await sample())
      // the public status page is the same for every visitor and holds nobody's data: revalidated, not stored
      expect(res.headers['cache-control'], what).to.equal(what === 'visitor /status' ? 'no-cache' : 'no-store');
    for (const file of ['/public/css/app.css', '/public/favicon.svg']) {
      const res = await request(app()).get(file);
      expect(res.status, file).to.equal(200);
      expect(res.headers['cache-control'], file).to.equal('public, max-age=3600');
    }
  });

  it('sends HSTS only over TLS: behind a trusted proxy that says https, never over plain http', async () => {
    const hsts = (res: request.Response) => res.headers['strict-transport-security'] as string | undefined;
    for (const page of ['/login', '/status']) {
      expect(hsts(await request(app()).get(page)), `${page} over http`).to.equal(undefined);
      // without TRUST_PROXY the header is anybody's to send: not believed
      const untrusted = await request(app()).get(page).set('X-Forwarded-Proto', 'https');
      expect(hsts(untrusted), `${page}, X-Forwarded-Proto from an untrusted client`).to.equal(undefined);
      expect(hsts(await request(proxied()).get(page)), `${page} behind the proxy over http`).to.equal(undefined);
      const tls = await request(proxied()).get(page).set('X-Forwarded-Proto', 'https');
      expect(hsts(tls), `${page} behind the proxy over https`).to.equal('max-age=31536000; includeSubDomains');
    }
    const signedIn = await agents.staff.get('/leads').set('X-Forwarded-Proto', 'https');
    expect(hsts(signedIn), 'signed in, untrusted header').to.equal(undefined);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and Secure when the request came over TLS', async () => {
    const plain = sessionCookie(await request(app()).get('/login'));
    expect(plain, 'a session for the sign-in form’s token').to.not.equal(undefined);
    expect([plain!.has('httponly'), plain!.get('samesite'), plain!.has('secure')]).to.deep.equal([true, 'Lax', false]);

    // behind the proxy over https: the form's cookie, then the new session of a sign-in, both Secure
    const web = proxied();
    const page = await request(web).get('/login').set('X-Forwarded-Proto', 'https');
    const first = sessionCookie(page);
    expect([first?.has('httponly'), first?.get('samesite'), first?.has('secure')]).to.deep.equal([true, 'Lax', true]);
    const u = await makeUser('staff');
    const signIn = await request(web)
      .post('/login')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', `${SESSION_COOKIE}=${first!.get(SESSION_COOKIE.toLowerCase())}`)
      .type('form')
      .send({ email: u.email, password: u.password, _csrf: csrfOf(page.text) });
    expect(signIn.status, 'signed in').to.equal(302);
    const session = sessionCookie(signIn);
    expect([session?.has('httponly'), session?.get('samesite'), session?.has('secure')]).to.deep.equal([
      true,
      'Lax',
      true,
    ]);
    // the same proxy over plain http: no Secure (the browser would not send it back)
    const http = sessionCookie(await request(web).get('/login'));
    expect(http?.has('secure')).to.equal(false);
  });
});
