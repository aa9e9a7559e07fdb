// Sending a campaign: scheduled (now or later), started by a job that writes its recipients in batches from a
// cursor (eligible ones queued, the others skipped with their reason), then one job per recipient that checks the
// recipient again and hands its message to the outbox in one transaction, and delivers it. PostgreSQL is the
// truth: a job lost with Redis is rebuilt by the sweep; a job run twice finds its recipient already done.
import type { Knex } from 'knex';
import type { NotificationCenter } from '../notifications';
import { markSent } from './finish';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { MailService } from '../../platform/outbox/mail';
import type { Jobs } from '../../platform/queues';
import type { User, UserAdminService } from '../accounts';
import type { LeadContactService } from '../leads';
import { writeScope } from './access';
import type { AttachmentsStore } from './data/attachmentsStore';
import type { CampaignsStore } from './data/campaignsStore';
import type { RecipientsStore } from './data/recipientsStore';
import type { ReviewsStore } from './data/reviewsStore';
import { capOf, RecipientDelivery, type SendOutcome } from './delivery';
import type { MailEvents } from './events';
import { campaignMessage, sendableSettings, type MessageContext } from './message';
import { missingForSending, type Campaign, type CampaignSettings, type ContentGate, type Recipient } from './model';
import type { PreSendFacts } from './presend';
import { draftProblems, toLeadFilter } from './service';
import type { CampaignSettingsService } from './settings';
import type { RecipientTokens } from './tokens';

export const JOB = { start: 'campaign-start', send: 'campaign-send', enqueue: 'campaign-enqueue' } as const;
const BATCH = 2000;
/** States in which the start job writes recipients. */
const PREPARING: Campaign['state'][] = ['preparing', 'paused'];
const MAX_AHEAD_MS = 366 * 86_400_000;

export interface SenderDeps {
  db: Knex;
  campaigns: CampaignsStore;
  recipients: RecipientsStore;
  reviews: ReviewsStore;
  attachments: AttachmentsStore;
  settings: CampaignSettingsService;
  contact: Pick<LeadContactService, 'audienceBatch' | 'checkForSend' | 'recordMarketingEmail' | 'bounced'>;
  /** The bounce and complaint limits (events.ts): a refused address counts as a hard bounce. */
  thresholds: Pick<MailEvents, 'checkThresholds'>;
  users: Pick<UserAdminService, 'find'>;
  mail: MailService;
  jobs: Jobs;
  audit: AuditService;
  tokens: RecipientTokens;
  clock: Clock;
  log: Logger;
  baseUrl: string;
  /** The pre-send check (compliance's scorer) and what it is given. */
  gate: ContentGate;
  presend: PreSendFacts;
  /** Until when a full-stop maintenance window holds every send (null: none is on). */
  fullStop: () => Promise<Date | null>;
  /** Tells a campaign's owner it finished (in the portal; by e-mail if they chose so). */
  notify: NotificationCenter['notify'];
}

/** Settings with everything a message needs, or the error shown beside the send button. */
export function readyToSend(s: CampaignSettings): MessageContext['settings'] {
  const ready = sendableSettings(s);
  if (!ready)
    throw new ValidationError({
      send: `Campaigns cannot be sent until an administrator sets ${missingForSending(s).join(' and ')} in Campaign settings.`,
    });
  return ready;
}

export class CampaignSender {
  private readonly delivery: RecipientDelivery;

  constructor(private readonly d: SenderDeps) {
    this.delivery = new RecipientDelivery(d);
  }

  /** The campaign is sent (its last recipient done), its owner told; false when it was not sending. */
  markSent(campaignId: number, now: Date): Promise<boolean> {
    return markSent(this.d, campaignId, now);
  }

  /** Schedules a draft for `at` (null: now); the pre-send check runs when it starts. */
  async schedule(user: User, id: number, at: Date | null, actor: Actor): Promise<Campaign['state']> {
    const now = this.d.clock();
    if (at && at.getTime() < now.getTime() - 60_000)
      throw new ValidationError({ scheduledAt: 'Choose a time in the future.' });
    if (at && at.getTime() > now.getTime() + MAX_AHEAD_MS)
      throw new ValidationError({ scheduledAt: 'Choose a time within a year.' });
    readyToSend(await this.d.settings.get());
    await this.d.db.transaction(async (trx) => {
      const c = await this.d.campaigns.find(id, writeScope(user), trx, true);
      if (!c || c.state !== 'draft') throw new ValidationError({ send: 'Only a draft can be sent.' });
      const problems = draftProblems(c);
      if (Object.keys(problems).length) throw new ValidationError({ send: 'Fix the draft before sending it.' });
      // the pre-send check runs when it starts (a sender under review is held there for a compliance officer)
      await this.d.campaigns.transition(id, ['draft'], 'scheduled', { scheduledAt: at ?? now, stateReason: null }, trx);
      const details = { at: (at ?? now).toISOString(), state: 'scheduled' };
      await this.d.audit.record(
        actor,
        { action: 'campaign.schedule', targetType: 'campaign', targetId: id, details },
        trx,
      );
    });
    if (!at) await this.enqueueStart(id, now);
    return 'scheduled';
  }

