// The 'import_rejects' retention target: finished imports whose rejects file is still on disk, finished before the
// cut-off. The import's path to the file is cleared and, once that committed, the file deleted; the import's
// record stays.
import fs from 'node:fs';
import path from 'node:path';
import { fromList, type RetentionItem, type RetentionTarget } from '../retention';
import { ImportsStore } from './data/importsStore';

export function importRejectsTarget(store: ImportsStore, dir: string): RetentionTarget {
  const onDisk = (p: string) =>
    fs.promises.stat(path.join(dir, p)).then(
      (s) => s.isFile(),
      () => false,
    );
  const withFiles = async (before: Date, ids?: number[]) => {
    const kept = [];
    for (const f of await store.rejectFiles(before, ids)) if (await onDisk(f.path)) kept.push(f);
    return kept;
  };
  return {
    key: 'import_rejects',
    label: 'Delete the rejected-row files of imports',
    unit: 'days',
    suggestedAge: 30,
    ...fromList(async (cutoff) => (await withFiles(cutoff)).map((f) => String(f.id))),
    async apply(ids, cutoff, run) {
      const wanted = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
      if (!wanted.length) return [];
      // in the run's transaction when given (each clearing commits on its own otherwise)
      const writer = run ? new ImportsStore(run.trx) : store;
      const changed: string[] = [];
      for (const f of await withFiles(cutoff, wanted)) {
        if (!(await writer.clearRejects(f.id))) continue;
        changed.push(String(f.id));
        const rm = () => fs.promises.rm(path.join(dir, f.path), { force: true });
        if (run) run.afterCommit(rm);
        else await rm();
      }
      return changed;
    },
    async describe(ids): Promise<RetentionItem[]> {
      const wanted = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
      const rows = await store.rejectFiles(new Date(8.64e15), wanted);
      return rows.map((f) => ({ id: String(f.id), at: f.finishedAt, detail: `Rejected rows of import #${f.id}` }));
    },
  };
}
