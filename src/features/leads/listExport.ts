// The lead list for its export (the exports feature): the page's own parser of the list's parameters, and the
// leads a user may see for them (readScope, the one access rule), counted and read in the caller's snapshot.
import type { Knex } from 'knex';
import { readScope, type ScopeUser } from './access';
import type { ListedLead, ListedLeadsStore } from './data/listedStore';
import { readListQuery, type ListQuery } from './listQuery';
import type { LeadFilter, LeadSort } from './model';

export type { ListedLead };

export class LeadListExport {
  constructor(
    private readonly store: ListedLeadsStore,
    private readonly settings: { staleDays: number; phoneCountry: string },
  ) {}

  /** The list's parameters read exactly as the list page reads them, at `now`. */
  read(raw: unknown, now: Date): ListQuery {
    return readListQuery(raw, { ...this.settings, now });
  }

  count(user: ScopeUser, filter: LeadFilter, trx: Knex.Transaction): Promise<number> {
    return this.store.count(filter, readScope(user), trx);
  }

  rows(user: ScopeUser, filter: LeadFilter, sort: LeadSort, trx: Knex.Transaction): AsyncGenerator<ListedLead> {
    return this.store.rows(filter, readScope(user), sort, trx);
  }
}
