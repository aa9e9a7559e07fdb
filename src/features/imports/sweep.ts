// The imports sweep (every 60 s, and when a worker starts): PostgreSQL says what is owed. Imports queued or
// running, dry runs and undos with no progress lately (Redis flushed, worker killed) are enqueued again: a run
// resumes after the last committed batch, a dry run or an undo starts again (its transaction was rolled back).
// The files hold personal data: an upload never started is kept UPLOAD_KEEP_MS for its owner to map, a failed
// import's file as long, then deleted (the import's record stays); a file no import names (a crash between
// writing and recording it) is deleted a day after it was written.
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../platform/clock';
import type { ImportsStore } from './data/importsStore';
import { STALE_MS, UPLOAD_KEEP_MS, type Import } from './model';

const ORPHAN_MS = 86_400_000;

export class ImportSweep {
  constructor(
    private readonly store: ImportsStore,
    private readonly enqueue: (imp: Import) => Promise<void>,
    private readonly clock: Clock,
    private readonly dir: string,
    private readonly staleMs = STALE_MS,
  ) {}

  async run(): Promise<{ enqueued: number; deleted: number }> {
    const now = this.clock().getTime();
    const owed = await this.store.owed(new Date(now - this.staleMs));
    for (const imp of owed) await this.enqueue(imp);
    let deleted = 0;
    for (const imp of await this.store.expiredSources(new Date(now - UPLOAD_KEEP_MS))) {
      await this.store.dropSource(imp.id, this.clock());
      await fs.promises.rm(path.join(this.dir, imp.sourcePath), { force: true });
      deleted++;
    }
    return { enqueued: owed.length, deleted: deleted + (await this.orphans(now)) };
  }

  /** Files in the folder that no import names, written more than a day ago (the imports asked only then). */
  private async orphans(now: number): Promise<number> {
    const names = await fs.promises.readdir(this.dir).catch(() => [] as string[]);
    const old: string[] = [];
    for (const name of names) {
      const stat = await fs.promises.stat(path.join(this.dir, name)).catch(() => undefined);
      if (stat?.isFile() && now - stat.mtimeMs >= ORPHAN_MS) old.push(name);
    }
    if (!old.length) return 0;
    const named = await this.store.namedFiles();
    const orphans = old.filter((name) => !named.has(name));
    for (const name of orphans) await fs.promises.rm(path.join(this.dir, name), { force: true });
    return orphans.length;
  }
}
