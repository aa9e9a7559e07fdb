// The lead list read in full for an export of it (the exports feature): the same filter and scope as the page
// (filterLeads, applyScope), in the page's order, decrypted by LeadsStore's mapping, as a cursor (constant memory
// however many leads), in the caller's transaction so the count and the rows see one snapshot.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { LeadScope } from '../access';
import type { Lead, LeadFilter, LeadSort } from '../model';
import { filterLeads } from './filter';
import { LEAD_COLUMNS, type LeadsStore } from './leadsStore';

/** Rows fetched per round trip of the cursor. */
const BATCH = 2_000;
type Row = Record<string, any>;

export type ListedLead = Lead & { statusLabel: string; ownerName: string | null };

export class ListedLeadsStore {
  constructor(
    private readonly leads: LeadsStore,
    private readonly cipher: DataCipher,
  ) {}

  async count(filter: LeadFilter, scope: LeadScope, trx: Knex.Transaction): Promise<number> {
    const [r] = await filterLeads(trx, this.cipher, filter, scope).count<{ n: string }[]>({ n: '*' });
    return Number(r.n);
  }

  async *rows(filter: LeadFilter, scope: LeadScope, sort: LeadSort, trx: Knex.Transaction): AsyncGenerator<ListedLead> {
    const keys = sort === 'name' ? ['last_name', 'first_name', 'id'] : ['created_at', 'id'];
    const q = filterLeads(trx, this.cipher, filter, scope)
      .join('lead_statuses as st', 'st.id', 'leads.status_id')
      .leftJoin('users as o', 'o.id', 'leads.owner_id')
      .select([...LEAD_COLUMNS, 'st.label as status_label', 'o.name as owner_name'])
      .orderBy(keys.map((k) => ({ column: `leads.${k}`, order: sort === 'name' ? 'asc' : 'desc' })));
    for await (const r of q.stream({ batchSize: BATCH }) as AsyncIterable<Row>)
      yield {
        ...this.leads.toLead(r),
        statusLabel: r.status_label as string,
        ownerName: r.owner_name as string | null,
      };
  }
}
