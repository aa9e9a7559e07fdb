// What happens to a message after it is sent: one-click unsubscribes, and delivery, bounce and complaint events
// (a signed webhook, or a DSN / ARF message read by mail:inbound). Each is matched to its recipient row by a
// signed reference, applied once per event id, suppresses the address where it should, and may pause the campaign
// past the bounce or complaint threshold (the sender's next campaigns then need review).
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { BadRequestError, DomainError } from '../../platform/errors';
import type { MailService } from '../../platform/outbox/mail';
import type { UserAdminService } from '../accounts';
import type { LeadContactService } from '../leads';
import type { CampaignsStore } from './data/campaignsStore';
import type { RecipientsStore } from './data/recipientsStore';
import type { ReviewsStore } from './data/reviewsStore';
import { InboundError, parseInbound } from './inbound';
import type { RecipientTokens } from './tokens';

/** Past at least MIN_SENT messages, a campaign pauses itself above these rates (Amazon SES, Gmail's limit). */
export const THRESHOLDS = { minSent: 100, hardBounce: 0.05, complaint: 0.003 } as const;
export const WEBHOOK_WINDOW_S = 300;

/** Why a campaign's rates pass a threshold, or undefined while they do not. */
export function overThreshold(r: { sent: number; bounced: number; complained: number }): string | undefined {
  if (r.sent < THRESHOLDS.minSent) return undefined;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  if (r.bounced / r.sent > THRESHOLDS.hardBounce)
    return `hard bounces ${pct(r.bounced / r.sent)} of ${r.sent} messages (limit 5%)`;
  if (r.complained / r.sent > THRESHOLDS.complaint)
    return `complaints ${pct(r.complained / r.sent)} of ${r.sent} messages (limit 0.3%)`;
  return undefined;
}

export class SignatureError extends DomainError {
  constructor(message = 'bad signature') {
    super(message, 401);
  }
}

export type MailEvent = { type: 'delivered' } | { type: 'bounce'; bounceType: 'hard' | 'soft' } | { type: 'complaint' };

const EVENT = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delivered') }),
  z.object({ type: z.literal('bounce'), bounceType: z.enum(['hard', 'soft']) }),
  z.object({ type: z.literal('complaint') }),
]);
const ENVELOPE = z.object({
  id: z.string().min(1).max(200),
  /** The recipient's reference: the Message-ID we sent (with or without <>) or its local part. */
  messageId: z.string().min(1).max(400),
});

export interface EventsDeps {
  db: Knex;
  campaigns: CampaignsStore;
  recipients: RecipientsStore;
  reviews: ReviewsStore;
  contact: Pick<LeadContactService, 'optOut' | 'bounced' | 'delivered'>;
  users: Pick<UserAdminService, 'find' | 'list'>;
  mail: MailService;
  audit: AuditService;
  tokens: RecipientTokens;
  clock: Clock;
  webhookSecret: string;
}

export class MailEvents {
  constructor(private readonly d: EventsDeps) {}

  /** The recipient an unsubscribe token names, or undefined (forged, altered, or no such recipient). */
  async unsubscribeTarget(token: string) {
    const id = this.d.tokens.verify(token, 'unsubscribe');
    const r = id === undefined ? undefined : await this.d.recipients.find(id);
    if (!r) return undefined;
    const c = await this.d.campaigns.findAny(r.campaignId);
    return { recipient: r, senderName: c?.senderName ?? '' };
  }

  /** One-click unsubscribe (RFC 8058): true when the token was good (repeating it changes nothing more). */
  async unsubscribe(token: string): Promise<boolean> {
    const id = this.d.tokens.verify(token, 'unsubscribe');
    if (id === undefined) return false;
    return this.d.db.transaction(async (trx) => {
      const r = await this.d.recipients.find(id, trx, true);
      if (!r) return false;
      const at = this.d.clock();
      if (await this.d.recipients.outcome(id, 'unsubscribed', at, trx)) {
        const how = { reason: 'unsubscribed', source: `campaign #${r.campaignId}`, at } as const;
        await this.d.contact.optOut(r.leadId, how, trx, r.emailBidx);
        const details = { recipient: id };
        await this.d.audit.record(
          { userId: null },
          { action: 'campaign.unsubscribe', targetType: 'campaign', targetId: r.campaignId, details },
          trx,
        );
      }
      return true;
    });
  }

