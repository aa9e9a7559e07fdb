// Who may be sent a marketing e-mail, asked by campaigns: an audience's counts by exclusion, its members in
// batches, and the check just before each message (consent, do-not-contact, suppression, the frequency cap, the
// sender's access). Opting out (unsubscribe, complaint) suppresses the address and withdraws e-mail consent on
// every lead with it, in each lead's history; bounces suppress a bad address.
import type { Knex } from 'knex';
import type { User } from '../accounts';
import { allows, readScope, type ScopeUser } from './access';
import type { ContactStore } from './data/contactStore';
import type { RecordsStore } from './data/recordsStore';
import {
  EXCLUSIONS,
  type Addressee,
  type ConsentChannel,
  type AudienceCounts,
  type ContactCap,
  type Exclusion,
  type LeadFilter,
} from './model';

/** What the person did to stop the e-mails, with where (e.g. "campaign #12"). */
export interface OptOut {
  reason: 'unsubscribed' | 'complaint';
  source: string;
  at: Date;
}

const OPT_OUT_WORDING = {
  unsubscribed: 'Unsubscribed with the link in a marketing e-mail',
  complaint: 'Reported a marketing e-mail as spam to their mailbox provider',
} as const;

/** An objection made through a privacy request, with where (e.g. "privacy request PR-2026-000012"). */
export interface Objection {
  source: string;
  at: Date;
}
const OBJECTION_WORDING = 'Objected to processing / withdrew consent through a privacy request (address confirmed)';

/** Soft bounces in a row after which an address is suppressed. */
export const SOFT_BOUNCE_LIMIT = 3;

export class LeadContactService {
  constructor(
    private readonly db: Knex,
    private readonly contacts: ContactStore,
    private readonly records: RecordsStore,
  ) {}

  /** The audience's counts inside the user's scope: matching, eligible, and left out by reason. */
  async audience(user: User, filter: LeadFilter, cap: ContactCap): Promise<AudienceCounts> {
    const tally = await this.contacts.tally(filter, readScope(user), cap);
    const excluded: Partial<Record<Exclusion, number>> = {};
    for (const reason of EXCLUSIONS) if (tally.has(reason)) excluded[reason] = tally.get(reason);
    const matching = [...tally.values()].reduce((a, b) => a + b, 0);
    return { matching, eligible: tally.get('') ?? 0, excluded };
  }

  /** The audience's next members (id order, after `afterId`) inside the user's scope, each with its exclusion. */
  audienceBatch(
    user: User,
    filter: LeadFilter,
    cap: ContactCap,
    afterId: number,
    limit: number,
    trx?: Knex.Transaction,
  ) {
    return this.contacts.batch(filter, readScope(user), cap, afterId, limit, trx);
  }

  /** The addressees of these leads that the user may see (a campaign's pre-send sample). */
  addressees(user: User, leadIds: number[]) {
    return this.contacts.addressees(leadIds, readScope(user));
  }

  /** How many of these leads got at least `min` marketing e-mails since `since` (repeated contact). */
  oftenContacted(leadIds: number[], since: Date, min: number) {
    return this.contacts.oftenContacted(leadIds, since, min);
  }

  /** Names, company and job title of these leads that the user may see (a campaign's preview). */
  mergeValues(user: User, leadIds: number[]) {
    return this.contacts.mergeValues(leadIds, readScope(user));
  }

  /**
   * Whether the lead may be sent a marketing e-mail by the sender now. Locks the lead until `trx` ends, so call
   * it in the transaction that hands the message over and records it (recordMarketingEmail).
   */
  async checkForSend(
    leadId: number,
    sender: ScopeUser,
    cap: ContactCap,
    trx: Knex.Transaction,
  ): Promise<
    { exclusion: Exclusion; addressee?: undefined } | { exclusion: null; addressee: Addressee; emailIndex: string }
  > {
    const lead = await this.contacts.lockForSend(leadId, cap, trx);
    if (!lead || lead.merged) return { exclusion: 'merged' };
    if (!allows(readScope(sender), lead)) return { exclusion: 'out_of_scope' };
    if (lead.exclusion || !lead.addressee || !lead.emailIndex) return { exclusion: lead.exclusion ?? 'no_email' };
    return { exclusion: null, addressee: lead.addressee, emailIndex: lead.emailIndex };
  }

