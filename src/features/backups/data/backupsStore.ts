// Backup rows in PostgreSQL.
import type { Knex } from 'knex';
import type { Backup, BackupState, BackupTrigger, Manifest } from '../model';

type Row = Record<string, any>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const toBackup = (r: Row): Backup => ({
  id: Number(r.id),
  state: r.state,
  trigger: r.trigger,
  slot: r.slot,
  requestedBy: num(r.requested_by),
  file: r.file,
  keyId: r.key_id,
  size: num(r.size),
  sha256: r.sha256,
  manifest: r.manifest,
  phase: r.phase,
  progressDone: Number(r.progress_done),
  progressTotal: Number(r.progress_total),
  createdAt: r.created_at,
  startedAt: r.started_at,
  dumpedAt: r.dumped_at,
  dumpMs: r.dump_ms,
  verifiedAt: r.verified_at,
  verifyMs: r.verify_ms,
  failure: r.failure,
  pinned: r.pinned,
  prunedAt: r.pruned_at,
  pruneReason: r.prune_reason,
  acknowledgedAt: r.acknowledged_at,
});

export class BackupsStore {
  constructor(private readonly db: Knex) {}

  /** A new queued backup; for a scheduled time that already has one, undefined. */
  async insert(
    b: { trigger: BackupTrigger; slot?: Date; requestedBy?: number | null },
    now: Date,
    trx?: Knex.Transaction,
  ): Promise<number | undefined> {
    const rows = await (trx ?? this.db)('backups')
      .insert({ trigger: b.trigger, slot: b.slot ?? null, requested_by: b.requestedBy ?? null, created_at: now })
      .onConflict('slot')
      .ignore()
      .returning<{ id: string }[]>('id');
    return rows[0] ? Number(rows[0].id) : undefined;
  }

  async find(id: number): Promise<Backup | undefined> {
    const r = (await this.db('backups').where({ id }).first()) as Row | undefined;
    return r && toBackup(r);
  }

  async findByFile(file: string): Promise<Backup | undefined> {
    const r = (await this.db('backups').where({ file }).first()) as Row | undefined;
    return r && toBackup(r);
  }

  async list(limit = 200): Promise<Backup[]> {
    const rows = (await this.db('backups').orderBy('id', 'desc').limit(limit)) as Row[];
    return rows.map(toBackup);
  }

  async inState(states: BackupState[]): Promise<Backup[]> {
    const rows = (await this.db('backups').whereIn('state', states).orderBy('id')) as Row[];
    return rows.map(toBackup);
  }

  async hasSlot(slot: Date): Promise<boolean> {
    return Boolean(await this.db('backups').where({ slot }).first('id'));
  }

  async update(id: number, fields: Record<string, unknown>, trx?: Knex.Transaction): Promise<void> {
    await (trx ?? this.db)('backups').where({ id }).update(fields);
  }

  async progress(id: number, phase: string, done: number, total: number): Promise<void> {
    await this.db('backups').where({ id }).update({ phase, progress_done: done, progress_total: total });
  }

  async started(id: number, file: string, keyId: number, total: number, now: Date): Promise<void> {
    await this.update(id, {
      state: 'running',
      file,
      key_id: keyId,
      started_at: now,
      phase: 'dumping',
      progress_done: 0,
      progress_total: total,
      failure: null,
    });
  }

  async dumped(id: number, m: Manifest, now: Date): Promise<void> {
    await this.update(id, {
      state: 'verifying',
      size: m.size,
      sha256: m.sha256,
      manifest: JSON.stringify(m),
      dumped_at: now,
      dump_ms: m.durationMs,
      phase: 'verifying',
      progress_done: 0,
      progress_total: m.size,
    });
  }

  /** The newest verified backup's size (to estimate the next one's). */
  async lastSize(): Promise<number | undefined> {
    const r = await this.db('backups')
      .where({ state: 'verified' })
      .orderBy('id', 'desc')
      .first<Row | undefined>('size');
    return r ? Number(r.size) : undefined;
  }

  /** Failed backups no admin has acknowledged yet, newest first. */
  async unacknowledged(): Promise<Backup[]> {
    const rows = (await this.db('backups')
      .where({ state: 'failed' })
      .whereNull('acknowledged_at')
      .orderBy('id', 'desc')) as Row[];
    return rows.map(toBackup);
  }

  async acknowledge(by: number, upTo: number, now: Date, trx: Knex.Transaction): Promise<number[]> {
    const rows = await trx('backups')
      .where({ state: 'failed' })
      .where('id', '<=', upTo)
      .whereNull('acknowledged_at')
      .update({ acknowledged_at: now, acknowledged_by: by })
      .returning<{ id: string }[]>('id');
    return rows.map((r) => Number(r.id));
  }
}
