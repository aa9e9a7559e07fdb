// Notifications and the e-mail preferences in PostgreSQL.
import type { Knex } from 'knex';
import { preparedSelect } from '../../../platform/db';
import { ShapeCache } from '../../../platform/shapes';
import type { NewNotification, Notification, NotificationKind, OptionalKind } from '../model';

type Row = Record<string, unknown>;
const toNotification = (r: Row): Notification => ({
  id: Number(r.id),
  userId: Number(r.user_id),
  kind: r.kind as NotificationKind,
  title: r.title as string,
  body: r.body as string,
  url: (r.url as string | null) ?? null,
  createdAt: r.created_at as Date,
  readAt: (r.read_at as Date | null) ?? null,
});

export class NotificationsStore {
  private readonly shapes: ShapeCache;
  constructor(private readonly db: Knex) {
    this.shapes = new ShapeCache(db);
  }

  /** Writes the rows in one statement (one JSON parameter); a broadcast's user already told is skipped. */
  async insertMany(rows: NewNotification[], now: Date, trx?: Knex.Transaction): Promise<number> {
    if (!rows.length) return 0;
    const json = rows.map((n) => ({
      user_id: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? '',
      url: n.url ?? null,
      broadcast_id: n.broadcastId ?? null,
      outbox_id: n.outboxId ?? null,
    }));
    const r = await (trx ?? this.db).raw(
      `insert into notifications (user_id, kind, title, body, url, broadcast_id, outbox_id, created_at)
       select user_id, kind, title, body, url, broadcast_id, outbox_id, ?
       from jsonb_to_recordset(?::jsonb)
         as r(user_id int, kind text, title text, body text, url text, broadcast_id bigint, outbox_id bigint)
       on conflict (broadcast_id, user_id) do nothing`,
      [now, JSON.stringify(json)],
    );
    return r.rowCount ?? 0;
  }

  async list(userId: number, offset: number, limit: number): Promise<Notification[]> {
    const rows = await this.db('notifications')
      .where({ user_id: userId })
      .orderBy('id', 'desc')
      .offset(offset)
      .limit(limit)
      .select('id', 'user_id', 'kind', 'title', 'body', 'url', 'created_at', 'read_at');
    return rows.map(toNotification);
  }

  async find(userId: number, id: number): Promise<Notification | undefined> {
    const r = await this.db('notifications').where({ user_id: userId, id }).first();
    return r && toNotification(r);
  }

  async count(userId: number, unreadOnly = false): Promise<number> {
    const build = (id: number) => {
      const q = this.db('notifications').where({ user_id: id });
      if (unreadOnly) void q.whereNull('read_at');
      return q.count({ n: '*' });
    };
    // every signed-in page asks for the unread count: compiled once, planned once per connection (one index either way)
    const key = `notifications.count:${unreadOnly ? 'unread' : 'all'}`;
    const [r] = await preparedSelect(
      this.db,
      this.shapes.compile(key, (param) => param(userId), build),
    );
    return Number(r.n);
  }

  /** Marks one (or, without id, every) unread notification of the user read; returns how many. */
  async markRead(userId: number, now: Date, id?: number): Promise<number> {
    const q = this.db('notifications').where({ user_id: userId }).whereNull('read_at');
    if (id !== undefined) void q.where({ id });
    return q.update({ read_at: now });
  }

  /** The user's explicit e-mail choices. */
  async prefs(userId: number): Promise<Map<string, boolean>> {
    const rows = await this.db('notification_email_prefs').where({ user_id: userId }).select('kind', 'email');
    return new Map(rows.map((r) => [r.kind as string, Boolean(r.email)]));
  }

  async setPrefs(userId: number, choices: Record<OptionalKind, boolean>, trx: Knex.Transaction): Promise<void> {
    const rows = Object.entries(choices).map(([kind, email]) => ({ user_id: userId, kind, email }));
    await trx('notification_email_prefs').insert(rows).onConflict(['user_id', 'kind']).merge(['email']);
  }

  /** Of these users, those who chose `email` (true or false) for the kind. */
  async chose(userIds: number[], kind: string, email: boolean, trx?: Knex.Transaction): Promise<Set<number>> {
    if (!userIds.length) return new Set();
    const rows = await (trx ?? this.db)('notification_email_prefs')
      .where({ kind, email })
      .whereIn('user_id', userIds)
      .select('user_id');
    return new Set(rows.map((r) => Number(r.user_id)));
  }
}
