import zlib from 'node:zlib';
import { expect } from 'chai';
import request from 'supertest';
import { loadConfig } from '../../src/platform/config';
import { createApp } from '../../src/app';

import { s, testServices, type TestServices } from '../support/setup';
import { app, csrfOf, makeUser, signedInAgent, unique, type Agent } from '../support/helpers';

/** What a leaked stack trace or internal error would look like in a response body. */
function expectNoLeak(body: string): void {
  expect(body, 'stack frame').to.not.match(/\bat \S+ \(/);
  expect(body, 'stack frame').to.not.match(/\n\s+at /);
  expect(body, 'file path').to.not.match(/\/work\/|node_modules|[\w-]+\.(ts|js):\d+/);
  expect(body, 'error name').to.not.match(/\b\w*Error:/);
  expect(body, 'database detail').to.not.match(/database "|relation "|ECONNREFUSED|SQLSTATE/i);
}

const cspOf = (res: request.Response) => String(res.headers['content-security-policy'] ?? '');
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('security', () => {
  let admin: Agent;
  before(async () => {
    admin = await signedInAgent(await makeUser('admin'));
  });

  describe('Content-Security-Policy', () => {
    it('gives every response a fresh nonce, used by the page script, and allows no inline script', async () => {
      const one = await request(app()).get('/login');
      const two = await request(app()).get('/login');
      const nonces = [one, two].map((res) => {
        const scriptSrc = directive(cspOf(res), 'script-src');
        expect(scriptSrc, 'script-src').to.match(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'$/);
        expect(scriptSrc).to.not.contain('unsafe-inline').and.not.contain('unsafe-eval');
        const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
        // the page's own script carries this response's nonce
        expect(res.text).to.contain(`nonce="${nonce}"`);
        return nonce;
      });
      expect(nonces[0]).to.not.equal(nonces[1]);
      expect(directive(cspOf(one), 'object-src')).to.equal("object-src 'none'");
      expect(directive(cspOf(one), 'frame-ancestors')).to.equal("frame-ancestors 'none'");
      expect(one.headers['x-powered-by']).to.equal(undefined);
    });

    it('sends the policy on error pages too', async () => {
      const res = await request(app()).get(`/${unique('nowhere')}`);
      expect(res.status).to.equal(404);
      expect(directive(cspOf(res), 'script-src'))
        .to.match(/'nonce-/)
        .and.not.contain('unsafe-inline');
    });
  });

  describe('CSRF', () => {
    const inviteForm = (email: string) => ({ email, name: 'Should Not Exist', role: 'staff' });

    it('refuses a signed-in admin’s POST without a token with 403, and creates no user', async () => {
      const email = `${unique('csrf-none')}@example.test`;
      const res = await admin.post('/admin/users/invite').type('form').send(inviteForm(email));
      expect(res.status).to.equal(403);
      expect(res.text)
        .to.contain('<h1>Not allowed</h1>')
        .and.contain('This form has expired or did not come from this portal.');
      expectNoLeak(res.text);
      expect(await s.users.findByEmail(email)).to.equal(undefined);
      expect(await s.db('outbox').where({ to_address: email }).first()).to.equal(undefined);
    });

    it('refuses a wrong token with 403 and creates no user', async () => {
      const email = `${unique('csrf-wrong')}@example.test`;
      const page = await admin.get('/admin/users/invite');
      const token = csrfOf(page.text);
      const wrong = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
      for (const _csrf of [wrong, 'x', '']) {
        const res = await admin
          .post('/admin/users/invite')
          .type('form')
          .send({ ...inviteForm(email), _csrf });
        expect(res.status, `token ${JSON.stringify(_csrf)}`).to.equal(403);
        expectNoLeak(res.text);
      }
      // a token from another session is no good either
      const other = request.agent(app());
      const otherToken = csrfOf((await other.get('/login')).text);
      const cross = await admin
        .post('/admin/users/invite')
        .type('form')
        .send({ ...inviteForm(email), _csrf: otherToken });
      expect(cross.status).to.equal(403);
      expect(await s.users.findByEmail(email)).to.equal(undefined);

      // and the right token works, so the refusals above were about the token alone
      const ok = await admin
        .post('/admin/users/invite')
        .type('form')
        .send({ ...inviteForm(email), _csrf: token });
      expect(ok.status).to.equal(302);
      expect((await s.users.findByEmail(email))?.status).to.equal('invited');
    });

    it('refuses a sign-in POST without a token', async () => {
      const u = await makeUser('staff');
      const agent = request.agent(app());
      await agent.get('/login');
      const res = await agent.post('/login').type('form').send({ email: u.email, password: u.password });
      expect(res.status).to.equal(403);
      expect((await agent.get('/')).headers.location).to.equal('/login');
    });
  });

  describe('request limits and malformed requests', () => {
    it('answers a form body over BODY_LIMIT (100kb) with 413', async () => {
      expect(s.config.BODY_LIMIT).to.equal('100kb');
      const email = `${unique('big')}@example.test`;
      const page = await admin.get('/admin/users/invite');
      const res = await admin
        .post('/admin/users/invite')
        .type('form')
        .send({ email, role: 'staff', name: 'x'.repeat(101 * 1024), _csrf: csrfOf(page.text) });
      expect(res.status).to.equal(413);
      expect(res.text).to.contain('<h1>Too large</h1>');
      expectNoLeak(res.text);
      expect(await s.users.findByEmail(email)).to.equal(undefined);
    });

    it('accepts a form body just under the limit (the 413 is about size)', async () => {
      const page = await admin.get('/admin/users/invite');
      const res = await admin
        .post('/admin/users/invite')
        .type('form')
        .send({ email: 'not an address', role: 'staff', name: 'x'.repeat(90 * 1024), _csrf: csrfOf(page.text) });
      expect(res.status).to.equal(400);
      expect(res.text).to.contain('Enter an e-mail address like name@example.com.');
    });

    it('answers a malformed URL with 400, without a stack trace', async () => {
      for (const path of ['/admin/users/%E0', '/admin/users/%E0/role', '/password/reset/%E0%A4%A', '/invite/%']) {
        const res = await admin.get(path);
        expect(res.status, path).to.equal(400);
        expect(res.text).to.contain('<h1>Bad request</h1>');
        expectNoLeak(res.text);
      }
    });

    it('answers a malformed body with 400, without a stack trace', async () => {
      const page = await admin.get('/admin/users/invite');
      const email = `${unique('gzip')}@example.test`;
      const res = await admin
        .post('/admin/users/invite')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .set('Content-Encoding', 'gzip')
        .send(`email=${encodeURIComponent(email)}&name=Nope&role=staff&_csrf=${encodeURIComponent(csrfOf(page.text))}`);
      expect(res.status).to.equal(400);
      expect(res.text).to.contain('<h1>Bad request</h1>');
      expectNoLeak(res.text);
      expect(await s.users.findByEmail(email)).to.equal(undefined);

      // the same body properly compressed is understood (so the 400 above was about the malformed body)
      const good = zlib.gzipSync(
        `email=${encodeURIComponent(email)}&name=Yes&role=staff&_csrf=${encodeURIComponent(csrfOf(page.text))}`,
      );
      const ok = await admin
        .post('/admin/users/invite')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .set('Content-Encoding', 'gzip')
        .serialize((body: Buffer) => body as unknown as string)
        .send(good);
      expect(ok.status).to.equal(302);
      expect(await s.users.findByEmail(email)).to.not.equal(undefined);
    });
  });

  describe('error pages', () => {
    it('answers an unknown URL with the 404 page, signed in or not', async () => {
      for (const agent of [request(app()), admin]) {
        const res = await agent.get(`/no/such/${unique('page')}`);
        expect(res.status).to.equal(404);
        expect(res.headers['content-type']).to.match(/^text\/html/);
        expect(res.text).to.contain('Page not found');
        expectNoLeak(res.text);
      }
    });

    it('answers a missing record with the same 404 page', async () => {
      const res = await admin.get('/admin/users/999999999');
      expect(res.status).to.equal(404);
      expect(res.text).to.contain('Page not found');
      expectNoLeak(res.text);
    });

    it('answers a staff user on an admin page with a 403 page that leaks nothing', async () => {
      const staff = await signedInAgent(await makeUser('staff'));
      const res = await staff.get('/admin/users');
      expect(res.status).to.equal(403);
      expect(res.text).to.contain('Not allowed');
      expectNoLeak(res.text);
    });

    it('answers JSON clients with a JSON error and nothing more', async () => {
      const res = await request(app())
        .get(`/${unique('nowhere')}`)
        .set('Accept', 'application/json');
      expect(res.status).to.equal(404);
      expect(res.body).to.deep.equal({ error: 'Page not found' });
    });

    describe('on an unexpected failure', () => {
      let broken: TestServices;
      before(() => {
        // The real PostgreSQL server, but its maintenance database, which has none of our tables: queries fail.
        const url = new URL(s.config.DATABASE_URL);
        url.pathname = '/postgres';
        broken = testServices(
          loadConfig({
            ...process.env,
            NODE_ENV: 'test',
            LOG_LEVEL: 'silent',
            DATABASE_URL: url.toString(),
            VAR_DIR: 'var/test',
          }),
        );
      });
      after(() => broken.close());

      it('shows the 500 page, which leaks nothing', async () => {
        const res = await request(createApp(broken)).get('/terms');
        expect(res.status).to.equal(500);
        expect(res.text).to.contain('<h1>Something went wrong</h1>');
        expectNoLeak(res.text);
        expect(res.text).to.not.contain('policy_versions');
      });
    });
  });
});
