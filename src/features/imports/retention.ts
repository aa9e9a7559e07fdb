// The 'import_rejects' retention target: finished imports whose rejects file is still on disk, finished before the
// cut-off. The file is deleted and the import's path to it cleared; the import's record stays.
import fs from 'node:fs';
import path from 'node:path';
import type { RetentionItem, RetentionTarget } from '../retention';
import type { ImportsStore } from './data/importsStore';

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
    candidates: async (cutoff) => (await withFiles(cutoff)).map((f) => String(f.id)),
    async apply(ids, cutoff) {
      const wanted = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
      if (!wanted.length) return [];
      const changed: string[] = [];
      for (const f of await withFiles(cutoff, wanted)) {
        await fs.promises.rm(path.join(dir, f.path), { force: true });
        if (await store.clearRejects(f.id)) changed.push(String(f.id));
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
