// The shared ground every feature stands on, built once per process from the configuration: logger, PostgreSQL,
// Redis, the data cipher, job queues, the outbox and the audit log. Imports no feature.
import path from 'node:path';
import type { Config } from './config';
import { closeDb, createDb } from './db';
import { createLogger } from './logger';
import { createRedis } from './redis';
import { DataCipher } from './crypto';
import { Jobs } from './queues';
import { MailService } from './outbox/mail';
import { OutboxStore } from './outbox/store';
import { AuditService } from './audit/service';
import { AuditStore } from './audit/store';
import { systemClock, type Clock } from './clock';
import { SpamdClient } from './spamd';
import { BlobStore } from './blobs';

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timeout')), ms).unref())]);

export function createPlatform(config: Config, clock: Clock = systemClock) {
  const log = createLogger(config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL, log, { verifyShapes: config.NODE_ENV === 'test' });
  // Web-side Redis: no offline queue, so a Redis outage is a fast error (503), not a hung request.
  const redis = createRedis(config, { enableOfflineQueue: false });
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis error'));
  const cipher = new DataCipher(config.dataKeys, config.blindIndexKey);
  const jobs = new Jobs(redis);
  // Without a listener BullMQ prints each Redis error (with its stack) straight to stderr, past the logger.
  for (const q of jobs.all) q.on('error', (err) => log.warn({ err: err.message, queue: q.name }, 'queue error'));
  const mailDir = path.join(config.varDir, 'mail');
  const blobs = new BlobStore(db);
  const mail = new MailService(
    db,
    new OutboxStore(db),
    jobs,
    { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, mailDir },
    log,
    blobs,
  );
  const audit = new AuditService(new AuditStore(db));
  const spamd = new SpamdClient(config.SPAMD_URL);
  return {
    config,
    clock,
    log,
    db,
    redis,
    cipher,
    jobs,
    mail,
    audit,
    spamd,
    blobs,
    /** For /readyz: whether PostgreSQL, Redis and spamd answer within 2 s. */
    async health(): Promise<{ postgres: 'ok' | 'down'; redis: 'ok' | 'down'; spamd: 'ok' | 'down' }> {
      const [postgres, r, scanner] = await Promise.all([
        within(db.raw('select 1'), 2000).then(
          () => 'ok' as const,
          () => 'down' as const,
        ),
        within(redis.ping(), 2000).then(
          () => 'ok' as const,
          () => 'down' as const,
        ),
        spamd.ping().then((up) => (up ? ('ok' as const) : ('down' as const))),
      ]);
      return { postgres, redis: r, spamd: scanner };
    },
    async close(): Promise<void> {
      mail.close();
      await jobs.close();
      redis.disconnect();
      await closeDb(db);
    },
  };
}
export type Platform = ReturnType<typeof createPlatform>;
