// Maintenance windows and the banners users dismissed, in PostgreSQL.
import type { Knex } from 'knex';
import type { MaintenanceWindow, WindowInput } from '../model';

type Row = Record<string, any>;
const toWindow = (r: Row): MaintenanceWindow => ({
  id: Number(r.id),
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  impact: r.impact,
  roles: r.roles ?? null,
  message: r.message,
  revision: r.revision,
  cancelledAt: r.cancelled_at,
  endedEarlyAt: r.ended_early_at,
  createdBy: r.created_by === null ? null : Number(r.created_by),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toRow = (w: Partial<WindowInput>): Row => {
  const row: Row = {};
  if (w.startsAt) row.starts_at = w.startsAt;
  if (w.endsAt) row.ends_at = w.endsAt;
  if (w.impact) row.impact = w.impact;
  if (w.roles !== undefined) row.roles = w.roles;
  if (w.message !== undefined) row.message = w.message;
  return row;
};

export class WindowsStore {
  constructor(private readonly db: Knex) {}

  async insert(w: WindowInput, createdBy: number | null, now: Date, trx: Knex.Transaction): Promise<MaintenanceWindow> {
    const [r] = await trx('maintenance_windows')
      .insert({ ...toRow(w), created_by: createdBy, created_at: now, updated_at: now })
      .returning('*');
    return toWindow(r);
  }

  async find(id: number, trx?: Knex.Transaction, lock?: 'update' | 'share'): Promise<MaintenanceWindow | undefined> {
    const q = (trx ?? this.db)('maintenance_windows').where({ id });
    const r = await (lock === 'update' ? q.forUpdate() : lock === 'share' ? q.forShare() : q).first();
    return r ? toWindow(r) : undefined;
  }

  async update(
    id: number,
    change: Partial<WindowInput> & { revision?: number; cancelledAt?: Date; endedEarlyAt?: Date },
    now: Date,
    trx: Knex.Transaction,
  ): Promise<MaintenanceWindow> {
    const row = toRow(change);
    if (change.revision) row.revision = change.revision;
    if (change.cancelledAt) row.cancelled_at = change.cancelledAt;
    if (change.endedEarlyAt) row.ended_early_at = change.endedEarlyAt;
    const [r] = await trx('maintenance_windows')
      .where({ id })
      .update({ ...row, updated_at: now })
      .returning('*');
    return toWindow(r);
  }

  /** Windows not cancelled that overlap [startsAt, endsAt), other than `except`. */
  async overlapping(startsAt: Date, endsAt: Date, except: number | null, trx: Knex.Transaction): Promise<number[]> {
    const rows = await trx('maintenance_windows')
      .whereNull('cancelled_at')
      .where('starts_at', '<', endsAt)
      .where('ends_at', '>', startsAt)
      .modify((q) => void (except !== null && q.whereNot({ id: except })))
      .select('id');
    return rows.map((r: { id: string }) => Number(r.id));
  }

  /** Windows that have not ended by `since` (cancelled ones too), soonest first. */
  async current(since: Date, limit = 50): Promise<MaintenanceWindow[]> {
    const rows = await this.db('maintenance_windows').where('ends_at', '>', since).orderBy('starts_at').limit(limit);
    return rows.map(toWindow);
  }

  /** Windows that started since `since` or later, newest first (for the admin list and the status page). */
  async recent(since: Date, limit = 200): Promise<MaintenanceWindow[]> {
    const rows = await this.db('maintenance_windows')
      .where('ends_at', '>=', since)
      .orderBy('starts_at', 'desc')
      .limit(limit);
    return rows.map(toWindow);
  }

  async dismiss(userId: number, windowId: number, revision: number): Promise<void> {
    await this.db('maintenance_dismissals')
      .insert({ user_id: userId, window_id: windowId, revision })
      .onConflict(['user_id', 'window_id'])
      .merge(['revision']);
  }

  /** The revision of the window the user dismissed the banner of, if they did. */
  async dismissed(userId: number, windowId: number): Promise<number | undefined> {
    const r = await this.db('maintenance_dismissals').where({ user_id: userId, window_id: windowId }).first();
    return r ? r.revision : undefined;
  }
}
