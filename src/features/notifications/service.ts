// The notification center: a user's notifications (written by broadcasts and by features, one at a time),
// the unread count, marking read, and the e-mail preferences of the optional kinds.
import type { Knex } from 'knex';
import type { AuditService, Actor } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { MailService } from '../../platform/outbox/mail';
import { NotFoundError } from '../../platform/errors';
import { BROADCAST_MAIL_PREFIX, greet } from './broadcasts';
import type { NotificationsStore } from './data/notificationsStore';
import {
  EMAIL_BY_DEFAULT,
  isOptionalKind,
  OPTIONAL_KINDS,
  type NewNotification,
  type Notification,
  type OptionalKind,
  type Page,
} from './model';

export const PAGE_SIZE = 20;

export interface Recipient {
  id: number;
  email: string;
  name: string;
}

export interface CenterDeps {
  db: Knex;
  store: NotificationsStore;
  mail: MailService;
  audit: AuditService;
  clock: Clock;
}

export class NotificationCenter {
  constructor(private readonly d: CenterDeps) {}

  /**
   * Tells one user, in the portal and (with `email`) by e-mail: always for a service notice, as the user chose for
   * an optional kind. With `trx`, both are written with the caller's change.
   */
  async notify(
    to: Recipient,
    n: Omit<NewNotification, 'userId'>,
    email?: { subject: string; text: string; dedupeKey?: string },
    trx?: Knex.Transaction,
  ): Promise<void> {
    const run = async (t: Knex.Transaction) => {
      const send = email && (await this.emailWanted(to.id, n.kind, t));
      const outboxId = send
        ? await this.d.mail.queue(
            {
              kind: `${BROADCAST_MAIL_PREFIX}${n.kind}`,
              to: to.email,
              subject: email.subject,
              text: greet(to.name, email.text),
              dedupeKey: email.dedupeKey,
            },
            t,
          )
        : undefined;
      await this.d.store.insertMany([{ ...n, userId: to.id, outboxId: outboxId ?? null }], this.d.clock(), t);
    };
    await (trx ? run(trx) : this.d.db.transaction(run));
  }

  private async emailWanted(userId: number, kind: string, trx: Knex.Transaction): Promise<boolean> {
    if (!isOptionalKind(kind)) return true;
    const byDefault = EMAIL_BY_DEFAULT[kind];
    return (await this.d.store.chose([userId], kind, !byDefault, trx)).has(userId) !== byDefault;
  }

  async page(userId: number, page: number): Promise<Page<Notification>> {
    const total = await this.d.store.count(userId);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const at = Math.min(Math.max(1, page), pages);
    return { items: await this.d.store.list(userId, (at - 1) * PAGE_SIZE, PAGE_SIZE), page: at, pages, total };
  }

  unread(userId: number): Promise<number> {
    return this.d.store.count(userId, true);
  }

  /** Marks the user's own notification read (another user's is not found); returns where it points. */
  async read(userId: number, id: number): Promise<string | null> {
    const n = await this.d.store.find(userId, id);
    if (!n) throw new NotFoundError();
    await this.d.store.markRead(userId, this.d.clock(), id);
    return n.url;
  }

  readAll(userId: number): Promise<number> {
    return this.d.store.markRead(userId, this.d.clock());
  }

  /** The user's e-mail choice for each optional kind (the default where they made none). */
  async prefs(userId: number): Promise<Record<OptionalKind, boolean>> {
    const chosen = await this.d.store.prefs(userId);
    return Object.fromEntries(OPTIONAL_KINDS.map((k) => [k, chosen.get(k) ?? EMAIL_BY_DEFAULT[k]])) as Record<
      OptionalKind,
      boolean
    >;
  }

  async savePrefs(userId: number, choices: Record<OptionalKind, boolean>, actor: Actor): Promise<void> {
    await this.d.db.transaction(async (trx) => {
      await this.d.store.setPrefs(userId, choices, trx);
      await this.d.audit.record(
        actor,
        { action: 'notifications.preferences', targetType: 'user', targetId: userId, details: choices },
        trx,
      );
    });
  }
}
