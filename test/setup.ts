// Root hooks: one real SMTP server, one set of services over the test database and test Redis.
// The test command (scripts/test.sh) creates a fresh database, migrates it and points REDIS_URL at a test index.
import { once } from 'node:events';
import { TestSmtp } from './support/smtp';
import { loadConfig, type Config } from '../src/config';
import { services, type Services } from '../src/services';

export const smtp = new TestSmtp();
export let config: Config;
export let s: Services;

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(60_000);
    const port = await smtp.start();
    config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', SMTP_URL: `smtp://127.0.0.1:${port}`, VAR_DIR: 'var/test', BASE_URL: 'http://portal.test' });
    s = services(config);
    if (s.redis.status !== 'ready') await once(s.redis, 'ready');
    await s.redis.flushdb();
  },
  /** Each test starts with no per-IP sign-in failures counted: every suite signs in from loopback. */
  async beforeEach() {
    const keys = await s.redis.keys('valley:login:ip:*');
    if (keys.length) await s.redis.del(...keys);
  },
  async afterAll() {
    await s?.close();
    await smtp.stop();
  },
};
