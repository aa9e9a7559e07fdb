// What a compliance review does to campaigns (the compliance feature decides; this applies it): release a held
// campaign as it is, reject it, send it back to its sender as a draft with the reason, and stop every campaign of a
// suspended or terminated user. Also the campaign as its recipients would see it, for the flag page.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { ValidationError } from '../../platform/errors';
import type { User } from '../accounts';
import type { AttachmentsStore } from './data/attachmentsStore';
import type { CampaignsStore } from './data/campaignsStore';
import { campaignMessage, sendableSettings } from './message';
import type { Campaign, CampaignState } from './model';
import type { CampaignService } from './service';
import type { Logger } from '../../platform/logger';
import type { CampaignSender } from './sending';
import type { CampaignSettingsService } from './settings';

const HELD: CampaignState[] = ['needs_review', 'blocked'];
const LIVE: CampaignState[] = ['scheduled', 'needs_review', 'preparing', 'sending', 'paused'];

export class CampaignReview {
  constructor(
    private readonly d: {
      db: Knex;
      campaigns: CampaignsStore;
      attachments: AttachmentsStore;
      service: Pick<CampaignService, 'previewRecipients' | 'preview'>;
      sender: Pick<CampaignSender, 'enqueueStart'>;
      settings: CampaignSettingsService;
      audit: AuditService;
      clock: Clock;
      log: Logger;
      baseUrl: string;
    },
  ) {}

  /** Whether the campaign waits for a compliance officer (held for review, or blocked). */
  async isHeld(id: number, trx?: Knex.Transaction): Promise<boolean> {
    const c = await this.d.campaigns.findAny(id, trx);
    return Boolean(c && HELD.includes(c.state));
  }

  find(id: number, trx?: Knex.Transaction): Promise<Campaign | undefined> {
    return this.d.campaigns.findAny(id, trx);
  }

  /** A held campaign sends as it is: back to scheduled (now, if its time has passed), cleared of the scan. */
  async release(id: number, actor: Actor, trx: Knex.Transaction): Promise<void> {
    const c = await this.d.campaigns.findAny(id, trx, true);
    const now = this.d.clock();
    const at = c?.scheduledAt && c.scheduledAt > now ? c.scheduledAt : now;
    const fields = { clearedAt: now, scheduledAt: at, stateReason: 'Released by a compliance officer.' };
    if (!(await this.d.campaigns.transition(id, ['needs_review'], 'scheduled', fields, trx)))
      throw new ValidationError({
        reason: `Only a campaign held for review can be released (it is ${c?.state ?? 'gone'}).`,
      });
    await this.d.audit.record(actor, { action: 'campaign.release', targetType: 'campaign', targetId: id }, trx);
    // after the commit; if Redis is away the sweep starts it (it is due and cleared)
    void trx.executionPromise
      .then(
        () => this.d.sender.enqueueStart(id, now),
        () => undefined, // rolled back: nothing to start
      )
      .catch((err: unknown) => this.d.log.warn({ err, campaignId: id }, 'release: start not enqueued'));
  }

  async reject(id: number, reason: string, actor: Actor, trx: Knex.Transaction): Promise<void> {
    const stateReason = `Rejected by a compliance officer: ${reason}`;
    const fields = { stateReason, finishedAt: this.d.clock() };
    if (!(await this.d.campaigns.transition(id, HELD, 'rejected', fields, trx)))
      throw new ValidationError({ reason: 'Only a held or blocked campaign can be rejected.' });
    await this.d.audit.record(actor, { action: 'campaign.reject', targetType: 'campaign', targetId: id }, trx);
  }

  /** Back to its sender as a draft, with what to change; sending it again scans it and holds it for review. */
  async requestChanges(id: number, reason: string, actor: Actor, trx: Knex.Transaction): Promise<void> {
    const fields = {
      stateReason: `Changes requested by a compliance officer: ${reason}`,
      scheduledAt: null,
      clearedAt: null,
    };
    if (!(await this.d.campaigns.transition(id, HELD, 'draft', fields, trx)))
      throw new ValidationError({ reason: 'Only a held or blocked campaign can be sent back for changes.' });
    await this.d.audit.record(
      actor,
      { action: 'campaign.changes_requested', targetType: 'campaign', targetId: id },
      trx,
    );
  }

  /** Every scheduled, held or running campaign of the user stops at once, saying why. */
  async stopAllOf(userId: number, reason: string, trx: Knex.Transaction): Promise<number[]> {
    const ids = await this.d.campaigns.ownedIn(userId, LIVE, trx);
    for (const id of ids)
      await this.d.campaigns.transition(id, LIVE, 'stopped', { stateReason: reason, finishedAt: this.d.clock() }, trx);
    return ids;
  }

  /** The campaign for its first recipient, as they would get it (or for its owner, before it has any). */
  async asSent(c: Campaign, owner: User) {
    const ready = sendableSettings(await this.d.settings.get());
    const [first] = await this.d.service.previewRecipients(owner, { ...c, state: 'draft' }, 1);
    const attachments = await this.d.attachments.list(c.id);
    if (!ready) return { message: undefined, attachments, recipient: first?.label };
    const values = first?.values ?? { firstName: owner.name };
    const built = campaignMessage(
      c,
      { email: 'recipient@example.invalid', values },
      { test: true },
      {
        settings: ready,
        sender: owner,
        baseUrl: this.d.baseUrl,
      },
    );
    // the body as the preview shows it (the page's CSP allows no inline styles), the plain-text part with its footer
    const body = this.d.service.preview(c, values);
    const message =
      built.ok && body.ok ? { subject: body.subject, html: body.html, text: built.message.text } : undefined;
    return { message, attachments, recipient: first?.label };
  }
}
