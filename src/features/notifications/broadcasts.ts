// One message to many users: a terms version, an announcement, a decline the admins must hear of. Recorded in
// the caller's transaction (so it is owed once that commits), enqueued after the commit and by a sweep (every
// 10 s, and at worker start: Redis may forget). Its job writes in batches; each batch is one transaction under
// the broadcast's row lock: the next users after the cursor, their notifications, their e-mails (outbox, dedupe
// key per broadcast and user), the cursor moved on. A killed worker leaves a cursor the next run goes on from,
// a second worker waits for the lock, and the unique (broadcast, user) key holds each user to one notification.
import type { Knex } from 'knex';
import type { Clock } from '../../platform/clock';
import type { Logger } from '../../platform/logger';
import type { MailService } from '../../platform/outbox/mail';
import type { Jobs } from '../../platform/queues';
import type { BroadcastsStore } from './data/broadcastsStore';
import type { NotificationsStore } from './data/notificationsStore';
import { EMAIL_BY_DEFAULT, isOptionalKind, type Broadcast, type NewBroadcast } from './model';

export const BROADCAST_JOB = 'broadcast-fanout';
export const DEFAULT_BATCH = 2500;
/** The kind of the outbox rows a broadcast writes. */
export const BROADCAST_MAIL_PREFIX = 'notice.';

export interface BroadcastDeps {
  db: Knex;
  store: BroadcastsStore;
  notifications: NotificationsStore;
  mail: MailService;
  jobs: Jobs;
  clock: Clock;
  log: Logger;
  batchSize: number;
}

export const greet = (name: string, text: string) => `Hello ${name},\n\n${text}`;

export class Broadcasts {
  constructor(private readonly d: BroadcastDeps) {}

  /** Records the broadcast in the caller's transaction; it is enqueued once that commits. */
  async create(b: NewBroadcast, trx: Knex.Transaction): Promise<number> {
    const id = await this.d.store.insert(b, this.d.clock(), trx);
    void trx.executionPromise.then(
      () =>
        this.enqueue([id]).catch((err: Error) =>
          this.d.log.warn({ err: err.message, broadcastId: id }, 'broadcast not enqueued; the sweep will'),
        ),
      () => undefined,
    );
    return id;
  }

  /** Enqueues every broadcast due and not done (after a restart, a flushed Redis, a failed job). */
  async sweep(): Promise<number> {
    const ids = await this.d.store.due(this.d.clock());
    await this.enqueue(ids);
    return ids.length;
  }

  async enqueue(ids: number[]): Promise<void> {
    await this.d.jobs.addBulk(
      'notices',
      BROADCAST_JOB,
      ids.map((broadcastId) => ({ data: { broadcastId }, jobId: `broadcast-${broadcastId}`, removeOnComplete: true })),
    );
  }

  /** Writes the broadcast to its whole audience, batch after batch; returns how many users this run told. */
  async fanOut(id: number): Promise<number> {
    let told = 0;
    for (;;) {
      const step = await this.batch(id);
      told += step.told;
      if (step.done) return told;
    }
  }

  /** Tells nobody more (those told stay told): a withdrawn terms version's own announcement. */
  async stop(id: number, trx: Knex.Transaction): Promise<void> {
    await this.d.store.finish(id, this.d.clock(), trx);
  }

  progress(id: number) {
    return this.d.store.progress(id);
  }

  private async batch(id: number): Promise<{ done: boolean; told: number }> {
    const now = this.d.clock();
    return this.d.db.transaction(async (trx) => {
      const b = await this.d.store.lock(id, trx);
      if (!b || b.state === 'done' || b.dueAt > now) return { done: true, told: 0 };
      const users = await this.d.store.audience(b.roles, b.cursor, this.d.batchSize, trx);
      if (!users.length) {
        await this.d.store.finish(id, now, trx);
        return { done: true, told: 0 };
      }
      const mailed = b.email ? await this.emailed(b, users, trx) : [];
      const ids = await this.d.mail.queueMany(
        mailed.map((u) => ({
          kind: `${BROADCAST_MAIL_PREFIX}${b.kind}`,
          to: u.email,
          subject: b.emailSubject ?? b.title,
          text: greet(u.name, b.emailText ?? b.body ?? ''),
          dedupeKey: `broadcast-${b.id}-${u.id}`,
        })),
        trx,
      );
      const outbox = new Map(mailed.map((u, i) => [u.id, ids[i]]));
      const told = await this.d.notifications.insertMany(
        users.map((u) => ({
          userId: u.id,
          kind: b.kind,
          title: b.title,
          body: b.body,
          url: b.url,
          broadcastId: b.id,
          outboxId: outbox.get(u.id) ?? null,
        })),
        now,
        trx,
      );
      await this.d.store.advance(id, users[users.length - 1].id, trx);
      const done = users.length < this.d.batchSize;
      if (done) await this.d.store.finish(id, now, trx);
      return { done, told };
    });
  }

  /** The batch's users who get the e-mail: all for a service notice, else as each one chose (or the default). */
  private async emailed<U extends { id: number }>(b: Broadcast, users: U[], trx: Knex.Transaction): Promise<U[]> {
    if (!isOptionalKind(b.kind)) return users;
    const byDefault = EMAIL_BY_DEFAULT[b.kind];
    const ids = users.map((u) => u.id);
    const differ = await this.d.notifications.chose(ids, b.kind, !byDefault, trx);
    return users.filter((u) => differ.has(u.id) !== byDefault);
  }
}
