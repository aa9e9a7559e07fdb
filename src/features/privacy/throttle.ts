// The contact form's rate limits on Redis (rate-limiter-flexible, as the sign-in throttle): submissions per IP
// and per address (by its blind index, never the address itself). Redis may be flushed: the limits then restart.
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

export interface ContactLimits {
  perIp: number;
  perAddress: number;
  /** Seconds. */
  window: number;
}
export const CONTACT_LIMITS: ContactLimits = { perIp: 10, perAddress: 3, window: 60 * 60 };
export const THROTTLE_PREFIX = 'valley:privacy';

export class ContactThrottle {
  private readonly ip: RateLimiterRedis;
  private readonly address: RateLimiterRedis;

  constructor(redis: Redis, limits: ContactLimits = CONTACT_LIMITS) {
    const common = { storeClient: redis, duration: limits.window };
    this.ip = new RateLimiterRedis({ ...common, keyPrefix: `${THROTTLE_PREFIX}:ip`, points: limits.perIp });
    this.address = new RateLimiterRedis({ ...common, keyPrefix: `${THROTTLE_PREFIX}:addr`, points: limits.perAddress });
  }

  /** Counts one submission; false when the IP or the address is over its limit (nothing is then stored). */
  async allow(ip: string, emailBidx: string): Promise<boolean> {
    try {
      await this.ip.consume(ip);
      await this.address.consume(emailBidx);
      return true;
    } catch (r) {
      if (r instanceof RateLimiterRes) return false;
      throw r;
    }
  }
}
