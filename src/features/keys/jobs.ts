// The keys feature's jobs: run a key rotation to its end (one job per rotation, jobId keys-rotate-<id>), and the
// sweep (every 60 s, and when a worker starts) that enqueues again every unfinished one PostgreSQL records, so a
// rotation whose job Redis lost (a FLUSHALL, a job dropped after its attempts) carries on from its cursor.
import type { FeatureJobs } from '../../platform/queues';
import { ROTATE_JOB, type KeyRotationService } from './service';

export const SWEEP_JOB = 'keys-sweep';

export const keyJobs = (keys: KeyRotationService): FeatureJobs => ({
  jobs: [
    {
      queue: 'maintenance',
      name: ROTATE_JOB,
      run: async (data) => {
        const ids = data.rotationId ? [Number(data.rotationId)] : (await keys.unfinished()).map((r) => r.id);
        for (const id of ids) await keys.run(id);
        return { rotations: ids.length };
      },
    },
    {
      queue: 'maintenance',
      name: SWEEP_JOB,
      run: async () => ({ enqueued: await keys.resume() }),
      schedule: { every: 60_000 },
    },
  ],
  onWorkerStart: async () => void (await keys.resume()), // resume interrupted rotations
});