  /** Checks a webhook's `X-Valley-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
  verifySignature(header: string | undefined, body: Buffer): void {
    const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string]));
    const t = Number(parts.t);
    if (!/^\d{1,12}$/.test(parts.t ?? '') || !/^[0-9a-f]{64}$/.test(parts.v1 ?? ''))
      throw new SignatureError('missing or malformed signature');
    if (Math.abs(this.d.clock().getTime() / 1000 - t) > WEBHOOK_WINDOW_S)
      throw new SignatureError('signature outside the 5-minute window');
    const mac = crypto.createHmac('sha256', this.d.webhookSecret).update(`${parts.t}.`).update(body).digest();
    if (!crypto.timingSafeEqual(mac, Buffer.from(parts.v1, 'hex'))) throw new SignatureError();
  }

  /** A webhook body (already verified): JSON events, or a raw DSN / ARF message. */
  async webhook(body: Buffer, contentType: string): Promise<{ applied: boolean }> {
    if (/^message\/rfc822\b/i.test(contentType)) return this.inbound(body);
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw new BadRequestError('the body is not JSON');
    }
    const envelope = ENVELOPE.safeParse(json);
    const event = EVENT.safeParse(json);
    if (!envelope.success) throw new BadRequestError('an event needs an id and a messageId');
    if (!event.success)
      throw new BadRequestError('unknown event type: use delivered, bounce (hard or soft) or complaint');
    const ref = envelope.data.messageId.replace(/^<|>$/g, '').split('@')[0];
    const recipientId = this.d.tokens.verify(ref, 'bounce');
    if (recipientId === undefined) throw new BadRequestError('the messageId names no message we sent');
    return { applied: await this.apply(recipientId, `webhook:${envelope.data.id}`, event.data) };
  }

  /** A DSN or ARF message (mail:inbound, or the webhook's raw form). */
  async inbound(raw: Buffer): Promise<{ applied: boolean }> {
    let report;
    try {
      report = await parseInbound(raw);
    } catch (err) {
      if (err instanceof InboundError) throw new BadRequestError(err.message);
      throw err;
    }
    if (report.kind === 'unsubscribe') {
      if (!(await this.unsubscribe(report.token))) throw new BadRequestError('the request names no message we sent');
      return { applied: true };
    }
    const recipientId = report.refs.map((r) => this.d.tokens.verify(r, 'bounce')).find((id) => id !== undefined);
    if (recipientId === undefined) throw new BadRequestError('the report names no message we sent');
    const event: MailEvent =
      report.kind === 'bounce' ? { type: 'bounce', bounceType: report.severity } : { type: 'complaint' };
    const id = `inbound:${crypto.createHash('sha256').update(raw).digest('hex')}`;
    return { applied: await this.apply(recipientId, id, event) };
  }

  /** Applies an event to its recipient once per event id; false for a repeat or an unknown recipient. */
  async apply(recipientId: number, eventId: string, event: MailEvent): Promise<boolean> {
    return this.d.db.transaction(async (trx) => {
      const r = await this.d.recipients.find(recipientId, trx, true);
      if (!r) throw new BadRequestError('the event names no message we sent');
      if (!(await this.d.reviews.firstEvent(eventId, event.type, recipientId, trx))) return false;
      const at = this.d.clock();
      if (event.type === 'delivered') await this.d.contact.delivered(r.leadId, trx, r.emailBidx);
      if (event.type === 'bounce' && event.bounceType === 'soft') await this.d.recipients.softBounce(r.id, trx);
      if (event.type === 'bounce') {
        if (event.bounceType === 'hard') await this.d.recipients.outcome(r.id, 'bounced', at, trx);
        await this.d.contact.bounced(r.leadId, event.bounceType, trx, r.emailBidx);
      }
      if (event.type === 'complaint' && (await this.d.recipients.outcome(r.id, 'complained', at, trx))) {
        const how = { reason: 'complaint', source: `campaign #${r.campaignId}`, at } as const;
        await this.d.contact.optOut(r.leadId, how, trx, r.emailBidx);
      }
      if (event.type !== 'delivered') await this.checkThresholds(r.campaignId, trx);
      return true;
    });
  }

  /**
   * Past a threshold: pauses the campaign if it is still sending, puts its sender under review and tells them and
   * the compliance officers (once per campaign). True when the campaign paused.
   */
  async checkThresholds(campaignId: number, trx: Knex.Transaction): Promise<boolean> {
    const reason = overThreshold(await this.d.recipients.rates(campaignId, trx));
    if (!reason) return false;
    const stateReason = `Paused by itself: ${reason}.`;
    const paused = await this.d.campaigns.transition(
      campaignId,
      ['preparing', 'sending'],
      'paused',
      { stateReason },
      trx,
    );
    const c = (await this.d.campaigns.findAny(campaignId, trx))!;
    const reviewed = await this.d.reviews.add(c.ownerId, campaignId, reason, trx);
    if (paused || reviewed) {
      const details = { reason, paused };
      await this.d.audit.record(
        { userId: null },
        { action: 'campaign.threshold', targetType: 'campaign', targetId: campaignId, details },
        trx,
      );
      await this.notify(c.ownerId, campaignId, c.name, paused ? stateReason : `It passed a limit: ${reason}.`, trx);
    }
    return paused;
  }

  private async notify(ownerId: number, campaignId: number, name: string, why: string, trx: Knex.Transaction) {
    const people = (await this.d.users.list()).filter(
      (u) => u.status === 'active' && (u.id === ownerId || u.role === 'compliance'),
    );
    for (const u of people) {
      const text = `Hello ${u.name},\n\nThe campaign “${name}” (#${campaignId}) needs attention. ${why}\n\nThe sender’s next campaigns wait for review before they are sent.\n`;
      await this.d.mail.queue(
        {
          kind: 'campaign-paused',
          to: u.email,
          subject: `Campaign paused: ${name}`,
          text,
          dedupeKey: `campaign-paused-${campaignId}-${u.id}`,
        },
        trx,
      );
    }
  }
}
