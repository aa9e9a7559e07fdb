import type { Knex } from 'knex';

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
