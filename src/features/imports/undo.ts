// Undoing an import within the configured days, asked for by its owner and done by a worker: in one transaction,
// last row first, leads it created are removed
// (kept when something refers to them now: a campaign sent to them, a lead merged into them; or when erased),
// leads it updated or merged into are restored to their previous values (not when merged away or erased since),
// each change in the lead's history, and the whole in the audit log with counts only. The import's record stays.
import type { Knex } from 'knex';
import type { AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { DataCipher } from '../../platform/crypto';
import { ValidationError } from '../../platform/errors';
import { leadDiff, type LeadFields, type LeadStores } from '../leads';
import type { ImportsStore } from './data/importsStore';
import type { ImportUndoStore } from './data/undoStore';
import type { ImportWorkStore } from './data/workStore';
import { undoable, type Import } from './model';

export interface UndoDeps {
  db: Knex;
  store: ImportsStore;
  work: ImportWorkStore;
  undoStore: ImportUndoStore;
  leads: Pick<LeadStores, 'leads' | 'records'>;
  cipher: DataCipher;
  audit: AuditService;
  clock: Clock;
  undoDays: number;
}
export interface UndoCounts {
  removed: number;
  restored: number;
  kept: number;
}
/** Rows undone between two writes of the undo's progress. */
const PROGRESS_EVERY = 500;

/** Asks for the undo (a worker does it): the import done, within the days; refused beside the button otherwise. */
export async function requestUndo(d: UndoDeps, imp: Import, userId: number): Promise<void> {
  await d.db.transaction(async (trx) => {
    const locked = await d.store.find(imp.id, trx, true);
    if (!locked || !undoable(locked, d.clock(), d.undoDays))
      throw new ValidationError({
        undo:
          locked?.state === 'undone' || locked?.state === 'undoing'
            ? 'This import has already been undone.'
            : `An import can be undone only once it has finished, within ${d.undoDays} days.`,
      });
    await d.work.requestUndo(imp.id, userId, d.clock(), trx);
  });
}

/**
 * The worker's undo of an import asked to be undone, in one transaction (a killed worker's is rolled back, and the
 * sweep starts it again), by the user who asked; its progress is written beside it. Undefined when none is owed.
 */
export async function runUndo(d: UndoDeps, id: number): Promise<UndoCounts | undefined> {
  const imp = await d.store.find(id);
  if (!imp || imp.state !== 'undoing' || imp.undoneBy === null) return undefined;
  const userId = imp.undoneBy;
  try {
    return await d.db.transaction(async (trx) => {
      const counts: UndoCounts = { removed: 0, restored: 0, kept: 0 };
      let n = 0;
      for (const row of await d.store.rowsOf(imp.id, trx)) {
        const ok =
          row.action === 'created'
            ? await d.undoStore.removeCreated(row.leadId, trx)
            : await restore(d, row.leadId, row.previousEnc, imp.id, userId, trx);
        if (!ok) counts.kept++;
        else if (row.action === 'created') counts.removed++;
        else counts.restored++;
        if (++n % PROGRESS_EVERY === 0) await d.work.progress(imp.id, n, d.clock());
      }
      if (!(await d.store.markUndone(imp.id, userId, d.clock(), trx))) throw new Error('undone meanwhile');
      await d.audit.record(
        { userId },
        { action: 'lead.import.undo', targetType: 'import', targetId: imp.id, details: { ...counts } },
        trx,
      );
      return counts;
    });
  } catch (err) {
    if ((err as Error).message === 'undone meanwhile') return undefined;
    await d.work.failUndo(imp.id, String(err), d.clock());
    throw err;
  }
}

async function restore(
  d: UndoDeps,
  leadId: number,
  previousEnc: string | null,
  importId: number,
  userId: number,
  trx: Knex.Transaction,
): Promise<boolean> {
  if (!previousEnc || (await d.undoStore.erased(leadId, trx))) return false;
  const lead = await d.leads.leads.find(leadId, { kind: 'all' }, trx, true);
  if (!lead) return false;
  const previous = JSON.parse(d.cipher.decrypt(previousEnc)) as Partial<LeadFields>;
  const changes = leadDiff(lead, previous);
  if (changes.length) await d.leads.leads.update(leadId, previous, trx);
  await d.leads.records.addHistory(
    leadId,
    userId,
    [
      ...changes,
      {
        field: 'import',
        oldValue: null,
        newValue: `import #${importId} undone: previous values restored`,
        personal: false,
      },
    ],
    trx,
    d.clock(),
  );
  return true;
}
