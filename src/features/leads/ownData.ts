// What a user owns among the leads, read in full for their own data export (the exports feature): their live
// leads decrypted, those leads' consent records and history. Read inside the caller's transaction (one snapshot
// for the counts and every pass), a cursor each.
import type { Knex } from 'knex';
import type { OwnedCounts, OwnedLead, OwnedLeadsStore } from './data/ownedStore';
import type { ConsentRecord, HistoryEntry } from './model';

export type { OwnedCounts, OwnedLead };
export type OwnedHistoryEntry = HistoryEntry & { ownLeadId: number };

export class OwnLeadData {
  constructor(private readonly store: OwnedLeadsStore) {}

  counts(userId: number, trx: Knex.Transaction): Promise<OwnedCounts> {
    return this.store.counts(userId, trx);
  }
  leads(userId: number, trx: Knex.Transaction): AsyncGenerator<OwnedLead> {
    return this.store.leadsOf(userId, trx);
  }
  consents(userId: number, trx: Knex.Transaction): AsyncGenerator<ConsentRecord> {
    return this.store.consentsOf(userId, trx);
  }
  history(userId: number, trx: Knex.Transaction): AsyncGenerator<OwnedHistoryEntry> {
    return this.store.historyOf(userId, trx);
  }
}
