import type { Knex } from 'knex';
import { transactionOn } from '../db';
import { GroupCommit } from './groupCommit';

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

type Build = (prevHash: string, id: number) => AuditEntry;

/** An entry as its audit_log row (both appends write it so). */
const rowOf = (e: AuditEntry) => ({
  id: e.id,
  at: e.at,
  actor_id: e.actorId,
  action: e.action,
  target_type: e.targetType,
  target_id: e.targetId,
  ip: e.ip,
  request_id: e.requestId,
  details: JSON.stringify(e.details),
  prev_hash: e.prevHash,
  hash: e.hash,
});

export class AuditStore {
  private readonly alone = new GroupCommit<AuditEntry, Build>((builds) => this.appendBatch(builds));

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
    await trx('audit_log').insert(rowOf(entry));
    return entry;
  }

  /**
   * append() in a transaction of its own, on the pg connection itself; appends made meanwhile are written with it
   * (groupCommit.ts). Its promise settles once its entry is committed.
   */
  appendAlone(build: Build): Promise<AuditEntry> {
    return this.alone.add(build);
  }

  /**
   * A batch in three round trips: BEGIN with the lock and then the last hash and the batch's ids (statements without
   * parameters, sent together: the last runs once the lock is held, so its snapshot sees every append committed
   * before it), one insert of every row, COMMIT.
   */
  private appendBatch(builds: Build[]): Promise<AuditEntry[]> {
    const opening = `select pg_advisory_xact_lock(${LOCK_KEY});
      select (select hash from audit_log order by id desc limit 1) as hash,
        array(select nextval('audit_log_id_seq') from generate_series(1, ${builds.length})) as ids`;
    return transactionOn(
      this.db,
      async (conn, [, [last]]) => {
        const ids = (last.ids as string[]).map(Number).sort((a, b) => a - b);
        let prev = (last.hash as string | null) ?? '';
        const entries = builds.map((build, i) => {
          const entry = build(prev, ids[i]);
          prev = entry.hash;
          return entry;
        });
        const rows = entries.map(rowOf);
        const columns = Object.keys(rows[0]);
        const n = columns.length;
        const placeholders = (k: number) => `(${columns.map((_, j) => `$${k * n + j + 1}`).join(', ')})`;
        await conn.query({
          name: `audit_log_append_${rows.length}`,
          text: `insert into audit_log (${columns.join(', ')}) values ${rows.map((_, k) => placeholders(k)).join(', ')}`,
          values: rows.flatMap((r) => Object.values(r)),
        });
        return entries;
      },
      opening,
    );
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
