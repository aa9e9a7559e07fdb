// Imports in PostgreSQL: the import's record, its progress (moved only under the row's lock, in the batch's own
// transaction), the rows it wrote to leads (previous values encrypted by the caller), its rejected rows' reasons,
// and the mapping each user last chose per header row.
import type { Knex } from 'knex';
import type { DryRun, DuplicateMode, Import, ImportCounts, Mapping } from '../model';

type Row = Record<string, any>;
const EXPIRED = 'The file was not imported within 7 days and was deleted: upload it again.';
const toImport = (r: Row): Import => ({
  id: Number(r.id),
  createdBy: r.created_by,
  createdAt: r.created_at,
  fileName: r.file_name,
  sourcePath: r.source_path,
  bytes: Number(r.bytes),
  encoding: r.encoding,
  delimiter: r.delimiter,
  headers: r.headers,
  headerHash: r.header_hash,
  totalRows: r.total_rows,
  mapping: r.mapping,
  duplicates: r.duplicates,
  state: r.state,
  rowsDone: r.rows_done,
  counts: r.counts ?? {},
  dryRun: r.dry_run,
  rejectsPath: r.rejects_path,
  attempts: r.attempts,
  error: r.error,
  startedAt: r.started_at,
  progressAt: r.progress_at,
  finishedAt: r.finished_at,
  undoneAt: r.undone_at,
  undoneBy: r.undone_by,
  workDone: r.work_done ?? 0,
  workAt: r.work_at ?? null,
});

export interface ImportRow {
  rowNo: number;
  leadId: number;
  action: 'created' | 'updated' | 'merged';
  previousEnc: string | null;
}

export class ImportsStore {
  constructor(private readonly db: Knex) {}

  async insert(
    f: Pick<Import, 'createdBy' | 'fileName' | 'sourcePath' | 'bytes' | 'encoding' | 'delimiter' | 'headers'> & {
      headerHash: string;
      totalRows: number;
      at: Date;
    },
  ): Promise<Import> {
    const [r] = await this.db('imports')
      .insert({
        created_by: f.createdBy,
        created_at: f.at,
        file_name: f.fileName,
        source_path: f.sourcePath,
        bytes: f.bytes,
        encoding: f.encoding,
        delimiter: f.delimiter,
        headers: JSON.stringify(f.headers),
        header_hash: f.headerHash,
        total_rows: f.totalRows,
      })
      .returning('*');
    return toImport(r);
  }

  async find(id: number, trx?: Knex.Transaction, forUpdate = false): Promise<Import | undefined> {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const q = (trx ?? this.db)('imports').where({ id }).first();
    if (forUpdate) q.forUpdate();
    const r = await q;
    return r ? toImport(r) : undefined;
  }

  async listFor(userId: number, limit: number): Promise<Import[]> {
    const rows = await this.db('imports').where({ created_by: userId }).orderBy('id', 'desc').limit(limit);
    return rows.map(toImport);
  }

  async setMapping(id: number, mapping: Mapping, duplicates: DuplicateMode, trx?: Knex.Transaction): Promise<void> {
    await (trx ?? this.db)('imports')
      .where({ id, state: 'uploaded' })
      .update({ mapping: JSON.stringify(mapping), duplicates });
  }

  async setDryRun(id: number, dry: DryRun): Promise<void> {
    await this.db('imports')
      .where({ id })
      .update({ dry_run: JSON.stringify(dry) });
  }

  /** uploaded → queued; false when it was not waiting to start. */
  async queue(id: number, at: Date, trx: Knex.Transaction): Promise<boolean> {
    return (await trx('imports').where({ id, state: 'uploaded' }).update({ state: 'queued', progress_at: at })) > 0;
  }

  /** queued or running → running, one more attempt. */
  async claim(id: number, at: Date): Promise<Import | undefined> {
    const [r] = await this.db('imports')
      .where({ id })
      .whereIn('state', ['queued', 'running'])
      .update({
        state: 'running',
        attempts: this.db.raw('attempts + 1'),
        started_at: this.db.raw('coalesce(started_at, ?)', [at]),
        progress_at: at,
      })
      .returning('*');
    return r ? toImport(r) : undefined;
  }

  /** A batch's progress, in its transaction: rows done and counts added. */
  async advance(id: number, rowsDone: number, add: ImportCounts, at: Date, trx: Knex.Transaction): Promise<void> {
    const counts = (await trx('imports').select('counts').where({ id }).first())?.counts ?? {};
    for (const [k, v] of Object.entries(add)) counts[k] = (counts[k] ?? 0) + (v ?? 0);
    await trx('imports')
      .where({ id })
      .update({ rows_done: rowsDone, counts: JSON.stringify(counts), progress_at: at });
  }

  async addRows(importId: number, rows: ImportRow[], trx: Knex.Transaction): Promise<void> {
    if (!rows.length) return;
    await trx('import_rows').insert(
      rows.map((r) => ({
        import_id: importId,
        row_no: r.rowNo,
        lead_id: r.leadId,
        action: r.action,
        previous_enc: r.previousEnc,
      })),
    );
  }

  async addRejects(importId: number, rows: { rowNo: number; reason: string }[], trx: Knex.Transaction) {
    if (!rows.length) return;
    await trx('import_rejects').insert(rows.map((r) => ({ import_id: importId, row_no: r.rowNo, reason: r.reason })));
  }

  /** The rejected rows' reasons, by row number. */
  async rejects(importId: number): Promise<Map<number, string>> {
    const rows = await this.db('import_rejects').select('row_no', 'reason').where({ import_id: importId });
    return new Map(rows.map((r) => [Number(r.row_no), String(r.reason)]));
  }

