// The keys feature's job: run a key rotation to its end; a worker that starts resumes any unfinished one.
import type { FeatureJobs } from '../../platform/queues';
import { ROTATE_JOB, type KeyRotationService } from './service';

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
  ],
  onWorkerStart: async () => {
    for (const r of await keys.unfinished()) await keys.enqueue(r.id); // resume interrupted rotations
  },
});
