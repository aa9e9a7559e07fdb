// The 'inactive_leads' target: leads with no activity (update, history, consent, message) for the rule's months
// are anonymized by the subjects feature's anonymizer, handed in by the composition root. Each is checked again
// under a row lock in the anonymizer's transaction, so a lead touched since the preview is left alone. They may be
// many: the preview counts them and reads the first; a run reads and anonymizes them a batch at a time.
import type { Knex } from 'knex';
import type { InactiveLeadsStore } from '../leads';
import { RUN_ID_LIMIT, inTransaction, type RetentionItem, type RetentionTarget } from './model';
import { wantedIds } from './files';

/** Anonymizes the leads' personal fields in the caller's transaction (the subjects feature's `anonymizeLeads`). */
export type AnonymizeLeads = (leadIds: number[], reason: string, trx: Knex.Transaction) => Promise<unknown>;

export type InactiveLeads = Pick<InactiveLeadsStore, 'count' | 'page' | 'lockStillInactive' | 'describe'>;

export function inactiveLeadsTarget(db: Knex, store: InactiveLeads, anonymize: AnonymizeLeads): RetentionTarget {
  const change = async (ids: string[], cutoff: Date, trx: Knex.Transaction) => {
    const wanted = wantedIds(ids);
    const still = new Set(await store.lockStillInactive(wanted, cutoff, trx));
    const changed = wanted.filter((id) => still.has(id));
    if (changed.length)
      await anonymize(changed, `retention: no activity since ${cutoff.toISOString().slice(0, 10)}`, trx);
    return changed.map(String);
  };
  return {
    key: 'inactive_leads',
    label: 'Anonymize leads with no activity',
    unit: 'months',
    suggestedAge: 36,
    count: (cutoff) => store.count(cutoff),
    candidates: async (cutoff, limit = RUN_ID_LIMIT) =>
      (await store.page(cutoff, null, limit)).map((l) => String(l.id)),
    async *batches(cutoff, size) {
      // keyset pages: those anonymized meanwhile drop out, the rest keep their order, so none is missed
      let after: { at: string; id: number } | null = null;
      for (;;) {
        const page = await store.page(cutoff, after, size);
        if (page.length) yield page.map((l) => String(l.id));
        if (page.length < size) return;
        after = page[page.length - 1];
      }
    },
    apply: (ids, cutoff, run) =>
      run ? change(ids, cutoff, run.trx) : inTransaction(db, (own) => change(ids, cutoff, own.trx)),
    describe: async (ids): Promise<RetentionItem[]> =>
      (await store.describe(ids.map(Number))).map((l) => ({
        id: String(l.id),
        at: l.lastActivity,
        detail: `Owner: ${l.ownerName}`,
      })),
  };
}