  /** The rows the import wrote, last first (the order undo goes in). */
  async rowsOf(importId: number, trx: Knex.Transaction): Promise<ImportRow[]> {
    const rows = await trx('import_rows').where({ import_id: importId }).orderBy('row_no', 'desc');
    return rows.map((r) => ({
      rowNo: r.row_no,
      leadId: Number(r.lead_id),
      action: r.action,
      previousEnc: r.previous_enc,
    }));
  }

  async finish(id: number, rejectsPath: string | null, at: Date, trx: Knex.Transaction): Promise<boolean> {
    const n = await trx('imports').where({ id, state: 'running' }).update({
      state: 'done',
      rejects_path: rejectsPath,
      source_path: null,
      finished_at: at,
      progress_at: at,
      error: null,
    });
    return n > 0;
  }

  async fail(id: number, state: 'queued' | 'failed', error: string, at: Date): Promise<void> {
    await this.db('imports').where({ id, state: 'running' }).update({ state, error, progress_at: at });
  }

  /** undoing → undone; false when it was not being undone. */
  async markUndone(id: number, by: number, at: Date, trx: Knex.Transaction): Promise<boolean> {
    const n = await trx('imports')
      .where({ id, state: 'undoing' })
      .update({ state: 'undone', undone_at: at, undone_by: by, progress_at: at });
    return n > 0;
  }

  /** The planner's statistics of the leads table, read again (a large import changes its size). */
  async refreshLeadStatistics(): Promise<void> {
    await this.db.raw('analyze leads');
  }

  /** Imports whose work is owed (queued, running, a dry run or an undo) with no progress since `before`. */
  async owed(before: Date): Promise<Import[]> {
    const rows = await this.db('imports')
      .select('*')
      .whereIn('state', ['queued', 'running', 'checking', 'undoing'])
      .where((w) => void w.whereNull('progress_at').orWhere('progress_at', '<', before))
      .orderBy('id');
    return rows.map(toImport);
  }

  /** Uploads never started, and failed imports, whose file is older than `before`. */
  async expiredSources(before: Date): Promise<{ id: number; sourcePath: string }[]> {
    const rows = await this.db('imports')
      .select('id', 'source_path')
      .whereNotNull('source_path')
      .whereRaw(`((state = 'uploaded' and created_at < ?) or (state = 'failed' and progress_at < ?))`, [
        before,
        before,
      ]);
    return rows.map((r) => ({ id: Number(r.id), sourcePath: String(r.source_path) }));
  }

  /** The file is gone: an upload never started cannot be any more (failed, saying why). */
  async dropSource(id: number, at: Date): Promise<void> {
    await this.db('imports')
      .where({ id })
      .update({
        source_path: null,
        state: this.db.raw(`case when state = 'uploaded' then 'failed' else state end`),
        error: this.db.raw(`case when state = 'uploaded' then ? else error end`, [EXPIRED]),
        progress_at: at,
      });
  }

  /** Every file name an import holds (its upload, its rejects file). */
  async namedFiles(): Promise<Set<string>> {
    const rows = await this.db('imports')
      .select('source_path', 'rejects_path')
      .whereNotNull('source_path')
      .orWhereNotNull('rejects_path');
    return new Set(rows.flatMap((r) => [r.source_path, r.rejects_path].filter(Boolean)));
  }

  async mappingFor(userId: number, headerHash: string): Promise<Mapping | undefined> {
    const r = await this.db('import_mappings').where({ user_id: userId, header_hash: headerHash }).first();
    return r?.mapping;
  }

  async rememberMapping(userId: number, headerHash: string, mapping: Mapping, at: Date): Promise<void> {
    await this.db('import_mappings')
      .insert({ user_id: userId, header_hash: headerHash, mapping: JSON.stringify(mapping), updated_at: at })
      .onConflict(['user_id', 'header_hash'])
      .merge(['mapping', 'updated_at']);
  }

  /** Finished imports whose rejects file is still recorded, finished before `before` (optionally of `ids`). */
  async rejectFiles(before: Date, ids?: number[]): Promise<{ id: number; path: string; finishedAt: Date }[]> {
    const q = this.db('imports')
      .select('id', 'rejects_path', 'finished_at')
      .whereNotNull('rejects_path')
      .where('finished_at', '<', before)
      .orderBy('finished_at');
    if (ids) q.whereIn('id', ids);
    return (await q).map((r) => ({ id: Number(r.id), path: r.rejects_path, finishedAt: r.finished_at }));
  }

  async clearRejects(id: number): Promise<boolean> {
    return (await this.db('imports').where({ id }).whereNotNull('rejects_path').update({ rejects_path: null })) > 0;
  }

  /** For access reports: the imports that wrote each of these leads. */
  /** Drops the previous values (the person's, encrypted) kept to undo updates of these leads: they were erased. */
  async forgetPrevious(leadIds: number[], trx: Knex.Transaction): Promise<void> {
    if (leadIds.length) await trx('import_rows').whereIn('lead_id', leadIds).update({ previous_enc: null });
  }

  async ofLeads(leadIds: number[]) {
    if (!leadIds.length) return [];
    const rows = await this.db('import_rows as r')
      .join('imports as i', 'i.id', 'r.import_id')
      .select('r.lead_id', 'i.id', 'i.file_name', 'i.finished_at', 'i.created_at', 'i.created_by', 'r.action')
      .whereIn('r.lead_id', leadIds)
      .orderBy(['r.lead_id', 'i.id']);
    return rows.map((r) => ({
      leadId: Number(r.lead_id),
      importId: Number(r.id),
      fileName: String(r.file_name),
      at: (r.finished_at ?? r.created_at) as Date,
      byUserId: Number(r.created_by),
      action: String(r.action),
    }));
  }
}
