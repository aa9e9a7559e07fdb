// What the file-deleting targets (exports, import rejects, request attachments) share: which of their files are
// still there, the ids a run was handed, and deleting a file only once the database change is committed.
import fs from 'node:fs';
import path from 'node:path';
import type { RunTransaction } from './model';

export const isFileIn = (dir: string, name: string): Promise<boolean> =>
  fs.promises.stat(path.join(dir, name)).then(
    (s) => s.isFile(),
    () => false,
  );

/** The ids as positive integers; anything else is dropped. */
export const wantedIds = (ids: string[]): number[] => ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);

/** Deletes the file once the run's transaction committed, or now when there is none (the change committed). */
export async function deleteAfterCommit(run: RunTransaction | undefined, file: string): Promise<void> {
  const rm = () => fs.promises.rm(file, { force: true });
  if (run) run.afterCommit(rm);
  else await rm();
}
