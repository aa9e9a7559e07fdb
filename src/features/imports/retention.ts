// The 'import_rejects' retention target: finished imports whose rejects file is still on disk, finished before the
// cut-off. The import's path to the file is cleared and, once that committed, the file deleted; the import's
// record stays.
import path from 'node:path';
import {
  deleteAfterCommit,
  fromList,
  isFileIn,
  wantedIds,
  type RetentionItem,
  type RetentionTarget,
} from '../retention';
import { ImportsStore } from './data/importsStore';

export function importRejectsTarget(store: ImportsStore, dir: string): RetentionTarget {
  const withFiles = async (before: Date, ids?: number[]) => {
    const kept = [];
    for (const f of await store.rejectFiles(before, ids)) if (await isFileIn(dir, f.path)) kept.push(f);
    return kept;
  };
  return {
    key: 'import_rejects',
    label: 'Delete the rejected-row files of imports',
    unit: 'days',
    suggestedAge: 30,
    ...fromList(async (cutoff) => (await withFiles(cutoff)).map((f) => String(f.id))),
    async apply(ids, cutoff, run) {
      const wanted = wantedIds(ids);
      if (!wanted.length) return [];
      // in the run's transaction when given (each clearing commits on its own otherwise)
      const writer = run ? new ImportsStore(run.trx) : store;
      const changed: string[] = [];
      for (const f of await withFiles(cutoff, wanted)) {
        if (!(await writer.clearRejects(f.id))) continue;
        changed.push(String(f.id));
        await deleteAfterCommit(run, path.join(dir, f.path));
      }
      return changed;
    },
    async describe(ids): Promise<RetentionItem[]> {
      const rows = await store.rejectFiles(new Date(8.64e15), wantedIds(ids));
      return rows.map((f) => ({ id: String(f.id), at: f.finishedAt, detail: `Rejected rows of import #${f.id}` }));
    },
  };
}
