// The subjects feature's own rows (erasures) and the messages a person was sent (campaign recipients with their
// outbox rows, and the lead contacts), read for the access report and made anonymous by an erasure.
import type { Knex } from 'knex';
import type { CampaignMessage, ContactRecord, ErasureRecord, SubjectKind } from '../model';

type Row = Record<string, any>;
const ERASED = '[erased]';
const ERASED_ADDRESS = 'erased@invalid';

export class SubjectsStore {
  constructor(private readonly db: Knex) {}

  async messages(leadIds: number[]): Promise<CampaignMessage[]> {
    if (!leadIds.length) return [];
    const rows: Row[] = await this.db('campaign_recipients as r')
      .join('campaigns as c', 'c.id', 'r.campaign_id')
      .leftJoin('outbox as o', 'o.id', 'r.outbox_id')
      .select('r.id', 'r.lead_id', 'r.campaign_id', 'c.name', 'r.state', 'r.reason', 'r.created_at', 'r.sent_at')
      .select({ subject: this.db.raw('coalesce(o.subject, c.subject)'), to_address: 'o.to_address' })
      .whereIn('r.lead_id', leadIds)
      .orderBy('r.id');
    return rows.map((r) => ({
      recipientId: Number(r.id),
      leadId: Number(r.lead_id),
      campaignId: Number(r.campaign_id),
      campaignName: r.name,
      subject: r.subject,
      state: r.state,
      reason: r.reason,
      queuedAt: r.created_at,
      sentAt: r.sent_at,
      toAddress: r.to_address ?? null,
    }));
  }

  async contacts(leadIds: number[]): Promise<ContactRecord[]> {
    if (!leadIds.length) return [];
    const rows: Row[] = await this.db('lead_contacts').select('*').whereIn('lead_id', leadIds).orderBy('at');
    return rows.map((r) => ({ leadId: Number(r.lead_id), kind: r.kind, at: r.at, ref: r.ref }));
  }

  /**
   * Makes the messages to these leads and to these addresses anonymous: the recipients' address index is dropped,
   * their outbox rows lose address, subject and body (an unsent one is given up, never sent). Returns how many.
   */
  async eraseMessages(leadIds: number[], addresses: string[], trx: Knex.Transaction, now: Date): Promise<number> {
    if (leadIds.length) await trx('campaign_recipients').whereIn('lead_id', leadIds).update({ email_bidx: null });
    const byLead = trx('campaign_recipients').select('outbox_id').whereIn('lead_id', leadIds).whereNotNull('outbox_id');
    const q = trx('outbox').whereIn('id', byLead);
    if (addresses.length) q.orWhereRaw('lower(to_address) = any(?::text[])', [addresses.map((a) => a.toLowerCase())]);
    return q.update({
      to_address: ERASED_ADDRESS,
      subject: ERASED,
      text_body: ERASED,
      html_body: null,
      headers: null,
      given_up_at: trx.raw('case when sent_at is null then coalesce(given_up_at, ?) else given_up_at end', [now]),
    });
  }

  async recordErasure(e: Omit<ErasureRecord, 'id'> & { bidx: string | null }, trx: Knex.Transaction) {
    const [row]: Row[] = await trx('subject_erasures')
      .insert({
        kind: e.kind,
        bidx: e.bidx,
        at: e.at,
        by_user_id: e.byUserId,
        leads_count: e.leadsCount,
        request_id: e.requestId,
        reason: e.reason,
      })
      .returning('id');
    return Number(row.id);
  }

  async erasures(kind: SubjectKind, bidx: string): Promise<ErasureRecord[]> {
    const rows: Row[] = await this.db('subject_erasures').where({ kind, bidx }).orderBy('id');
    return rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      at: r.at,
      byUserId: r.by_user_id,
      leadsCount: r.leads_count,
      requestId: r.request_id === null ? null : Number(r.request_id),
      reason: r.reason,
    }));
  }
}
