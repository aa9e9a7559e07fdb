// Service announcements: admins post them (title, Markdown body, audience by role, significant or not, a terms
// version they point to); each one is a broadcast (in the portal for its audience; significant ones by e-mail
// too, as each user chose), and all are listed on the "What's changed" page.
import type { Knex } from 'knex';
import type { AuditService, Actor } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { ValidationError } from '../../platform/errors';
import type { Broadcasts } from './broadcasts';
import type { Announcement, AnnouncementsStore } from './data/announcementsStore';
import type { Page } from './model';

export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
const PAGE_SIZE = 10;

export interface AnnouncementInput {
  title: string;
  body: string;
  roles: string[] | null;
  significant: boolean;
  policyVersionId: number | null;
}

/** A terms version an announcement may point to. */
export interface VersionLink {
  id: number;
  label: string;
  url: string;
}

export interface AnnouncementDeps {
  db: Knex;
  store: AnnouncementsStore;
  broadcasts: Broadcasts;
  audit: AuditService;
  clock: Clock;
  baseUrl: string;
  versions: () => Promise<VersionLink[]>;
}

export class AnnouncementService {
  constructor(private readonly d: AnnouncementDeps) {}

  versions(): Promise<VersionLink[]> {
    return this.d.versions();
  }

  async post(input: AnnouncementInput, actor: Actor): Promise<number> {
    const errors: Record<string, string> = {};
    if (!input.title) errors.title = 'Give the announcement a title.';
    else if (input.title.length > TITLE_MAX) errors.title = `Keep the title under ${TITLE_MAX} characters.`;
    if (!input.body) errors.body = 'Write what changed.';
    else if (input.body.length > BODY_MAX)
      errors.body = `Keep the text under ${BODY_MAX.toLocaleString('en')} characters.`;
    const version = input.policyVersionId
      ? (await this.d.versions()).find((v) => v.id === input.policyVersionId)
      : undefined;
    if (input.policyVersionId && !version) errors.policyVersionId = 'Choose a published version from the list.';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const now = this.d.clock();
    const changes = `${this.d.baseUrl}/changes`;
    return this.d.db.transaction(async (trx) => {
      const broadcastId = await this.d.broadcasts.create(
        {
          kind: 'announcement',
          title: input.title,
          url: '/changes',
          roles: input.roles,
          email: input.significant
            ? {
                subject: input.title,
                text: `${input.body}\n\n${version ? `See ${version.label}: ${this.d.baseUrl}${version.url}\n` : ''}All announcements: ${changes}\n`,
              }
            : null,
          dueAt: now,
        },
        trx,
      );
      const id = await this.d.store.insert(input, broadcastId, actor.userId, now, trx);
      await this.d.audit.record(
        actor,
        {
          action: 'announcement.post',
          targetType: 'announcement',
          targetId: id,
          details: { roles: input.roles, significant: input.significant, policyVersionId: input.policyVersionId },
        },
        trx,
      );
      return id;
    });
  }

  /** What the user's role may read, newest first (admins read all). */
  async page(role: string, page: number): Promise<Page<Announcement>> {
    const at = Math.max(1, page);
    const { items, total } = await this.d.store.list(role === 'admin' ? null : role, (at - 1) * PAGE_SIZE, PAGE_SIZE);
    return { items, total, page: at, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  }
}
