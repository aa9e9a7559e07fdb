// The 'expired_exports' retention target: exports whose download expired more than the rule's days ago and whose
// file is still on disk (the sweep deletes files at expiry; this catches any it left). The export is marked as
// having no file and, once that committed, its file deleted. The same query decides the preview and the run; each
// is checked again first.
import path from 'node:path';
import {
  deleteAfterCommit,
  fromList,
  isFileIn,
  wantedIds,
  type RetentionItem,
  type RetentionTarget,
} from '../retention';
import { ExportsStore, type ExpiredFile } from './data/exportsStore';

export function expiredExportsTarget(store: ExportsStore, dir: string): RetentionTarget {
  const withFiles = async (before: Date, ids?: number[]) => {
    const rows = await store.expiredFiles(before, ids);
    const kept: ExpiredFile[] = [];
    for (const f of rows) if (await isFileIn(dir, f.filePath)) kept.push(f);
    return kept;
  };
  return {
    key: 'expired_exports',
    label: 'Delete the files of expired exports',
    unit: 'days',
    suggestedAge: 30,
    ...fromList(async (cutoff) => (await withFiles(cutoff)).map((f) => String(f.id))),
    async apply(ids, cutoff, run) {
      const wanted = wantedIds(ids);
      if (!wanted.length) return [];
      const still = new Map((await withFiles(cutoff, wanted)).map((f) => [f.id, f]));
      // in the run's transaction when given (each clearing commits on its own otherwise)
      const writer = run ? new ExportsStore(run.trx) : store;
      const changed: string[] = [];
      for (const id of wanted) {
        const f = still.get(id);
        if (!f || !(await writer.clearFile(id, cutoff))) continue;
        changed.push(String(id));
        await deleteAfterCommit(run, path.join(dir, f.filePath));
      }
      return changed;
    },
    async describe(ids): Promise<RetentionItem[]> {
      const wanted = ids.map(Number);
      const byId = new Map((await store.expiredFiles(new Date(8.64e15), wanted)).map((f) => [f.id, f]));
      return ids.flatMap((id) => {
        const f = byId.get(Number(id));
        const kind = f?.kind === 'leads' ? 'lead list' : 'own data';
        return f ? [{ id, at: f.expiresAt, detail: `Export of ${kind} by ${f.ownerName}` }] : [];
      });
    },
  };
}
