// Login throttling on Redis (rate-limiter-flexible): per account and per IP.
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

const WINDOW = 15 * 60;
export const ACCOUNT_FAILURES = 10;
const IP_FAILURES = 100;

export type FailureOutcome = 'counted' | 'locked-now' | 'locked';

export class LoginThrottle {
  private readonly account: RateLimiterRedis;
  private readonly ip: RateLimiterRedis;

  constructor(redis: Redis, prefix = 'valley') {
    this.account = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:login:acct`,
      points: ACCOUNT_FAILURES,
      duration: WINDOW,
      blockDuration: WINDOW,
    });
    this.ip = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:login:ip`,
      points: IP_FAILURES,
      duration: WINDOW,
      blockDuration: WINDOW,
    });
  }

  private static key(email: string) {
    return email.trim().toLowerCase();
  }

  /** True when either the account (existing or not) or the IP is currently locked out. */
  async isLocked(email: string, ip: string): Promise<boolean> {
    const [a, i] = await Promise.all([this.account.get(LoginThrottle.key(email)), this.ip.get(ip)]);
    return (a?.consumedPoints ?? 0) >= ACCOUNT_FAILURES || (i?.consumedPoints ?? 0) >= IP_FAILURES;
  }

  async recordFailure(email: string, ip: string): Promise<FailureOutcome> {
    await this.ip.consume(ip).catch((r) => {
      if (!(r instanceof RateLimiterRes)) throw r;
    });
    try {
      const res = await this.account.consume(LoginThrottle.key(email));
      return res.remainingPoints === 0 ? 'locked-now' : 'counted';
    } catch (r) {
      if (r instanceof RateLimiterRes) return 'locked';
      throw r;
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.account.delete(LoginThrottle.key(email));
  }
}
