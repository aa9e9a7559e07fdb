// Data exports in PostgreSQL: the requests, their progress, their files and their expiry. SQL only.
import type { Knex } from 'knex';
import type { DataExport, ExportCounts, ExportKind, ExportState, LeadExportFilter, LeadFormat } from '../model';

const COLUMNS = [
  'id',
  'created_by',
  'kind',
  'format',
  'filter',
  'state',
  'rows_done',
  'rows_total',
  'counts',
  'run_token',
  'attempts',
  'file_path',
  'file_bytes',
  'error',
  'created_at',
  'started_at',
  'heartbeat_at',
  'finished_at',
  'expires_at',
];
type Row = Record<string, any>;
const toExport = (r: Row): DataExport => ({
  id: Number(r.id),
  createdBy: r.created_by,
  kind: r.kind,
  format: r.format,
  filter: r.filter ?? null,
  state: r.state,
  rowsDone: Number(r.rows_done),
  rowsTotal: Number(r.rows_total),
  counts: r.counts ?? null,
  runToken: r.run_token,
  attempts: r.attempts,
  filePath: r.file_path,
  fileBytes: r.file_bytes === null ? null : Number(r.file_bytes),
  error: r.error,
  createdAt: r.created_at,
  startedAt: r.started_at,
  heartbeatAt: r.heartbeat_at,
  finishedAt: r.finished_at,
  expiresAt: r.expires_at,
});

export class ExportsStore {
  constructor(private readonly db: Knex) {}

  /** A new queued export; undefined when the user already has one queued or running (the unique index). */
  async insert(
    userId: number,
    at: Date,
    trx: Knex.Transaction,
    list?: { format: LeadFormat; filter: LeadExportFilter },
  ): Promise<DataExport | undefined> {
    const { rows } = await trx.raw<{ rows: Row[] }>(
      `insert into data_exports (created_by, kind, format, filter, state, created_at) values (?, ?, ?, ?, 'queued', ?)
       on conflict (created_by) where state in ('queued','running') do nothing returning ${COLUMNS.join(', ')}`,
      [userId, list ? 'leads' : 'account', list?.format ?? null, list ? JSON.stringify(list.filter) : null, at],
    );
    return rows[0] ? toExport(rows[0]) : undefined;
  }

  async find(id: number, trx?: Knex.Transaction): Promise<DataExport | undefined> {
    const r = await (trx ?? this.db)('data_exports').select(COLUMNS).where({ id }).first();
    return r ? toExport(r as Row) : undefined;
  }

  async listFor(userId: number, limit: number): Promise<DataExport[]> {
    const rows = await this.db('data_exports')
      .select(COLUMNS)
      .where({ created_by: userId })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map((r) => toExport(r as Row));
  }

  /** The user's export queued or running, if any. */
  async pendingFor(userId: number, trx?: Knex.Transaction): Promise<DataExport | undefined> {
    const r = await (trx ?? this.db)('data_exports')
      .select(COLUMNS)
      .where({ created_by: userId })
      .whereIn('state', ['queued', 'running'])
      .first();
    return r ? toExport(r as Row) : undefined;
  }

  async countSince(userId: number, kind: ExportKind, since: Date, trx?: Knex.Transaction): Promise<number> {
    const [r] = await (trx ?? this.db)('data_exports')
      .where({ created_by: userId, kind })
      .where('created_at', '>', since)
      .count<{ n: string }[]>({ n: '*' });
    return Number(r.n);
  }

  /** Takes the export for a run (queued, or running whose worker is gone): a new token, counts reset. */
  async claim(id: number, token: string, at: Date): Promise<DataExport | undefined> {
    const [r] = await this.db('data_exports')
      .where({ id })
      .whereIn('state', ['queued', 'running'])
      .update({
        state: 'running',
        run_token: token,
        attempts: this.db.raw('attempts + 1'),
        rows_done: 0,
        started_at: at,
        heartbeat_at: at,
        error: null,
      })
      .returning(COLUMNS);
    return r ? toExport(r as Row) : undefined;
  }

  /** Progress of the run holding `token` (false when another run has taken the export). */
  async progress(id: number, token: string, done: number, total: number, at: Date): Promise<boolean> {
    const n = await this.db('data_exports')
      .where({ id, run_token: token, state: 'running' })
      .update({ rows_done: done, rows_total: total, heartbeat_at: at });
    return n > 0;
  }

  /** The run holding `token` finished: ready with its file, in the caller's transaction. */
  async markReady(
    id: number,
    token: string,
    f: { filePath: string; fileBytes: number; counts: ExportCounts | { rows: number }; at: Date; expiresAt: Date },
    trx: Knex.Transaction,
  ): Promise<boolean> {
    const n = await trx('data_exports')
      .where({ id, run_token: token, state: 'running' })
      .update({
        state: 'ready',
        file_path: f.filePath,
        file_bytes: f.fileBytes,
        counts: JSON.stringify(f.counts),
        rows_done: trx.raw('rows_total'),
        finished_at: f.at,
        heartbeat_at: f.at,
        expires_at: f.expiresAt,
      });
    return n > 0;
  }

