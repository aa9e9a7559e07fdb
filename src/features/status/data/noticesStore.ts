// The notices windows and incidents owe, their fan-out cursors, and one delivery row per user per notice.
import type { Knex } from 'knex';
import type { Notice, NoticeCounts, NoticeKind, NoticeState } from '../model';
import type { Role } from '../model';

type Row = Record<string, any>;
const toNotice = (r: Row): Notice => ({
  id: Number(r.id),
  windowId: r.window_id === null ? null : Number(r.window_id),
  updateId: r.update_id === null ? null : Number(r.update_id),
  kind: r.kind,
  revision: r.revision,
  dueAt: r.due_at,
  state: r.state,
  skipReason: r.skip_reason,
  cursor: Number(r.cursor),
  createdAt: r.created_at,
  doneAt: r.done_at,
  detail: r.detail ?? null,
});

export interface NewNotice {
  windowId?: number;
  updateId?: number;
  kind: NoticeKind;
  revision?: number;
  dueAt: Date;
  state?: NoticeState;
  skipReason?: string | null;
  detail?: Record<string, unknown>;
}
/** Who a fan-out batch writes to. */
export interface Addressee {
  id: number;
  email: string;
  name: string;
}
export type Audience =
  | { kind: 'affected'; roles: Role[] | null }
  /** Users told of this window by its notices older than `before` (a notice id); with `alsoRoles`, also every
   * user those roles now affect (null: everyone). */
  | { kind: 'notified'; windowId: number; before: number; alsoRoles?: Role[] | null };

export class NoticesStore {
  constructor(private readonly db: Knex) {}

  /** Adds notices; one that exists (same window, kind and revision) is left as it is. */
  async insert(notices: NewNotice[], now: Date, trx: Knex.Transaction): Promise<Notice[]> {
    if (!notices.length) return [];
    const rows = await trx('status_notices')
      .insert(
        notices.map((n) => ({
          window_id: n.windowId ?? null,
          update_id: n.updateId ?? null,
          kind: n.kind,
          revision: n.revision ?? 0,
          due_at: n.dueAt,
          state: n.state ?? 'pending',
          skip_reason: n.skipReason ?? null,
          detail: n.detail ? JSON.stringify(n.detail) : null,
          created_at: now,
        })),
      )
      .onConflict()
      .ignore()
      .returning('*');
    return rows.map(toNotice);
  }

  async forWindow(windowId: number, trx?: Knex.Transaction): Promise<Notice[]> {
    const rows = await (trx ?? this.db)('status_notices').where({ window_id: windowId }).orderBy('id');
    return rows.map(toNotice);
  }

  /** A notice not yet fanned out: its due time and state (pending or skipped). */
  async reschedule(
    id: number,
    dueAt: Date,
    state: 'pending' | 'skipped',
    reason: string | null,
    trx: Knex.Transaction,
  ) {
    await trx('status_notices')
      .where({ id, cursor: 0 })
      .whereIn('state', ['pending', 'skipped'])
      .update({ due_at: dueAt, state, skip_reason: reason });
  }

  /** Every notice of the window not begun yet is skipped (the window was cancelled). */
  async skipPending(windowId: number, reason: string, trx: Knex.Transaction): Promise<void> {
    await trx('status_notices')
      .where({ window_id: windowId, state: 'pending', cursor: 0 })
      .update({ state: 'skipped', skip_reason: reason });
  }

  /** Notices due by `now` and not done: what the sweep enqueues. */
  async due(now: Date, limit = 100): Promise<number[]> {
    const rows = await this.db('status_notices')
      .whereIn('state', ['pending', 'sending'])
      .where('due_at', '<=', now)
      .orderBy('due_at')
      .limit(limit)
      .select('id');
    return rows.map((r) => Number(r.id));
  }

  /** The window a notice belongs to (null for an incident's), read without a lock. */
  async windowOf(id: number, trx: Knex.Transaction): Promise<number | null> {
    const r = await trx('status_notices').where({ id }).first('window_id');
    return r?.window_id ? Number(r.window_id) : null;
  }

