// Active sessions: tracked in PostgreSQL (device, IP, last seen), stored in Redis by express-session.
import type { Knex } from 'knex';
import type { Store } from 'express-session';
import { UAParser } from 'ua-parser-js';
import type { AuditService, Actor } from './audit';

export interface ActiveSession {
  sid: string;
  device: string;
  ip: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) return 'Unknown device';
  const ua = UAParser(userAgent);
  const browser = [ua.browser.name, ua.browser.major].filter(Boolean).join(' ');
  const os = [ua.os.name, ua.os.version].filter(Boolean).join(' ');
  return [browser, os].filter(Boolean).join(' on ') || userAgent.slice(0, 80);
}

export const SEEN_WRITE_INTERVAL_MS = 60_000;

export class SessionService {
  constructor(
    private readonly db: Knex,
    readonly store: Store,
    private readonly audit: AuditService,
  ) {}

  async started(sid: string, userId: number, device: string, ip: string): Promise<void> {
    await this.db('user_sessions').insert({ sid, user_id: userId, device, ip }).onConflict('sid').merge();
  }

  async seen(sid: string, ip: string): Promise<void> {
    await this.db('user_sessions').where({ sid }).update({ last_seen_at: new Date(), ip });
  }

  async list(userId: number): Promise<ActiveSession[]> {
    const rows = await this.db('user_sessions')
      .select('sid', 'device', 'ip', 'created_at', 'last_seen_at')
      .where({ user_id: userId })
      .whereNull('ended_at')
      .where('last_seen_at', '>', new Date(Date.now() - 12 * 3600_000))
      .orderBy('last_seen_at', 'desc');
    return rows.map((r) => ({ sid: r.sid, device: r.device, ip: r.ip, createdAt: r.created_at, lastSeenAt: r.last_seen_at }));
  }

  /** The user ends one of their own sessions (never another user's): false when there was none. */
  async revoke(userId: number, sid: string, actor: Actor): Promise<boolean> {
    const n = await this.db('user_sessions').where({ sid, user_id: userId }).whereNull('ended_at').update({ ended_at: new Date() });
    if (!n) return false;
    await this.destroy(sid);
    await this.audit.record(actor, { action: 'session.revoke', targetType: 'user', targetId: userId, details: { count: 1 } });
    return true;
  }

  /** The user signs out every other session of theirs. */
  async revokeOthers(userId: number, keepSid: string, actor: Actor): Promise<number> {
    const count = await this.revokeAll(userId, keepSid);
    await this.audit.record(actor, { action: 'session.revoke', targetType: 'user', targetId: userId, details: { count } });
    return count;
  }

  /** Ends every session of the user except `keepSid`; returns how many were ended. */
  async revokeAll(userId: number, keepSid?: string): Promise<number> {
    const q = this.db('user_sessions').where({ user_id: userId }).whereNull('ended_at');
    if (keepSid) q.whereNot({ sid: keepSid });
    const rows: { sid: string }[] = await q.update({ ended_at: new Date() }).returning('sid');
    await Promise.all(rows.map((r) => this.destroy(r.sid)));
    return rows.length;
  }

  async ended(sid: string): Promise<void> {
    await this.db('user_sessions').where({ sid }).update({ ended_at: new Date() });
  }

  /** Forget tracking rows of sessions that ended or went idle long ago. */
  async cleanup(olderThanDays = 30): Promise<number> {
    return this.db('user_sessions').where('last_seen_at', '<', new Date(Date.now() - olderThanDays * 86400_000)).delete();
  }

  private destroy(sid: string): Promise<void> {
    return new Promise((resolve) => this.store.destroy(sid, () => resolve()));
  }
}
