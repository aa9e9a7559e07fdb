import type { Knex } from 'knex';
import { transactionOn } from '../db';

export interface AuditEntry {
  id: number;
  at: Date;
  actorId: number | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}
export interface AuditFilter {
  actorId?: number;
  action?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit?: number;
}

const COLUMNS = [
  'id',
  'at',
  'actor_id',
  'action',
  'target_type',
  'target_id',
  'ip',
  'request_id',
  'details',
  'prev_hash',
  'hash',
];
const LOCK_KEY = 7_311_001; // advisory lock id serialising appends so the chain never forks

type Row = Record<string, any>;
const toEntry = (r: Row): AuditEntry => ({
  id: Number(r.id),
  at: new Date(r.at),
  actorId: r.actor_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  ip: r.ip,
  requestId: r.request_id,
  details: r.details ?? {},
  prevHash: r.prev_hash,
  hash: r.hash,
});

export class AuditStore {
  constructor(private readonly db: Knex) {}

  /** Runs `build` under the chain lock with the last hash and the next id, inside trx. */
  async append(
    trx: Knex.Transaction,
    build: (prevHash: string, id: number) => Omit<AuditEntry, never>,
  ): Promise<AuditEntry> {
    await trx.raw('select pg_advisory_xact_lock(?)', [LOCK_KEY]);
    const last = await trx('audit_log').select('hash').orderBy('id', 'desc').first();
    const { rows } = await trx.raw(`select nextval('audit_log_id_seq') as id`);
    const entry = build(last?.hash ?? '', Number(rows[0].id));
    await trx('audit_log').insert({
      id: entry.id,
      at: entry.at,
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      ip: entry.ip,
      request_id: entry.requestId,
      details: JSON.stringify(entry.details),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    });
    return entry;
  }

  /**
   * append() in a transaction of its own, on the pg connection itself: the last hash and the next id in one statement,
   * run after the lock's, so that its snapshot sees every append committed before it.
   */
  async appendAlone(build: (prevHash: string, id: number) => AuditEntry): Promise<AuditEntry> {
    return transactionOn(this.db, async (conn) => {
      await conn.query(`select pg_advisory_xact_lock(${LOCK_KEY})`);
      const { rows } = await conn.query(
        `select (select hash from audit_log order by id desc limit 1) as hash, nextval('audit_log_id_seq') as id`,
      );
      const [last] = rows as { hash: string | null; id: string }[];
      const entry = build(last.hash ?? '', Number(last.id));
      await conn.query({
        text: `insert into audit_log (id, at, actor_id, action, target_type, target_id, ip, request_id, details, prev_hash, hash)
          values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        values: [
          entry.id,
          entry.at,
          entry.actorId,
          entry.action,
          entry.targetType,
          entry.targetId,
          entry.ip,
          entry.requestId,
          JSON.stringify(entry.details),
          entry.prevHash,
          entry.hash,
        ],
      });
      return entry;
    });
  }

  async find(filter: AuditFilter): Promise<AuditEntry[]> {
    const q = this.db('audit_log')
      .select(COLUMNS)
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 50);
    if (filter.actorId) q.where('actor_id', filter.actorId);
    if (filter.action) q.where('action', filter.action);
    if (filter.from) q.where('at', '>=', filter.from);
    if (filter.to) q.where('at', '<', filter.to);
    if (filter.beforeId) q.where('id', '<', filter.beforeId);
    return (await q).map(toEntry);
  }

  /** Entries by id, or about one target, in id order (a case's evidence). */
  async entries(where: { ids?: number[]; target?: { type: string; id: string } }): Promise<AuditEntry[]> {
    const q = this.db('audit_log').select(COLUMNS).orderBy('id').limit(5000);
    q.where((w) => {
      if (where.ids?.length) w.orWhereIn('id', where.ids);
      if (where.target) w.orWhere({ target_type: where.target.type, target_id: where.target.id });
      if (!where.ids?.length && !where.target) w.whereRaw('false');
    });
    return (await q).map(toEntry);
  }

  /**
   * Per user (the actor, or the target user for `byTarget` actions), how many entries of each action since
   * `since`, where there are at least `min` (the security-pattern detector's counts).
   */
  async bursts(actions: string[], byTarget: string[], since: Date, min: number) {
    const who = this.db.raw(
      `case when action = any(?) then case when target_type = 'user' then target_id::int end else actor_id end`,
      [byTarget],
    );
    const rows = await this.db('audit_log')
      .select({ action: 'action' }, this.db.raw('(?) as user_id', [who]))
      .count('* as n')
      .select(this.db.raw('array_agg(id order by id) as ids'))
      .whereIn('action', actions)
      .where('at', '>=', since)
      .groupByRaw('1, 2')
      .havingRaw('count(*) >= ?', [min]);
    return rows
      .filter((r: Record<string, any>) => r.user_id !== null)
      .map((r: Record<string, any>) => ({
        action: r.action as string,
        userId: Number(r.user_id),
        n: Number(r.n),
        ids: (r.ids as string[]).map(Number),
      }));
  }

  async actions(): Promise<string[]> {
    return (await this.db('audit_log').distinct('action').orderBy('action')).map((r) => r.action);
  }

  /** Streams the whole chain in id order, a page at a time. */
  async *all(pageSize = 1000): AsyncGenerator<AuditEntry> {
    let after = -1;
    for (;;) {
      const rows = await this.db('audit_log').select(COLUMNS).where('id', '>', after).orderBy('id').limit(pageSize);
      for (const r of rows) yield toEntry(r);
      if (rows.length < pageSize) return;
      after = Number(rows[rows.length - 1].id);
    }
  }
}