  /** Locks the notice for one fan-out batch: a second worker waits for this batch, then writes the next. */
  async lock(id: number, trx: Knex.Transaction): Promise<Notice | undefined> {
    const r = await trx('status_notices').where({ id }).forUpdate().first();
    return r ? toNotice(r) : undefined;
  }

  async advance(id: number, cursor: number, trx: Knex.Transaction): Promise<void> {
    await trx('status_notices').where({ id }).update({ cursor, state: 'sending' });
  }

  async finish(id: number, now: Date, trx: Knex.Transaction): Promise<void> {
    await trx('status_notices').where({ id }).update({ state: 'done', done_at: now });
  }

  /** The next `limit` users of the audience after user id `after`, by id. */
  async audience(a: Audience, after: number, limit: number, trx: Knex.Transaction): Promise<Addressee[]> {
    const q = trx('users as u')
      .where('u.status', 'active')
      .where('u.id', '>', after)
      .orderBy('u.id')
      .limit(limit)
      .select('u.id', 'u.email', 'u.name');
    if (a.kind === 'affected' && a.roles) q.whereIn('u.role', a.roles);
    if (a.kind === 'notified')
      q.where((either) => {
        void either.whereExists((sub) => {
          void sub
            .from('status_deliveries as d')
            .join('status_notices as n', 'n.id', 'd.notice_id')
            .where('n.window_id', a.windowId)
            .where('n.id', '<', a.before)
            .whereRaw('d.user_id = u.id');
        });
        if (a.alsoRoles === null) void either.orWhereRaw('true');
        else if (a.alsoRoles) void either.orWhereIn('u.role', a.alsoRoles);
      });
    return (await q).map((r) => ({ id: Number(r.id), email: r.email, name: r.name }));
  }

  async deliveries(rows: { noticeId: number; userId: number; outboxId: number }[], now: Date, trx: Knex.Transaction) {
    if (!rows.length) return;
    // one JSON parameter for the batch, not four bindings per row
    await trx.raw(
      `insert into status_deliveries (notice_id, user_id, outbox_id, created_at)
       select notice_id, user_id, outbox_id, ? from jsonb_to_recordset(?::jsonb) as r(notice_id bigint, user_id bigint, outbox_id bigint)
       on conflict (notice_id, user_id) do nothing`,
      [now, JSON.stringify(rows.map((r) => ({ notice_id: r.noticeId, user_id: r.userId, outbox_id: r.outboxId })))],
    );
  }

  async counts(noticeIds: number[]): Promise<NoticeCounts[]> {
    if (!noticeIds.length) return [];
    const rows = await this.db('status_deliveries as d')
      .join('outbox as o', 'o.id', 'd.outbox_id')
      .whereIn('d.notice_id', noticeIds)
      .groupBy('d.notice_id')
      .select('d.notice_id')
      .count<Row[]>('* as due')
      .select(this.db.raw('count(o.sent_at) as sent'))
      .select(
        this.db.raw(
          'count(*) filter (where o.sent_at is null and (o.given_up_at is not null or o.last_error is not null)) as failed',
        ),
      );
    return rows.map((r) => ({
      noticeId: Number(r.notice_id),
      due: Number(r.due),
      sent: Number(r.sent),
      failed: Number(r.failed),
    }));
  }

  /** Every delivery of a window's notices: who was told what and when (for the admin's CSV). */
  deliveryLog(windowId: number) {
    return this.db('status_deliveries as d')
      .join('status_notices as n', 'n.id', 'd.notice_id')
      .join('users as u', 'u.id', 'd.user_id')
      .join('outbox as o', 'o.id', 'd.outbox_id')
      .where('n.window_id', windowId)
      .orderBy(['n.id', 'd.user_id'])
      .select(
        'n.kind',
        'n.revision',
        'u.email',
        'd.created_at as queued_at',
        'o.sent_at',
        'o.given_up_at',
        'o.last_error',
      )
      .stream();
  }
}
