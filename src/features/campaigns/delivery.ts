// One recipient's send job. The recipient and its lead are locked and checked again (consent, do-not-contact,
// suppression, the cap, the owner's access), and the message is handed to the outbox together with the contact
// that counts against the cap, in one transaction; then it is delivered. A job run twice, or after its worker
// died, finds its recipient done or its outbox row already sent; a pause or stop holds it back until delivery;
// a server that refuses the address for good (5xx) makes it a hard bounce.
import type { Knex } from 'knex';
import { PermanentDeliveryError } from '../../platform/outbox/mail';
import type { ContactCap } from '../leads';
import type { RecipientRow } from './data/recipientsStore';
import { campaignMessage, mergeValues, sendableSettings } from './message';
import type { CampaignSettings, CampaignState } from './model';
import type { SenderDeps } from './sending';
import { markSent } from './finish';

export type SendOutcome = 'sent' | 'skipped' | 'refused' | 'waiting' | 'done';
/** A campaign that cannot go on: what it becomes, and why (shown on its page). */
interface Halt {
  campaignId: number;
  to: 'stopped' | 'paused';
  reason: string;
}

export const capOf = (s: CampaignSettings, now: Date): ContactCap => ({
  messages: s.capMessages,
  days: s.capDays,
  now,
});

/** Sends go on while the recipients are still being written. */
const SENDING: CampaignState[] = ['preparing', 'sending'];
const SENDER_ROLES = new Set(['staff', 'admin']);

export class RecipientDelivery {
  constructor(private readonly d: SenderDeps) {}

  async send(recipientId: number): Promise<SendOutcome> {
    // a full stop: the recipient stays pending; the sweep enqueues it again once the window is over
    if (await this.d.fullStop()) return 'waiting';
    // read before the transaction: a job holds one database connection at a time
    const settings = await this.d.settings.get();
    let campaignId = 0;
    const handed = await this.d.db.transaction(async (trx) => {
      const r = await this.d.recipients.lockPending(recipientId, trx);
      if (!r) return 'done';
      campaignId = r.campaignId;
      return this.handOver(r, settings, trx);
    });
    let outcome: SendOutcome;
    if (typeof handed === 'number') outcome = await this.deliver(recipientId, handed);
    else if (typeof handed === 'object') outcome = await this.halt(handed);
    else outcome = handed;
    if (outcome === 'sent' || outcome === 'skipped' || outcome === 'refused') await this.finishIfDone(campaignId);
    return outcome;
  }

  private async handOver(
    r: RecipientRow,
    settings: CampaignSettings,
    trx: Knex.Transaction,
  ): Promise<number | SendOutcome | Halt> {
    const c = await this.d.campaigns.findAny(r.campaignId, trx, true);
    // paused or stopped: nothing more goes out (a resume enqueues the recipient again)
    if (!c || !SENDING.includes(c.state)) return 'waiting';
    if (r.state === 'sending' && r.outboxId) return r.outboxId; // handed over before: its outbox row decides
    const owner = await this.d.users.find(c.ownerId, trx);
    if (owner?.status !== 'active')
      return { campaignId: c.id, to: 'stopped', reason: `Stopped: its owner’s account is ${owner?.status ?? 'gone'}.` };
    if (!SENDER_ROLES.has(owner.role))
      return { campaignId: c.id, to: 'stopped', reason: 'Stopped: its owner’s role no longer sends campaigns.' };
    const ready = sendableSettings(settings);
    if (!ready)
      return {
        campaignId: c.id,
        to: 'paused',
        reason: 'Paused: the campaign settings lack the postal address or sending domain.',
      };
    const now = this.d.clock();
    const check = await this.d.contact.checkForSend(r.leadId, owner, capOf(settings, now), trx);
    if (check.exclusion) {
      await this.d.recipients.skip(r.id, check.exclusion, now, trx);
      return 'skipped';
    }
    // two unmerged leads with one address: one message per address per campaign (a unique index backs this)
    if (await this.d.recipients.addressTaken(c.id, check.emailIndex, r.id, trx)) {
      await this.d.recipients.skip(r.id, 'duplicate_address', now, trx);
      return 'skipped';
    }
    const attachments = await this.d.attachments.list(c.id, trx);
    const ctx = { settings: ready, sender: owner, baseUrl: this.d.baseUrl, attachments };
    const to = { email: check.addressee.email, values: mergeValues(check.addressee) };
    const built = campaignMessage(c, to, { recipientId: r.id, tokens: this.d.tokens }, ctx);
    if (!built.ok) {
      await this.d.recipients.skip(r.id, 'missing_merge_field', now, trx);
      return 'skipped';
    }
    const outboxId =
      (await this.d.mail.queue(built.message, trx, { enqueue: false })) ??
      (await this.d.mail.idByDedupeKey(built.message.dedupeKey!, trx))!;
    await this.d.contact.recordMarketingEmail(r.leadId, `campaign-recipient-${r.id}`, now, trx);
    await this.d.recipients.handedOver(r.id, outboxId, check.emailIndex, trx);
    return outboxId;
  }

  private async deliver(recipientId: number, outboxId: number): Promise<SendOutcome> {
    try {
      await this.d.mail.deliver(outboxId);
    } catch (err) {
      if (!(err instanceof PermanentDeliveryError)) throw err;
    }
    const row = await this.d.mail.status(outboxId);
    if (row?.sentAt) {
      await this.d.recipients.markSent(recipientId, row.sentAt);
      return 'sent';
    }
    if (row?.givenUpAt) {
      await this.refused(recipientId, Number(/\d{3}/.exec(row.lastError ?? '')?.[0] ?? 550));
      return 'refused';
    }
    return 'waiting'; // another delivery of the same row holds it; that one marks the recipient
  }

  /** A 5xx reply: a hard bounce (suppressed, counted in the campaign's bounce rate, which may pause it). */
  private async refused(recipientId: number, code: number): Promise<void> {
    await this.d.db.transaction(async (trx) => {
      const r = await this.d.recipients.refused(recipientId, code, this.d.clock(), trx);
      if (!r) return;
      await this.d.contact.bounced(r.leadId, 'hard', trx, r.emailBidx);
      await this.d.thresholds.checkThresholds(r.campaignId, trx);
    });
  }

  /** Its own transaction, after the send's: the campaign row is not share-locked by this job meanwhile. */
  private async halt(h: Halt): Promise<SendOutcome> {
    const from: CampaignState[] = h.to === 'stopped' ? ['preparing', 'sending', 'paused'] : ['preparing', 'sending'];
    const fields = { stateReason: h.reason, ...(h.to === 'stopped' ? { finishedAt: this.d.clock() } : {}) };
    await this.d.campaigns.transition(h.campaignId, from, h.to, fields);
    return 'waiting';
  }

  /** The last recipient done: the campaign is sent at once (the sweep does the same for any missed here). */
  private async finishIfDone(campaignId: number): Promise<void> {
    if (!(await this.d.recipients.hasPending(campaignId))) await markSent(this.d, campaignId, this.d.clock());
  }
}
