// The backups feature's jobs: a backup's run (dump, verify, prune), the schedule (cron, UTC), and the sweep that
// makes a missed scheduled backup, enqueues queued ones again and closes interrupted ones (every minute, and when
// a worker starts).
import type { FeatureJobs, JobDefinition } from '../../platform/queues';
import { BACKUP_JOB, type BackupService } from './service';
import type { BackupSweep } from './sweep';

export function backupJobs(backups: BackupService, sweep: BackupSweep, schedule: string): FeatureJobs {
  const swept = async () => {
    const r = await sweep.sweep();
    return { scheduled: r.scheduled, enqueued: r.enqueued, interrupted: r.interrupted };
  };
  const jobs: JobDefinition[] = [
    {
      queue: 'backups',
      name: BACKUP_JOB,
      run: async (d) => ({ [await backups.run(Number(d.backupId))]: true }),
    },
    { queue: 'maintenance', name: 'backup-sweep', run: swept, schedule: { every: 60_000 } },
  ];
  if (schedule !== 'off')
    jobs.push({
      queue: 'maintenance',
      name: 'backup-schedule',
      run: swept,
      schedule: { pattern: schedule, tz: 'UTC' },
    });
  return { jobs, onWorkerStart: async () => void (await sweep.sweep()) };
}
