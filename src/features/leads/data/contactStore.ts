// Whether a lead may be sent a marketing e-mail, in SQL: the one exclusion rule behind the audience counts, the
// recipients written when a campaign starts and the check just before each message; the suppression list (a
// blind index of the address), the marketing e-mails sent (for the frequency cap) and soft bounces in a row.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { LeadScope } from '../access';
import type { Addressee, AudienceMember, ContactCap, Exclusion, LeadFilter, SuppressionReason } from '../model';
import { filterLeads } from './filter';
import { applyScope } from './scope';

const DAY_MS = 86_400_000;

/** The latest e-mail consent decision of each lead, joined as `consent`. */
const LATEST_CONSENT = `left join lateral (select c.status from lead_consents c
  where c.lead_id = leads.id and c.channel = 'email' order by c.recorded_at desc, c.id desc limit 1) consent on true`;

type Row = Record<string, any>;

export class ContactStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {}

  /** The first reason a lead is left out (null: eligible), as a SQL expression over `leads` and `consent`. */
  private exclusion(cap: ContactCap): Knex.Raw {
    const since = new Date(cap.now.getTime() - cap.days * DAY_MS);
    return this.db.raw(
      `case
        when leads.email_enc is null then 'no_email'
        when leads.do_not_contact then 'do_not_contact'
        when consent.status is null then 'no_consent'
        when consent.status <> 'granted' then 'withdrawn'
        when exists (select 1 from email_suppressions s where s.email_bidx = leads.email_bidx) then 'suppressed'
        when (select count(*) from lead_contacts k where k.lead_id = leads.id and k.kind = 'marketing_email'
          and k.at > ?) >= ? then 'over_cap'
      end`,
      [since, cap.messages],
    );
  }

  private members(filter: LeadFilter, scope: LeadScope, cap: ContactCap, db: Knex = this.db): Knex.QueryBuilder {
    return filterLeads(db, this.cipher, filter, scope)
      .joinRaw(LATEST_CONSENT)
      .select('leads.id', db.raw('(?) as exclusion', [this.exclusion(cap)]));
  }

  /** How many leads of the audience are left out for each reason ('' for the eligible). */
  async tally(filter: LeadFilter, scope: LeadScope, cap: ContactCap): Promise<Map<Exclusion | '', number>> {
    const rows = await this.db
      .from(this.members(filter, scope, cap).as('m'))
      .select('exclusion')
      .count('* as n')
      .groupBy('exclusion');
    return new Map(rows.map((r: Row) => [r.exclusion ?? '', Number(r.n)]));
  }

  /** The audience's next leads after `afterId` in id order, each with its exclusion. */
  async batch(
    filter: LeadFilter,
    scope: LeadScope,
    cap: ContactCap,
    afterId: number,
    limit: number,
    trx?: Knex.Transaction,
  ): Promise<AudienceMember[]> {
    const rows = await this.members(filter, scope, cap, trx)
      .where('leads.id', '>', afterId)
      .orderBy('leads.id')
      .limit(limit);
    return rows.map((r: Row) => ({ leadId: Number(r.id), exclusion: r.exclusion ?? null }));
  }

  /**
   * One lead, locked until the transaction ends (so two campaigns cannot both pass its cap), with its exclusion
   * and what a message may say of it; undefined when there is no such lead.
   */
  async lockForSend(leadId: number, cap: ContactCap, trx: Knex.Transaction) {
    // The lock first, in its own statement: a statement that waited for the lock would still read consents,
    // suppressions and past contacts as they were before it waited (READ COMMITTED takes the snapshot when the
    // statement starts), missing what the transaction it waited for wrote. The check below starts afterwards.
    const locked = await trx('leads').select('id').where('id', leadId).forUpdate().first();
    if (!locked) return undefined;
    const r: Row | undefined = await trx('leads')
      .joinRaw(LATEST_CONSENT)
      .select(
        'leads.id',
        'leads.owner_id',
        'leads.team_id',
        'leads.merged_into_id',
        'leads.email_enc',
        'leads.email_bidx',
        'leads.first_name',
        'leads.last_name',
        'leads.company',
        'leads.job_title',
        trx.raw('(?) as exclusion', [this.exclusion(cap)]),
      )
      .where('leads.id', leadId)
      .first();
    if (!r) return undefined;
    const addressee: Addressee | null = r.email_enc
      ? {
          email: this.cipher.decrypt(r.email_enc),
          firstName: r.first_name,
          lastName: r.last_name,
          company: r.company,
          jobTitle: r.job_title,
        }
      : null;
    return {
      ownerId: r.owner_id as number,
      teamId: r.team_id as number | null,
      merged: r.merged_into_id !== null,
      exclusion: (r.exclusion ?? null) as Exclusion | null,
      addressee,
      emailIndex: r.email_bidx as string | null,
    };
  }

  /** What a preview says of these leads (inside the scope), in the order given. */
  async mergeValues(leadIds: number[], scope: LeadScope) {
    if (!leadIds.length) return [];
    const rows: Row[] = await applyScope(this.db('leads'), scope)
      .select('id', 'first_name', 'last_name', 'company', 'job_title')
      .whereIn('leads.id', leadIds);
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return leadIds
      .map((id) => byId.get(id))
      .filter((r): r is Row => Boolean(r))
      .map((r) => ({
        leadId: Number(r.id),
        firstName: r.first_name as string,
        lastName: r.last_name as string,
        company: r.company as string | null,
        jobTitle: r.job_title as string | null,
      }));
  }

  /** These leads' addressees (inside the scope), in the order given: a campaign's pre-send sample. */
  async addressees(leadIds: number[], scope: LeadScope): Promise<(Addressee & { leadId: number })[]> {
    if (!leadIds.length) return [];
    const rows: Row[] = await applyScope(this.db('leads'), scope)
      .select('id', 'email_enc', 'first_name', 'last_name', 'company', 'job_title')
      .whereIn('leads.id', leadIds)
      .whereNotNull('email_enc');
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return leadIds.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const email = this.cipher.decrypt(r.email_enc);
      return [
        {
          leadId: id,
          email,
          firstName: r.first_name,
          lastName: r.last_name,
          company: r.company,
          jobTitle: r.job_title,
        },
      ];
    });
  }

  /** How many of these leads got at least `min` marketing e-mails since `since`. */
  async oftenContacted(leadIds: number[], since: Date, min: number): Promise<number> {
    if (!leadIds.length) return 0;
    const r = await this.db
      .from(
        this.db('lead_contacts')
          .select('lead_id')
          .whereIn('lead_id', leadIds)
          .where('kind', 'marketing_email')
          .where('at', '>', since)
          .groupBy('lead_id')
          .havingRaw('count(*) >= ?', [min])
          .as('often'),
      )
      .count<{ n: string }[]>('* as n');
    return Number(r[0]?.n ?? 0);
  }

  /** Records a marketing e-mail to the lead (once per ref), counted by the frequency cap. */
  async recordMarketingEmail(leadId: number, ref: string, at: Date, trx: Knex.Transaction): Promise<void> {
    await trx('lead_contacts').insert({ lead_id: leadId, kind: 'marketing_email', at, ref }).onConflict('ref').ignore();
  }

  /** The address's blind index of a lead (null when it has no address). */
  async emailIndex(leadId: number, trx: Knex.Transaction): Promise<string | null> {
    const r = await trx('leads').select('email_bidx').where({ id: leadId }).first();
    return r?.email_bidx ?? null;
  }

  /** Suppresses an address (the first reason is kept); true when it was not suppressed before. */
  async suppress(emailBidx: string, reason: SuppressionReason, trx: Knex.Transaction): Promise<boolean> {
    const rows = await trx('email_suppressions')
      .insert({ email_bidx: emailBidx, reason })
      .onConflict('email_bidx')
      .ignore()
      .returning('email_bidx');
    return rows.length > 0;
  }

  async suppression(emailBidx: string): Promise<SuppressionReason | undefined> {
    const r = await this.db('email_suppressions').select('reason').where({ email_bidx: emailBidx }).first();
    return r?.reason;
  }

  /** Counts a soft bounce of the address; returns how many in a row. */
  async softBounce(emailBidx: string, trx: Knex.Transaction): Promise<number> {
    const [r] = await trx('email_soft_bounces')
      .insert({ email_bidx: emailBidx, in_a_row: 1 })
      .onConflict('email_bidx')
      .merge({ in_a_row: trx.raw('email_soft_bounces.in_a_row + 1') })
      .returning('in_a_row');
    return Number(r.in_a_row);
  }

  /** A message reached the address: its soft bounces no longer run in a row. */
  async delivered(emailBidx: string, trx: Knex.Transaction): Promise<void> {
    await trx('email_soft_bounces').where({ email_bidx: emailBidx }).delete();
  }

  /**
   * Every live lead with this address (not merged, not erased), locked, with whether it is marked do-not-contact
   * and the channels whose latest consent is granted (an objection withdraws them all).
   */
  async liveWithAddress(
    emailBidx: string,
    trx: Knex.Transaction,
  ): Promise<{ id: number; doNotContact: boolean; granted: string[] }[]> {
    const rows: Row[] = await trx('leads')
      .select('id', 'do_not_contact')
      .where('email_bidx', emailBidx)
      .whereNull('merged_into_id')
      .whereNull('erased_at')
      .orderBy('id')
      .forUpdate();
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const latest: Row[] = await trx('lead_consents')
      .distinctOn('lead_id', 'channel')
      .select('lead_id', 'channel', 'status')
      .whereIn('lead_id', ids)
      .orderBy([{ column: 'lead_id' }, { column: 'channel' }, { column: 'recorded_at', order: 'desc' }])
      .orderBy('id', 'desc');
    return rows.map((r) => ({
      id: Number(r.id),
      doNotContact: Boolean(r.do_not_contact),
      granted: latest
        .filter((c) => Number(c.lead_id) === Number(r.id) && c.status === 'granted')
        .map((c) => c.channel as string),
    }));
  }

  /** Marks these leads do-not-contact. */
  async markDoNotContact(leadIds: number[], at: Date, trx: Knex.Transaction): Promise<void> {
    if (leadIds.length) await trx('leads').whereIn('id', leadIds).update({ do_not_contact: true, updated_at: at });
  }

  /** The live leads with this address whose latest e-mail consent is granted (to record their withdrawal). */
  async grantedWithAddress(emailBidx: string, trx: Knex.Transaction): Promise<number[]> {
    const rows = await trx('leads')
      .joinRaw(LATEST_CONSENT)
      .select('leads.id')
      .where('leads.email_bidx', emailBidx)
      .whereNull('leads.merged_into_id')
      .where('consent.status', 'granted')
      .forUpdate('leads');
    return rows.map((r: Row) => Number(r.id));
  }
}