  /** A scheduled campaign (or one waiting for review) back to draft. */
  async cancel(user: User, id: number, actor: Actor): Promise<void> {
    await this.change(
      user,
      id,
      ['scheduled', 'needs_review'],
      'draft',
      { scheduledAt: null, stateReason: null },
      actor,
    );
  }

  async pause(user: User, id: number, actor: Actor): Promise<void> {
    await this.change(user, id, ['preparing', 'sending'], 'paused', { stateReason: `Paused by ${user.name}.` }, actor);
  }

  async resume(user: User, id: number, actor: Actor): Promise<void> {
    const c = await this.d.campaigns.find(id, writeScope(user));
    if (c?.state === 'paused' && (await this.d.reviews.find(c.ownerId)) && user.role !== 'admin')
      throw new ValidationError({ send: 'This sender is under review: an administrator must resume the campaign.' });
    // paused before all its recipients were written: back to preparing, where the start job goes on
    const to = c?.preparedAt ? 'sending' : 'preparing';
    await this.change(user, id, ['paused'], to, { stateReason: null, nextRun: true }, actor);
    if (to === 'preparing') await this.enqueueStart(id, this.d.clock());
    await this.d.jobs.add('campaigns', JOB.enqueue, { campaignId: id }, { jobId: `enqueue-${id}-${Date.now()}` });
  }

  private async change(
    user: User,
    id: number,
    from: Campaign['state'][],
    to: Campaign['state'],
    fields: Parameters<CampaignsStore['transition']>[3],
    actor: Actor,
  ): Promise<void> {
    // an id from the URL that is no id (a word, past bigint) names no campaign, and cannot be a lock's key
    if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError();
    await this.d.db.transaction(async (trx) => {
      // after a pre-send check that is running (beginOnce): what it checked is what starts, or nothing does
      await this.d.campaigns.lockForPrepare(id, trx);
      const c = await this.d.campaigns.find(id, writeScope(user), trx, true);
      if (!c || !(await this.d.campaigns.transition(id, from, to, fields, trx)))
        throw new ValidationError({ send: `This campaign cannot be changed now (it is ${c?.state ?? 'gone'}).` });
      await this.d.audit.record(actor, { action: `campaign.${to}`, targetType: 'campaign', targetId: id }, trx);
    });
  }

  enqueueStart(id: number, now: Date): Promise<void> {
    return this.d.jobs.add('campaigns', JOB.start, { campaignId: id }, { jobId: `start-${id}-${now.getTime()}` });
  }

  /** Sends the draft to its owner as a test, filled in with the first eligible recipient's data (or fallbacks). */
  async sendTest(user: User, campaign: Campaign, values: Recipient): Promise<void> {
    const settings = readyToSend(await this.d.settings.get());
    const ctx = { settings, sender: user, baseUrl: this.d.baseUrl };
    const built = campaignMessage(campaign, { email: user.email, values }, { test: true }, ctx);
    if (!built.ok)
      throw new ValidationError({ test: `The test recipient has no ${built.missing.join(', ')}: add a fallback.` });
    await this.d.mail.queue(built.message);
  }

  /** The start job: writes the recipients from the audience (resumable from its cursor), then starts sending. */
  async start(id: number): Promise<number> {
    let c = await this.d.campaigns.findAny(id);
    if (c?.state === 'scheduled') c = await this.beginOnce(id);
    if (!c || !PREPARING.includes(c.state) || c.preparedAt) return 0;
    const owner = await this.d.users.find(c.ownerId);
    if (!owner) return 0;
    const filter = toLeadFilter(c.audience);
    let written = 0;
    for (;;) {
      const cap = capOf(await this.d.settings.get(), this.d.clock());
      const batch = await this.d.db.transaction(async (trx) => {
        await this.d.campaigns.lockForPrepare(id, trx);
        const now = await this.d.campaigns.findAny(id, trx, true);
        // a pause holds the sends back, not the writing of who is owed one
        if (!now || !PREPARING.includes(now.state) || now.preparedAt) return undefined;
        const members = await this.d.contact.audienceBatch(owner, filter, cap, now.prepareCursor, BATCH, trx);
        const queued = await this.d.recipients.insertBatch(id, members, this.d.clock(), trx);
        if (members.length) await this.d.campaigns.setPrepareCursor(id, members[members.length - 1].leadId, trx);
        return { queued, done: members.length < BATCH, run: now.run };
      });
      if (!batch) return written;
      await this.enqueueSends(batch.queued, batch.run);
      written += batch.queued.length;
      if (batch.done) break;
    }
    const preparedAt = this.d.clock();
    if (!(await this.d.campaigns.transition(id, ['preparing'], 'sending', { preparedAt })))
      await this.d.campaigns.transition(id, ['paused'], 'paused', { preparedAt });
    this.d.log.info({ campaignId: id, queued: written }, 'campaign recipients written');
    return written;
  }

