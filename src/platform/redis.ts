import { once } from 'node:events';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger';

/** Where Redis is: its URL, or Sentinels that name the current primary of `REDIS_SENTINEL_NAME` (the URL then
 * gives only the password, the database index and rediss:// for TLS). */
export interface RedisTarget {
  REDIS_URL: string;
  REDIS_SENTINELS?: string;
  REDIS_SENTINEL_NAME: string;
}

/** One Redis client library (ioredis) for sessions, rate limits and BullMQ. */
export function createRedis(target: RedisTarget, options: RedisOptions = {}): Redis {
  const base = { maxRetriesPerRequest: 2, ...options };
  if (!target.REDIS_SENTINELS) return new Redis(target.REDIS_URL, base);
  const url = new URL(target.REDIS_URL);
  const sentinels = target.REDIS_SENTINELS.split(',').map((hp) => {
    const at = hp.lastIndexOf(':');
    return { host: hp.slice(0, at), port: Number(hp.slice(at + 1)) };
  });
  return new Redis({
    sentinels,
    name: target.REDIS_SENTINEL_NAME,
    username: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    db: Number(url.pathname.slice(1) || 0),
    tls: url.protocol === 'rediss:' ? {} : undefined,
    ...base,
  });
}

/** BullMQ needs noeviction: evicted job keys are lost jobs. Warn (never fail) at boot. */
export async function checkEvictionPolicy(redis: Redis, log: Logger): Promise<string | undefined> {
  try {
    if (redis.status !== 'ready') await once(redis, 'ready');
    const reply = await redis.config('GET', 'maxmemory-policy');
    const policy = reply[1];
    if (policy !== 'noeviction')
      log.warn({ policy }, 'Redis maxmemory-policy should be noeviction: jobs may be evicted');
    return policy;
  } catch {
    log.warn('could not read Redis maxmemory-policy (CONFIG GET refused); make sure it is noeviction');
    return undefined;
  }
}
