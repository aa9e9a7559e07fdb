// The notifications feature's jobs: a broadcast's fan-out (one job per broadcast) and the sweep that enqueues
// every broadcast due and not done (every 10 s, and when a worker starts): PostgreSQL says what is owed.
import type { FeatureJobs } from '../../platform/queues';
import { BROADCAST_JOB, type Broadcasts } from './broadcasts';

export const notificationJobs = (broadcasts: Broadcasts): FeatureJobs => ({
  jobs: [
    {
      queue: 'notices',
      name: BROADCAST_JOB,
      run: async (d) => ({ told: await broadcasts.fanOut(Number(d.broadcastId)) }),
    },
    {
      queue: 'maintenance',
      name: 'broadcast-sweep',
      run: async () => ({ enqueued: await broadcasts.sweep() }),
      schedule: { every: 10_000 },
    },
  ],
  onWorkerStart: async () => void (await broadcasts.sweep()),
});
