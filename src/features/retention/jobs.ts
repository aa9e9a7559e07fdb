// The retention feature's job: the daily run of every rule switched on. It is tried every 15 minutes and when a
// worker starts; PostgreSQL records each day's run (unique by UTC day), so only the first try of a day runs it,
// whatever Redis forgot or enqueued twice.
import type { FeatureJobs } from '../../platform/queues';
import type { RetentionService } from './service';

export const RETENTION_JOB = 'retention-daily';

export const retentionJobs = (retention: RetentionService): FeatureJobs => {
  const run = async () => {
    const r = await retention.runScheduled();
    return { ran: r !== undefined, changed: r?.changed ?? 0 };
  };
  return {
    jobs: [{ queue: 'maintenance', name: RETENTION_JOB, run, schedule: { every: 15 * 60_000 } }],
    onWorkerStart: async () => void (await run()),
  };
};
