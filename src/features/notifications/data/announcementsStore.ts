// Announcements in PostgreSQL.
import type { Knex } from 'knex';

export interface Announcement {
  id: number;
  title: string;
  body: string;
  roles: string[] | null;
  significant: boolean;
  policyVersionId: number | null;
  broadcastId: number | null;
  createdAt: Date;
  createdByName: string | null;
}
export type NewAnnouncement = Omit<Announcement, 'id' | 'createdAt' | 'createdByName' | 'broadcastId'>;

export class AnnouncementsStore {
  constructor(private readonly db: Knex) {}

  async insert(
    a: NewAnnouncement,
    broadcastId: number,
    createdBy: number | null,
    now: Date,
    trx: Knex.Transaction,
  ): Promise<number> {
    const [r] = await trx('announcements')
      .insert({
        title: a.title,
        body: a.body,
        roles: a.roles,
        significant: a.significant,
        policy_version_id: a.policyVersionId,
        broadcast_id: broadcastId,
        created_by: createdBy,
        created_at: now,
      })
      .returning('id');
    return Number(r.id);
  }

  /** Newest first; with a role, only those whose audience holds it. */
  async list(role: string | null, offset: number, limit: number): Promise<{ items: Announcement[]; total: number }> {
    const base = () => {
      const q = this.db('announcements as a');
      if (role) void q.where((w) => void w.whereNull('a.roles').orWhereRaw('? = any(a.roles)', [role]));
      return q;
    };
    const [{ n }] = await base().count<{ n: string }[]>({ n: '*' });
    const rows = await base()
      .leftJoin('users as u', 'u.id', 'a.created_by')
      .orderBy('a.id', 'desc')
      .offset(offset)
      .limit(limit)
      .select('a.*', 'u.name as created_by_name');
    return {
      total: Number(n),
      items: rows.map((r) => ({
        id: Number(r.id),
        title: r.title,
        body: r.body,
        roles: r.roles ?? null,
        significant: r.significant,
        policyVersionId: r.policy_version_id ?? null,
        broadcastId: r.broadcast_id == null ? null : Number(r.broadcast_id),
        createdAt: r.created_at,
        createdByName: r.created_by_name ?? null,
      })),
    };
  }
}