  /**
   * The pre-send check: the content and audience scored; held for review or blocked (the gate raises the flag), or
   * left scheduled while the scanner does not answer (the sweep tries again). True when it may start.
   */
  private async scan(c: Campaign, owner: User): Promise<boolean> {
    const ready = sendableSettings(await this.d.settings.get());
    if (!ready) return false;
    const result = await this.d.gate.check(await this.d.presend.input(c, owner, ready, this.d.clock()));
    if ('unavailable' in result) {
      await this.d.campaigns.setScanReason(
        c.id,
        `Content scan unavailable: ${result.unavailable} It starts once the scan runs.`,
      );
      return false;
    }
    const { scan, summary } = result;
    if (scan.verdict === 'pass') {
      await this.d.campaigns.transition(c.id, ['scheduled'], 'scheduled', { scan, stateReason: null });
      return true;
    }
    const to = scan.verdict === 'block' ? 'blocked' : 'needs_review';
    const stateReason =
      to === 'blocked' ? `Blocked before sending: ${summary}` : `Held for compliance review: ${summary}`;
    await this.d.campaigns.transition(c.id, ['scheduled'], to, { scan, stateReason });
    await this.d.audit.record(
      { userId: null },
      {
        action: `campaign.${to}`,
        targetType: 'campaign',
        targetId: c.id,
        details: { score: scan.score, rules: scan.hits.map((h) => h.rule) },
      },
    );
    return false;
  }

  /**
   * begin() by one start job at a time, under the campaign's lock: another start job (the sweep's, a retry's) finds
   * it taken and leaves (the sweep comes back), and a cancel waits for the check to end, so what was checked is what
   * starts, and a campaign released while a second check ran is not held again.
   */
  private beginOnce(id: number): Promise<Campaign | undefined> {
    return this.d.db.transaction(async (trx) => {
      if (!(await this.d.campaigns.tryLockForPrepare(id, trx))) return undefined;
      const c = await this.d.campaigns.findAny(id);
      return c?.state === 'scheduled' ? this.begin(c) : c;
    });
  }

  /** scheduled → preparing after the pre-send check, unless the owner is gone. */
  private async begin(c: Campaign): Promise<Campaign | undefined> {
    const owner = await this.d.users.find(c.ownerId);
    if (owner?.status !== 'active') {
      await this.d.campaigns.transition(c.id, ['scheduled'], 'stopped', {
        stateReason: `Stopped: its owner’s account was ${owner?.status ?? 'removed'} before it started.`,
        finishedAt: this.d.clock(),
      });
      return undefined;
    }
    if (!c.clearedAt && !(await this.scan(c, owner))) return undefined;
    // what was said while it waited (scan unavailable, released by an officer) is over: the audit log keeps it
    const started = { startedAt: this.d.clock(), nextRun: true, stateReason: null };
    await this.d.campaigns.transition(c.id, ['scheduled'], 'preparing', started);
    return this.d.campaigns.findAny(c.id);
  }

  async enqueueSends(recipientIds: number[], run: number): Promise<void> {
    const queue = this.d.jobs.queue('campaigns');
    for (let i = 0; i < recipientIds.length; i += 1000) {
      const jobs = recipientIds.slice(i, i + 1000).map((recipientId) => ({
        name: JOB.send,
        data: { recipientId },
        opts: { jobId: `send-${recipientId}-${run}` },
      }));
      await queue.addBulk(jobs);
    }
  }

  /** Re-enqueues every pending recipient of a sending campaign (after a resume, or when Redis lost its jobs). */
  async enqueuePending(id: number): Promise<number> {
    const c = await this.d.campaigns.findAny(id);
    if (c?.state !== 'sending' && c?.state !== 'preparing') return 0;
    let after = 0;
    let n = 0;
    for (;;) {
      const ids = await this.d.recipients.pendingIds(id, after, 5000);
      if (!ids.length) return n;
      await this.enqueueSends(ids, c.run);
      n += ids.length;
      after = ids[ids.length - 1];
    }
  }

  /** The send job for one recipient (delivery.ts). */
  sendOne(recipientId: number): Promise<SendOutcome> {
    return this.delivery.send(recipientId);
  }
}