  recordMarketingEmail(leadId: number, ref: string, at: Date, trx: Knex.Transaction): Promise<void> {
    return this.contacts.recordMarketingEmail(leadId, ref, at, trx);
  }

  /**
   * The person behind the lead asked for no more e-mail: the address is suppressed, and every live lead with it
   * whose e-mail consent was granted gets a withdrawal record and a history line. Returns the leads changed.
   */
  async optOut(leadId: number, how: OptOut, trx: Knex.Transaction, emailIndex?: string | null): Promise<number[]> {
    const bidx = emailIndex ?? (await this.contacts.emailIndex(leadId, trx));
    if (!bidx) return [];
    await this.contacts.suppress(bidx, how.reason, trx);
    const leads = await this.contacts.grantedWithAddress(bidx, trx);
    const evidence = {
      method: 'self-service',
      source: how.source,
      obtainedAt: how.at,
      wording: OPT_OUT_WORDING[how.reason],
    };
    for (const id of leads) {
      await this.records.addConsent(
        id,
        { channel: 'email', status: 'withdrawn', evidence, reason: OPT_OUT_WORDING[how.reason], recordedBy: null },
        trx,
      );
      await this.records.addHistory(
        id,
        null,
        [
          {
            field: 'consent.email',
            oldValue: 'granted',
            newValue: `withdrawn (${how.reason}, ${how.source})`,
            personal: false,
          },
        ],
        trx,
        how.at,
      );
    }
    return leads;
  }

  /**
   * The person objected (or withdrew their consent) through a privacy request whose address they proved: on every
   * live lead with that address, whoever owns it, each channel's granted consent is withdrawn and the lead is
   * marked do-not-contact, with a history line. The caller suppresses the address. Returns the leads changed.
   */
  async objectByAddress(emailBidx: string, how: Objection, trx: Knex.Transaction): Promise<number[]> {
    const leads = await this.contacts.liveWithAddress(emailBidx, trx);
    const evidence = { method: 'privacy-request', source: how.source, obtainedAt: how.at, wording: OBJECTION_WORDING };
    const changed: number[] = [];
    for (const lead of leads) {
      if (lead.doNotContact && !lead.granted.length) continue;
      for (const channel of lead.granted)
        await this.records.addConsent(
          lead.id,
          {
            channel: channel as ConsentChannel,
            status: 'withdrawn',
            evidence,
            reason: OBJECTION_WORDING,
            recordedBy: null,
          },
          trx,
        );
      const changes = lead.granted.map((channel) => ({
        field: `consent.${channel}`,
        oldValue: 'granted',
        newValue: `withdrawn (objection, ${how.source})`,
        personal: false,
      }));
      if (!lead.doNotContact)
        changes.push({ field: 'doNotContact', oldValue: 'false', newValue: 'true', personal: false });
      await this.records.addHistory(lead.id, null, changes, trx, how.at);
      changed.push(lead.id);
    }
    await this.contacts.markDoNotContact(
      leads.filter((l) => !l.doNotContact).map((l) => l.id),
      how.at,
      trx,
    );
    return changed;
  }

  /** A message to the lead bounced: a hard bounce suppresses the address, soft ones after SOFT_BOUNCE_LIMIT in a row. */
  async bounced(
    leadId: number,
    severity: 'hard' | 'soft',
    trx: Knex.Transaction,
    emailIndex?: string | null,
  ): Promise<boolean> {
    const bidx = emailIndex ?? (await this.contacts.emailIndex(leadId, trx));
    if (!bidx) return false;
    if (severity === 'hard') return this.contacts.suppress(bidx, 'hard_bounce', trx);
    const inARow = await this.contacts.softBounce(bidx, trx);
    return inARow >= SOFT_BOUNCE_LIMIT && this.contacts.suppress(bidx, 'soft_bounces', trx);
  }

  /** A message to the lead was delivered: its address's soft bounces no longer run in a row. */
  async delivered(leadId: number, trx: Knex.Transaction, emailIndex?: string | null): Promise<void> {
    const bidx = emailIndex ?? (await this.contacts.emailIndex(leadId, trx));
    if (bidx) await this.contacts.delivered(bidx, trx);
  }

  /** Whether the address is suppressed, and why (for tests and the lead page). */
  async suppressionOf(leadId: number) {
    const bidx = await this.db.transaction((trx) => this.contacts.emailIndex(leadId, trx));
    return bidx ? this.contacts.suppression(bidx) : undefined;
  }
}
