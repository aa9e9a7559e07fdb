// The imports sweep (every 60 s, and when a worker starts): PostgreSQL says what is owed. Imports queued or
// running with no progress lately (Redis flushed, worker killed) are enqueued again; the run resumes after the
// last committed batch. Uploads never started are left to their owner.
import type { Clock } from '../../platform/clock';
import type { ImportsStore } from './data/importsStore';
import { STALE_MS } from './model';

export class ImportSweep {
  constructor(
    private readonly store: ImportsStore,
    private readonly enqueue: (id: number) => Promise<void>,
    private readonly clock: Clock,
    private readonly staleMs = STALE_MS,
  ) {}

  async run(): Promise<{ enqueued: number }> {
    const owed = await this.store.owed(new Date(this.clock().getTime() - this.staleMs));
    for (const id of owed) await this.enqueue(id);
    return { enqueued: owed.length };
  }
}
