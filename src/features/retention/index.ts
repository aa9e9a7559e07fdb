// The retention feature: administrators' optional rules for how long personal data is kept (leads with no
// activity, import rejects, expired exports, privacy requests' attachments), each previewed, run now or by the
// daily job, and reported. The features owning the data offer it as RetentionTargets; leads with no activity are
// found here (through the leads feature) and anonymized by the anonymizer handed in. Other code uses this file only.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import { RetentionStore } from './data/retentionStore';
import { inactiveLeadsTarget, type AnonymizeLeads, type InactiveLeads } from './inactiveLeads';
import { RETENTION_KEYS, type RetentionTarget } from './model';
import { RetentionService } from './service';

export * from './model';
export { deleteAfterCommit, isFileIn, wantedIds } from './files';
export type { AnonymizeLeads } from './inactiveLeads';
export type { RetentionService, RuleView } from './service';
export { retentionRoutes } from './routes';
export { retentionJobs, RETENTION_JOB } from './jobs';

export const retentionStores = (db: Knex) => ({ retention: new RetentionStore(db) });
export type RetentionStores = ReturnType<typeof retentionStores>;

export function createRetention(
  p: Platform,
  stores: RetentionStores,
  others: {
    /** Leads with no activity since a cut-off (the leads feature's). */
    inactiveLeads: InactiveLeads;
    /** Anonymizes leads in a transaction (the subjects feature's `anonymizeLeads`). */
    anonymizeLeads: AnonymizeLeads;
    /** The other features' targets (expired exports, import rejects, request attachments). */
    targets: RetentionTarget[];
    /** How many things a run changes in one transaction (BATCH_SIZE unless a test says). */
    batchSize?: number;
  },
) {
  const { db, clock, audit, log } = p;
  const all = [inactiveLeadsTarget(db, others.inactiveLeads, others.anonymizeLeads), ...others.targets];
  // one target per key, in the page's order
  const targets = RETENTION_KEYS.flatMap((k) => all.filter((t) => t.key === k).slice(0, 1));
  return {
    retention: new RetentionService({
      db,
      store: stores.retention,
      targets,
      clock,
      audit,
      log,
      batchSize: others.batchSize,
    }),
  };
}
