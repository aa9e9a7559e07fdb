// The status feature's jobs: a notice's fan-out (one job per notice) and the sweep that enqueues every notice
// that fell due (every 10 s, and when a worker starts): PostgreSQL says what is owed, Redis may forget.
import type { FeatureJobs } from '../../platform/queues';
import { FANOUT_JOB, type NoticeFanout } from './notices';

export const statusJobs = (fanout: NoticeFanout): FeatureJobs => ({
  jobs: [
    { queue: 'notices', name: FANOUT_JOB, run: async (d) => ({ written: await fanout.fanOut(Number(d.noticeId)) }) },
    {
      queue: 'maintenance',
      name: 'status-sweep',
      run: async () => ({ enqueued: await fanout.sweep() }),
      schedule: { every: 10_000 },
    },
  ],
  onWorkerStart: async () => void (await fanout.sweep()),
});
