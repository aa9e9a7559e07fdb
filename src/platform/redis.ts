import { once } from 'node:events';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger';

/** One Redis client library (ioredis) for sessions, rate limits and BullMQ. */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: 2, ...options });
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
