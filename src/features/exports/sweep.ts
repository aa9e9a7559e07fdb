// The exports sweep (every 60 s, and when a worker starts): PostgreSQL says what is owed. It re-enqueues exports
// queued or running with no progress lately (Redis flushed, worker killed), deletes the files of exports past
// their 24 hours (marking them expired), and removes any file in the directory no ready export points to.
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../platform/clock';
import type { ExportsStore } from './data/exportsStore';
import { STALE_MS } from './model';

export class ExportSweep {
  constructor(
    private readonly store: ExportsStore,
    private readonly enqueue: (id: number) => Promise<void>,
    private readonly clock: Clock,
    private readonly dir: string,
  ) {}

  async run(): Promise<{ enqueued: number; expired: number; removed: number }> {
    const now = this.clock();
    const owed = await this.store.owed(new Date(now.getTime() - STALE_MS));
    for (const id of owed) await this.enqueue(id);
    let expired = 0;
    for (const e of await this.store.expiredBy(now)) {
      if (e.filePath) await fs.promises.rm(path.join(this.dir, e.filePath), { force: true });
      if (await this.store.markExpired(e.id)) expired++;
    }
    return { enqueued: owed.length, expired, removed: await this.removeStray(now) };
  }

  /** Files no ready export points to, older than a running build could be (a killed worker's .part). */
  private async removeStray(now: Date): Promise<number> {
    const names = await fs.promises.readdir(this.dir).catch(() => [] as string[]);
    if (!names.length) return 0;
    const live = await this.store.liveFiles();
    let removed = 0;
    for (const name of names) {
      if (live.has(name) || !name.startsWith('export-')) continue;
      const file = path.join(this.dir, name);
      const stat = await fs.promises.stat(file).catch(() => undefined);
      if (!stat || now.getTime() - stat.mtimeMs < STALE_MS) continue;
      await fs.promises.rm(file, { force: true });
      removed++;
    }
    return removed;
  }
}
