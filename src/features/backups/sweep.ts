// What PostgreSQL says is owed, done again whatever Redis forgot: the backup for the schedule's latest time (a
// worker that was down at 02:00 makes it when it comes back), queued backups enqueued again, and backups whose
// worker died mid-run (no one holds the lock, yet the row says running) marked failed, their files cleared.
import { CronExpressionParser } from 'cron-parser';
import type { Clock } from '../../platform/clock';
import type { BackupsStore } from './data/backupsStore';
import type { BackupService } from './service';
import type { BackupStorage } from './storage';

/** The schedule's latest time at or before `now` (undefined when scheduling is off). */
export function latestSlot(schedule: string, now: Date): Date | undefined {
  if (schedule === 'off') return undefined;
  const at = CronExpressionParser.parse(schedule, { currentDate: new Date(now.getTime() + 1), tz: 'UTC' });
  return at.prev().toDate();
}

export class BackupSweep {
  constructor(
    private readonly d: {
      backups: BackupService;
      store: BackupsStore;
      storage: BackupStorage;
      clock: Clock;
      schedule: string;
    },
  ) {}

  async sweep(): Promise<{ scheduled: number; enqueued: number; interrupted: number }> {
    const interrupted = await this.interrupted();
    const slot = latestSlot(this.d.schedule, this.d.clock());
    let scheduled = 0;
    if (slot && !(await this.d.store.hasSlot(slot)))
      scheduled = (await this.d.backups.request('schedule', { userId: null }, slot)) === undefined ? 0 : 1;
    const queued = await this.d.store.inState(['queued']);
    for (const b of queued) await this.d.backups.enqueue(b.id);
    return { scheduled, enqueued: queued.length, interrupted };
  }

  /** Running backups with no one running them (checked under the lock, so a live run is never touched). */
  private async interrupted(): Promise<number> {
    if (!(await this.d.store.inState(['running', 'verifying'])).length) return 0;
    const n = await this.d.backups.underLock(async () => {
      const dead = await this.d.store.inState(['running', 'verifying']);
      // only what was being written goes (a committed file may be one a restored database still names as running)
      await this.d.backups.clearLeftovers();
      for (const b of dead) {
        await this.d.backups.fail(
          { id: b.id, file: b.file },
          `interrupted: the worker stopped while ${b.state === 'running' ? 'dumping' : 'verifying'}; nothing of this backup counts`,
        );
      }
      return dead.length;
    });
    return n ?? 0;
  }
}
