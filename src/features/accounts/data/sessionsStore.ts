// Which sessions a user has (device, IP, last seen): rows in user_sessions beside the sessions themselves in Redis.
import type { Knex } from 'knex';
import type { ActiveSession } from '../model';

export class SessionsStore {
  constructor(private readonly db: Knex) {}

  async started(sid: string, userId: number, device: string, ip: string): Promise<void> {
    await this.db('user_sessions').insert({ sid, user_id: userId, device, ip }).onConflict('sid').merge();
  }

  async seen(sid: string, ip: string, at: Date): Promise<void> {
    await this.db('user_sessions').where({ sid }).update({ last_seen_at: at, ip });
  }

  /** The user's sessions not ended and seen since `since`, most recent first. */
  async active(userId: number, since: Date): Promise<ActiveSession[]> {
    const rows = await this.db('user_sessions')
      .select('sid', 'device', 'ip', 'created_at', 'last_seen_at')
      .where({ user_id: userId })
      .whereNull('ended_at')
      .where('last_seen_at', '>', since)
      .orderBy('last_seen_at', 'desc');
    return rows.map((r) => ({
      sid: r.sid,
      device: r.device,
      ip: r.ip,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
    }));
  }

  /** Marks one of the user's open sessions ended; false when there was none. */
  async endOne(userId: number, sid: string, at: Date): Promise<boolean> {
    const n = await this.db('user_sessions')
      .where({ sid, user_id: userId })
      .whereNull('ended_at')
      .update({ ended_at: at });
    return n > 0;
  }

  /** Marks every open session of the user ended except `keepSid`; returns their ids. */
  async endAll(userId: number, at: Date, keepSid?: string): Promise<string[]> {
    const q = this.db('user_sessions').where({ user_id: userId }).whereNull('ended_at');
    if (keepSid) q.whereNot({ sid: keepSid });
    const rows: { sid: string }[] = await q.update({ ended_at: at }).returning('sid');
    return rows.map((r) => r.sid);
  }

  async ended(sid: string, at: Date): Promise<void> {
    await this.db('user_sessions').where({ sid }).update({ ended_at: at });
  }

  /** Forgets rows of sessions last seen before `before`. */
  async removeSeenBefore(before: Date): Promise<number> {
    return this.db('user_sessions').where('last_seen_at', '<', before).delete();
  }
}
