// Broadcasts (one message to many users, written in batches from a cursor) in PostgreSQL.
import type { Knex } from 'knex';
import type { Broadcast, NewBroadcast, NotificationKind } from '../model';

export interface Addressee {
  id: number;
  email: string;
  name: string;
}

const toBroadcast = (r: Record<string, unknown>): Broadcast => ({
  id: Number(r.id),
  kind: r.kind as NotificationKind,
  title: r.title as string,
  body: r.body as string,
  url: (r.url as string | null) ?? null,
  roles: (r.roles as string[] | null) ?? null,
  email: Boolean(r.email),
  emailSubject: (r.email_subject as string | null) ?? null,
  emailText: (r.email_text as string | null) ?? null,
  dueAt: r.due_at as Date,
  state: r.state as Broadcast['state'],
  cursor: Number(r.cursor),
  createdAt: r.created_at as Date,
  doneAt: (r.done_at as Date | null) ?? null,
});

export class BroadcastsStore {
  constructor(private readonly db: Knex) {}

  async insert(b: NewBroadcast, now: Date, trx: Knex.Transaction): Promise<number> {
    const [r] = await trx('broadcasts')
      .insert({
        kind: b.kind,
        title: b.title,
        body: b.body ?? '',
        url: b.url ?? null,
        roles: b.roles,
        email: Boolean(b.email),
        email_subject: b.email?.subject ?? null,
        email_text: b.email?.text ?? null,
        due_at: b.dueAt,
        created_at: now,
      })
      .returning('id');
    return Number(r.id);
  }

  async find(id: number): Promise<Broadcast | undefined> {
    const r = await this.db('broadcasts').where({ id }).first();
    return r && toBroadcast(r);
  }

  async lock(id: number, trx: Knex.Transaction): Promise<Broadcast | undefined> {
    const r = await trx('broadcasts').where({ id }).forUpdate().first();
    return r && toBroadcast(r);
  }

  async due(now: Date, limit = 100): Promise<number[]> {
    const rows = await this.db('broadcasts')
      .where({ state: 'pending' })
      .where('due_at', '<=', now)
      .orderBy('id')
      .limit(limit)
      .select('id');
    return rows.map((r) => Number(r.id));
  }

  /** The next `limit` active users (of the roles, if any) after user id `after`, by id. */
  async audience(roles: string[] | null, after: number, limit: number, trx: Knex.Transaction): Promise<Addressee[]> {
    const q = trx('users')
      .where({ status: 'active' })
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .select('id', 'email', 'name');
    if (roles) void q.whereIn('role', roles);
    return (await q).map((r) => ({ id: Number(r.id), email: r.email, name: r.name }));
  }

  async advance(id: number, cursor: number, trx: Knex.Transaction): Promise<void> {
    await trx('broadcasts').where({ id }).update({ cursor });
  }

  async finish(id: number, now: Date, trx: Knex.Transaction): Promise<void> {
    await trx('broadcasts').where({ id }).update({ state: 'done', done_at: now });
  }

  /** How many were told, and by e-mail. */
  async progress(id: number): Promise<{ told: number; emailed: number }> {
    const r = await this.db('notifications')
      .where({ broadcast_id: id })
      .select(this.db.raw('count(*)::int as told'), this.db.raw('count(outbox_id)::int as emailed'))
      .first();
    return { told: r?.told ?? 0, emailed: r?.emailed ?? 0 };
  }
}
