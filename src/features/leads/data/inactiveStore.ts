// Leads with no activity since a cut-off, for the retention rule that anonymizes them: live (not merged), not
// erased, and nothing happened to them since (their row updated, a history entry, a consent recorded, a message
// sent). Their last activity is the latest of those. SQL only.
import type { Knex } from 'knex';

/** The lead's last activity: the latest of its update, history, consents and contacts (greatest skips nulls). */
const LAST_ACTIVITY = `greatest(l.updated_at,
  (select max(h.at) from lead_history h where h.lead_id = l.id),
  (select max(c.recorded_at) from lead_consents c where c.lead_id = l.id),
  (select max(k.at) from lead_contacts k where k.lead_id = l.id))`;

/** Nothing since the cut-off (each test can use its (lead_id, at) index); four bindings, the cut-off. */
const INACTIVE = `l.erased_at is null and l.merged_into_id is null and l.updated_at < ?
  and not exists (select 1 from lead_history h where h.lead_id = l.id and h.at >= ?)
  and not exists (select 1 from lead_consents c where c.lead_id = l.id and c.recorded_at >= ?)
  and not exists (select 1 from lead_contacts k where k.lead_id = l.id and k.at >= ?)`;

const pgArray = (ids: number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`;

export interface InactiveLead {
  id: number;
  ownerId: number;
  ownerName: string;
  lastActivity: Date;
}

export class InactiveLeadsStore {
  constructor(private readonly db: Knex) {}

  /** How many leads are inactive since `cutoff`. */
  async count(cutoff: Date): Promise<number> {
    const { rows } = await this.db.raw<{ rows: { n: string }[] }>(
      `select count(*) as n from leads l where ${INACTIVE}`,
      [cutoff, cutoff, cutoff, cutoff],
    );
    return Number(rows[0].n);
  }

  /**
   * Up to `limit` of the leads inactive since `cutoff`, least recently active first, after `after` (the last of
   * the page before: its last activity as PostgreSQL wrote it, exact to the microsecond, and its id).
   */
  async page(
    cutoff: Date,
    after: { at: string; id: number } | null,
    limit: number,
  ): Promise<{ id: number; at: string }[]> {
    const { rows } = await this.db.raw<{ rows: { id: string; at: string }[] }>(
      `select id, at::text as at from (select l.id, ${LAST_ACTIVITY} as at from leads l where ${INACTIVE}) c
       where ?::timestamptz is null or (c.at, c.id) > (?::timestamptz, ?::bigint)
       order by c.at, c.id limit ?`,
      [cutoff, cutoff, cutoff, cutoff, after?.at ?? null, after?.at ?? null, after?.id ?? 0, limit],
    );
    return rows.map((r) => ({ id: Number(r.id), at: r.at }));
  }

  /** Those of `ids` still inactive since `cutoff`, locked for the caller's transaction (the change to make). */
  async lockStillInactive(ids: number[], cutoff: Date, trx: Knex.Transaction): Promise<number[]> {
    if (!ids.length) return [];
    const { rows } = await trx.raw<{ rows: { id: string }[] }>(
      `select l.id from leads l where l.id = any(?::bigint[]) and ${INACTIVE} order by l.id for update of l`,
      [pgArray(ids), cutoff, cutoff, cutoff, cutoff],
    );
    return rows.map((r) => Number(r.id));
  }

  /** Each lead's owner and last activity (no personal field of the lead), in the order of `ids`. */
  async describe(ids: number[]): Promise<InactiveLead[]> {
    if (!ids.length) return [];
    const { rows } = await this.db.raw<{ rows: Record<string, any>[] }>(
      `select l.id, l.owner_id, u.name as owner_name, ${LAST_ACTIVITY} as last_activity
       from leads l join users u on u.id = l.owner_id where l.id = any(?::bigint[])`,
      [pgArray(ids)],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ id, ownerId: r.owner_id, ownerName: r.owner_name, lastActivity: r.last_activity }] : [];
    });
  }
}
