// Active sessions: stored in Redis by express-session, tracked in PostgreSQL (device, IP, last seen) so a user
// can see and end them.
import type { Store } from 'express-session';
import { UAParser } from 'ua-parser-js';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { SessionsStore } from './data/sessionsStore';
import { ABSOLUTE_SESSION_MS, type ActiveSession } from './model';

export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) return 'Unknown device';
  const ua = UAParser(userAgent);
  const browser = [ua.browser.name, ua.browser.major].filter(Boolean).join(' ');
  const os = [ua.os.name, ua.os.version].filter(Boolean).join(' ');
  return [browser, os].filter(Boolean).join(' on ') || userAgent.slice(0, 80);
}

export class SessionService {
  constructor(
    private readonly rows: SessionsStore,
    readonly store: Store,
    private readonly audit: AuditService,
  ) {}

  started(sid: string, userId: number, device: string, ip: string): Promise<void> {
    return this.rows.started(sid, userId, device, ip);
  }

  seen(sid: string, ip: string): Promise<void> {
    return this.rows.seen(sid, ip, new Date());
  }

  list(userId: number): Promise<ActiveSession[]> {
    return this.rows.active(userId, new Date(Date.now() - ABSOLUTE_SESSION_MS));
  }

  /** The user ends one of their own sessions (never another user's): false when there was none. */
  async revoke(userId: number, sid: string, actor: Actor): Promise<boolean> {
    if (!(await this.rows.endOne(userId, sid, new Date()))) return false;
    await this.destroy(sid);
    await this.audit.record(actor, {
      action: 'session.revoke',
      targetType: 'user',
      targetId: userId,
      details: { count: 1 },
    });
    return true;
  }

  /** The user signs out every other session of theirs. */
  async revokeOthers(userId: number, keepSid: string, actor: Actor): Promise<number> {
    const count = await this.revokeAll(userId, keepSid);
    await this.audit.record(actor, {
      action: 'session.revoke',
      targetType: 'user',
      targetId: userId,
      details: { count },
    });
    return count;
  }

  /** Ends every session of the user except `keepSid`; returns how many were ended. */
  async revokeAll(userId: number, keepSid?: string): Promise<number> {
    const sids = await this.rows.endAll(userId, new Date(), keepSid);
    await Promise.all(sids.map((sid) => this.destroy(sid)));
    return sids.length;
  }

  ended(sid: string): Promise<void> {
    return this.rows.ended(sid, new Date());
  }

  /** Forget tracking rows of sessions that ended or went idle long ago. */
  cleanup(olderThanDays = 30, now = new Date()): Promise<number> {
    return this.rows.removeSeenBefore(new Date(now.getTime() - olderThanDays * 86400_000));
  }

  private destroy(sid: string): Promise<void> {
    return new Promise((resolve) => this.store.destroy(sid, () => resolve()));
  }
}