  /** The run holding `token` failed: back to queued for a retry, or failed for good. */
  async markFailed(id: number, token: string, state: ExportState, error: string, at: Date): Promise<void> {
    await this.db('data_exports')
      .where({ id, run_token: token, state: 'running' })
      .update({ state, error: error.slice(0, 500), finished_at: state === 'failed' ? at : null });
  }

  /** Ids to enqueue: queued ones, and running ones whose worker has not written progress since `staleBefore`. */
  async owed(staleBefore: Date): Promise<number[]> {
    const rows = await this.db('data_exports')
      .select('id')
      .where('state', 'queued')
      .orWhere((q) => void q.where('state', 'running').where('heartbeat_at', '<', staleBefore))
      .orderBy('id');
    return rows.map((r: Row) => Number(r.id));
  }

  /** Ready exports past their expiry at `now`. */
  async expiredBy(now: Date): Promise<DataExport[]> {
    const rows = await this.db('data_exports').select(COLUMNS).where('state', 'ready').where('expires_at', '<=', now);
    return rows.map((r) => toExport(r as Row));
  }

  async markExpired(id: number): Promise<boolean> {
    return (await this.db('data_exports').where({ id, state: 'ready' }).update({ state: 'expired' })) > 0;
  }

  /** File paths still referenced (ready exports): anything else in the directory may go. */
  async liveFiles(): Promise<Set<string>> {
    const rows = await this.db('data_exports').select('file_path').where('state', 'ready').whereNotNull('file_path');
    return new Set(rows.map((r: Row) => String(r.file_path)));
  }

  /**
   * Exports whose download expired before `before` and that still name a file (ready past expiry, or expired),
   * oldest expiry first, with their owner's name; only those of `ids` when given. For the retention rule.
   */
  async expiredFiles(before: Date, ids?: number[]): Promise<ExpiredFile[]> {
    const q = this.db('data_exports as e')
      .join('users as u', 'u.id', 'e.created_by')
      .select('e.id', 'e.kind', 'e.file_path', 'e.expires_at', 'u.name as owner_name')
      .whereIn('e.state', ['ready', 'expired'])
      .whereNotNull('e.file_path')
      .where('e.expires_at', '<', before)
      .orderBy([{ column: 'e.expires_at' }, { column: 'e.id' }]);
    if (ids) q.whereIn('e.id', ids);
    const rows = await q;
    return rows.map((r: Row) => ({
      id: Number(r.id),
      kind: r.kind,
      filePath: String(r.file_path),
      expiresAt: r.expires_at,
      ownerName: r.owner_name,
    }));
  }

  /** The export's file is deleted: no file named any more, expired (only while it still qualifies at `before`). */
  async clearFile(id: number, before: Date): Promise<boolean> {
    const n = await this.db('data_exports')
      .where({ id })
      .whereIn('state', ['ready', 'expired'])
      .whereNotNull('file_path')
      .where('expires_at', '<', before)
      .update({ state: 'expired', file_path: null });
    return n > 0;
  }
}

/** Lead exports whose filter holds sealed values (the lookup, the search text): what key rotation re-encrypts. */
const sealedFilters = (q: Knex.QueryBuilder) =>
  q
    .where({ kind: 'leads' })
    .where((w) => void w.whereRaw(`filter->>'lookupSealed' is not null`).orWhereRaw(`filter->>'qSealed' is not null`));

export class SealedFilterStore {
  constructor(private readonly db: Knex) {}

  /** The next `size` exports after id `cursor` whose filter holds sealed values, locked. */
  async after(
    cursor: string,
    size: number,
    trx: Knex.Transaction,
  ): Promise<{ id: number; filter: LeadExportFilter }[]> {
    const rows: Row[] = await sealedFilters(trx('data_exports'))
      .select('id', 'filter')
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(size)
      .forUpdate();
    return rows.map((r) => ({ id: Number(r.id), filter: r.filter }));
  }

  async set(id: number, filter: LeadExportFilter, trx: Knex.Transaction): Promise<void> {
    await trx('data_exports')
      .where({ id })
      .update({ filter: JSON.stringify(filter) });
  }

  /** How many of them hold a sealed value not beginning with `prefix` (under another key). */
  async countNotStartingWith(prefix: string): Promise<number> {
    const like = `${prefix}%`;
    const [r] = await sealedFilters(this.db('data_exports'))
      .where(
        (w) =>
          void w
            .whereRaw(`filter->>'lookupSealed' not like ?`, [like])
            .orWhereRaw(`filter->>'qSealed' not like ?`, [like]),
      )
      .count<{ count: string }[]>('* as count');
    return Number(r.count);
  }
}

export interface ExpiredFile {
  id: number;
  kind: ExportKind;
  filePath: string;
  expiresAt: Date;
  ownerName: string;
}
