// Root hooks of the integration and browser tiers: one real SMTP server, one set of services over the test
// database and test Redis. The test command (scripts/test.sh) creates a fresh database, migrates it and points
// REDIS_URL at a test index.
import { once } from 'node:events';
import { TestSmtp } from './smtp';
import { loadConfig, type Config } from '../../src/platform/config';
import { repositories } from '../../src/repositories';
import { services } from '../../src/services';

/**
 * Services as the app gets them, plus what tests reach past them: the platform's parts at the top level
 * (s.db, s.redis, s.mail, s.audit, s.jobs, s.cipher) and every feature's stores (s.stores).
 */
export function testServices(c: Config) {
  const svc = services(c);
  return { ...svc.platform, ...svc, stores: repositories(svc.platform.db, svc.platform.cipher) };
}
export type TestServices = ReturnType<typeof testServices>;

export const smtp = new TestSmtp();
export let config: Config;
export let s: TestServices;

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(60_000);
    const port = await smtp.start();
    config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      VAR_DIR: 'var/test',
      BASE_URL: 'http://portal.test',
      BACKUP_SCHEDULE: 'off',
      BACKUP_DIR: 'var/test/backups',
    });
    s = testServices(config);
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
