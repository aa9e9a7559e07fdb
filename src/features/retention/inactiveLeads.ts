// The 'inactive_leads' target: leads with no activity (update, history, consent, message) for the rule's months
// are anonymized by the subjects feature's anonymizer, handed in by the composition root. Each is checked again
// under a row lock in the anonymizer's transaction, so a lead touched since the preview is left alone.
import type { Knex } from 'knex';
import type { InactiveLeadsStore } from '../leads';
import type { RetentionItem, RetentionTarget } from './model';

/** Anonymizes the leads' personal fields in the caller's transaction (the subjects feature's `anonymizeLeads`). */
export type AnonymizeLeads = (leadIds: number[], reason: string, trx: Knex.Transaction) => Promise<unknown>;

export function inactiveLeadsTarget(
  db: Knex,
  store: Pick<InactiveLeadsStore, 'candidates' | 'lockStillInactive' | 'describe'>,
  anonymize: AnonymizeLeads,
): RetentionTarget {
  return {
    key: 'inactive_leads',
    label: 'Anonymize leads with no activity',
    unit: 'months',
    suggestedAge: 36,
    candidates: async (cutoff) => (await store.candidates(cutoff)).map(String),
    apply: (ids, cutoff) =>
      db.transaction(async (trx) => {
        const wanted = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
        const still = new Set(await store.lockStillInactive(wanted, cutoff, trx));
        const changed = wanted.filter((id) => still.has(id));
        if (changed.length)
          await anonymize(changed, `retention: no activity since ${cutoff.toISOString().slice(0, 10)}`, trx);
        return changed.map(String);
      }),
    describe: async (ids): Promise<RetentionItem[]> =>
      (await store.describe(ids.map(Number))).map((l) => ({
        id: String(l.id),
        at: l.lastActivity,
        detail: `Owner: ${l.ownerName}`,
      })),
  };
}
