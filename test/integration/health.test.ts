// /healthz (the process is up) and /readyz (PostgreSQL and Redis answer), for load balancers.
import { once } from 'node:events';
import { expect } from 'chai';
import request from 'supertest';
import { loadConfig } from '../../src/platform/config';
import { createApp } from '../../src/app';

import { s, testServices, type TestServices } from '../support/setup';
import { app, makeUser, signedInAgent } from '../support/helpers';
import { SESSION_COOKIE } from '../../src/http/middleware/session';

/** Services over the test database and Redis, except for the given overrides. */
const servicesWith = (overrides: Record<string, string>): TestServices =>
  testServices(
    loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', VAR_DIR: 'var/test', ...overrides }),
  );

describe('health endpoints', () => {
  it('GET /healthz answers 200 without a session or a cookie', async () => {
    const res = await request(app()).get('/healthz');
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ status: 'ok' });
    expect(res.headers['set-cookie']).to.equal(undefined);
  });

  it('GET /readyz answers 200 when PostgreSQL, Redis and spamd answer', async () => {
    const res = await request(app()).get('/readyz');
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ status: 'ok', postgres: 'ok', redis: 'ok', spamd: 'ok' });
    expect(res.headers['set-cookie']).to.equal(undefined);
  });

  describe('when Redis does not answer', () => {
    let broken: TestServices;
    before(() => {
      broken = servicesWith({ REDIS_URL: 'redis://127.0.0.1:1' });
    });
    after(() => broken.close());

    it('GET /readyz answers 503 naming Redis, while /healthz still answers 200', async () => {
      const web = createApp(broken);
      const ready = await request(web).get('/readyz');
      expect(ready.status).to.equal(503);
      expect(ready.body).to.deep.equal({ status: 'unavailable', postgres: 'ok', redis: 'down', spamd: 'ok' });
      expect((await request(web).get('/healthz')).status).to.equal(200);
    });

    it('answers a signed-in request (its session is in Redis) with the 503 page, not a 500 or a hang', async () => {
      // a real session cookie, from the healthy portal (same secret, same database)
      const agent = await signedInAgent(await makeUser('staff'));
      const home = await agent.get('/');
      expect(home.status).to.equal(200);
      const cookie = agent.jar.getCookie(SESSION_COOKIE, {
        domain: '127.0.0.1',
        path: '/',
        secure: false,
        script: false,
      });
      expect(cookie, 'session cookie').to.not.equal(undefined);
      const res = await request(createApp(broken)).get('/').set('Cookie', `${SESSION_COOKIE}=${cookie!.value}`);
      expect(res.status).to.equal(503);
      expect(res.text).to.contain('<h1>Temporarily unavailable</h1>');
      expect(res.text).to.not.match(/\bat \S+ \(|Error:|node_modules/);
    });
  });

  describe('when PostgreSQL does not answer', () => {
    let broken: TestServices;
    before(async () => {
      const url = new URL(s.config.DATABASE_URL);
      url.port = '1';
      broken = servicesWith({ DATABASE_URL: url.toString() });
      if (broken.redis.status !== 'ready') await once(broken.redis, 'ready');
    });
    after(() => broken.close());

    it('GET /readyz answers 503 naming PostgreSQL', async function () {
      this.timeout(10_000);
      const res = await request(createApp(broken)).get('/readyz');
      expect(res.status).to.equal(503);
      expect(res.body).to.deep.equal({ status: 'unavailable', postgres: 'down', redis: 'ok', spamd: 'ok' });
    });
  });

  describe('when spamd does not answer', () => {
    let broken: TestServices;
    before(() => {
      broken = servicesWith({ SPAMD_URL: 'spamd://127.0.0.1:1' });
    });
    after(() => broken.close());

    it('GET /readyz still answers 200 (the portal serves) but says the content scan is unavailable', async () => {
      const res = await request(createApp(broken)).get('/readyz');
      expect(res.status).to.equal(200);
      expect(res.body).to.deep.include({ status: 'degraded', spamd: 'down', postgres: 'ok', redis: 'ok' });
      expect(res.body.contentScan).to.match(/campaigns are held/);
    });
  });
});
