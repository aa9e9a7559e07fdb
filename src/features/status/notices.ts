// Sending the notices: a sweep enqueues each notice that fell due (one job per notice, a deterministic job id),
// and its job writes the e-mails in batches. Each batch is one transaction under the notice's row lock: the
// next users after the cursor, their outbox rows, one delivery row each, the cursor moved on. So a second worker
// process waits and takes the next batch, a killed one leaves a cursor the next run goes on from, and a user is
// written to once per notice (the primary key of the delivery rows, and the outbox's dedupe key, hold it).
import type { Knex } from 'knex';
import type { Clock } from '../../platform/clock';
import type { MailService } from '../../platform/outbox/mail';
import type { Jobs } from '../../platform/queues';
import type { NewNotification } from '../notifications';
import type { IncidentsStore } from './data/incidentsStore';
import type { Audience, NoticesStore } from './data/noticesStore';
import type { WindowsStore } from './data/windowsStore';
import { STATUS_MAIL_PREFIX, type MaintenanceWindow, type Notice, type Role } from './model';
import { greeting, incidentNotice, windowNotice, type Composed } from './texts';

export const FANOUT_JOB = 'status-fanout';
export const DEFAULT_BATCH = 2500;

export interface FanoutDeps {
  db: Knex;
  notices: NoticesStore;
  windows: WindowsStore;
  incidents: IncidentsStore;
  mail: MailService;
  jobs: Jobs;
  clock: Clock;
  statusUrl: string;
  batchSize: number;
  /** Writes the in-app notifications beside the e-mails, in the batch's transaction. */
  notify: (rows: NewNotification[], now: Date, trx: Knex.Transaction) => Promise<number>;
}

/** A change that widened the roles: the newly affected are told too. */
const changedRoles = (n: Notice) => (n.detail as { widenedTo?: Role[] | null } | null)?.widenedTo;

interface Plan {
  audience: Audience;
  message: Composed;
}

export class NoticeFanout {
  constructor(private readonly d: FanoutDeps) {}

  /** Enqueue every notice that is due and not done (after a restart, a flushed Redis, a failed job). */
  async sweep(): Promise<number> {
    const ids = await this.due();
    await this.enqueue(ids);
    return ids.length;
  }

  /** The notices due by now and not done. */
  due(): Promise<number[]> {
    return this.d.notices.due(this.d.clock());
  }

  async enqueue(noticeIds: number[]): Promise<void> {
    await this.d.jobs.addBulk(
      'notices',
      FANOUT_JOB,
      noticeIds.map((noticeId) => ({ data: { noticeId }, jobId: `notice-${noticeId}`, removeOnComplete: true })),
    );
  }

  /** Writes the notice to its whole audience, batch after batch; returns how many e-mails this run wrote. */
  async fanOut(noticeId: number): Promise<number> {
    let written = 0;
    for (;;) {
      const step = await this.batch(noticeId);
      written += step.written;
      if (step.done) return written;
    }
  }

  private async batch(noticeId: number): Promise<{ done: boolean; written: number }> {
    const now = this.d.clock();
    return this.d.db.transaction(async (trx) => {
      // the window first (shared: an edit or a cancellation waits for this batch, so its notice sees who this
      // batch told), then the notice: the order edits take them in, so the two never deadlock
      const windowId = await this.d.notices.windowOf(noticeId, trx);
      const w = windowId ? await this.d.windows.find(windowId, trx, 'share') : undefined;
      const n = await this.d.notices.lock(noticeId, trx);
      if (!n || n.state === 'done' || n.state === 'skipped' || n.dueAt > now) return { done: true, written: 0 };
      const plan = await this.plan(n, w);
      const users = plan ? await this.d.notices.audience(plan.audience, n.cursor, this.d.batchSize, trx) : [];
      if (!plan || !users.length) {
        await this.d.notices.finish(n.id, now, trx);
        return { done: true, written: 0 };
      }
      const ids = await this.d.mail.queueMany(
        users.map((u) => ({
          ...greeting(u.name, plan.message),
          kind: `${STATUS_MAIL_PREFIX}${n.windowId ? 'maintenance' : 'incident'}.${n.kind}`,
          to: u.email,
          dedupeKey: `status-${n.id}-${u.id}`,
        })),
        trx,
      );
      const rows = users.flatMap((u, i) => (ids[i] ? [{ noticeId: n.id, userId: u.id, outboxId: ids[i] }] : []));
      await this.d.notices.deliveries(rows, now, trx);
      const kind = n.windowId ? ('maintenance' as const) : ('incident' as const);
      const url = '/status';
      await this.d.notify(
        rows.map((r) => ({ userId: r.userId, kind, title: plan.message.subject, url, outboxId: r.outboxId })),
        now,
        trx,
      );
      await this.d.notices.advance(n.id, users[users.length - 1].id, trx);
      if (users.length < this.d.batchSize) await this.d.notices.finish(n.id, now, trx);
      return { done: users.length < this.d.batchSize, written: rows.length };
    });
  }

  /** Who the notice goes to and what it says; undefined when its window or incident is gone. */
  private async plan(n: Notice, w: MaintenanceWindow | undefined): Promise<Plan | undefined> {
    const url = this.d.statusUrl;
    if (n.windowId) {
      // a cancelled window owes only its cancellation
      if (!w || (w.cancelledAt && n.kind !== 'cancelled')) return undefined;
      const audience: Audience =
        n.kind === 'changed' || n.kind === 'cancelled'
          ? { kind: 'notified', windowId: w.id, before: n.id, alsoRoles: changedRoles(n) }
          : { kind: 'affected', roles: w.roles };
      return { audience, message: windowNotice(n, w, url) };
    }
    const incident = n.updateId ? await this.d.incidents.findByUpdate(n.updateId) : undefined;
    const update = incident?.updates.find((u) => u.id === n.updateId);
    if (!incident || !update) return undefined;
    return {
      audience: { kind: 'affected', roles: incident.roles },
      message: incidentNotice(incident, update, url),
    };
  }
}
