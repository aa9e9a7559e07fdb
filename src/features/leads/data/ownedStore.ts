// A user's own leads read in full for their data export: every live lead they own (decrypted by LeadsStore's
// mapping), the consent records of those leads and their history (with the history of leads merged into them,
// decrypted by RecordsStore's mapping). Each is a cursor (constant memory however many leads), read in the
// caller's transaction so the counts and every pass see one snapshot.
import type { Knex } from 'knex';
import type { ConsentRecord, HistoryEntry, Lead } from '../model';
import { LEAD_COLUMNS, type LeadsStore } from './leadsStore';
import type { RecordsStore } from './recordsStore';

/** Rows fetched per round trip of a cursor. */
const BATCH = 2_000;
type Row = Record<string, any>;

export interface OwnedCounts {
  leads: number;
  consents: number;
  history: number;
}
export type OwnedLead = Lead & { statusLabel: string };

export class OwnedLeadsStore {
  constructor(
    private readonly leads: LeadsStore,
    private readonly records: RecordsStore,
  ) {}

  private owned(q: Knex.Transaction, userId: number) {
    return q('leads').where('leads.owner_id', userId).whereNull('leads.merged_into_id');
  }

  /** History rows of the user's live leads and of the leads merged into them. */
  private historyRows(q: Knex.Transaction, userId: number) {
    return q('lead_history as h')
      .join('leads as l', 'l.id', 'h.lead_id')
      .join('leads as w', 'w.id', q.raw('coalesce(l.merged_into_id, l.id)'))
      .where('w.owner_id', userId)
      .whereNull('w.merged_into_id');
  }

  async counts(userId: number, trx: Knex.Transaction): Promise<OwnedCounts> {
    const n = async (q: Knex.QueryBuilder) => Number((await q.count<{ n: string }[]>({ n: '*' }))[0].n);
    return {
      leads: await n(this.owned(trx, userId)),
      consents: await n(trx('lead_consents').whereIn('lead_id', this.owned(trx, userId).select('leads.id'))),
      history: await n(this.historyRows(trx, userId)),
    };
  }

  async *leadsOf(userId: number, trx: Knex.Transaction): AsyncGenerator<OwnedLead> {
    const q = this.owned(trx, userId)
      .join('lead_statuses as st', 'st.id', 'leads.status_id')
      .select([...LEAD_COLUMNS, 'st.label as status_label'])
      .orderBy([{ column: 'leads.created_at' }, { column: 'leads.id' }]);
    for await (const r of q.stream({ batchSize: BATCH }))
      yield { ...this.leads.toLead(r as Row), statusLabel: (r as Row).status_label as string };
  }

  async *consentsOf(userId: number, trx: Knex.Transaction): AsyncGenerator<ConsentRecord> {
    const q = trx('lead_consents')
      .select('*')
      .whereIn('lead_id', this.owned(trx, userId).select('leads.id'))
      .orderBy([{ column: 'lead_id' }, { column: 'id' }]);
    for await (const r of q.stream({ batchSize: BATCH })) yield this.records.toConsent(r as Row);
  }

  async *historyOf(userId: number, trx: Knex.Transaction): AsyncGenerator<HistoryEntry & { ownLeadId: number }> {
    const q = this.historyRows(trx, userId)
      .select('h.*', 'w.id as own_lead_id')
      .orderBy([{ column: 'w.id' }, { column: 'h.id' }]);
    for await (const r of q.stream({ batchSize: BATCH }))
      yield { ...this.records.toHistory(r as Row), ownLeadId: Number((r as Row).own_lead_id) };
  }
}
