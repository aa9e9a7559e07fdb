// The exports feature's jobs: build one export (one job per export, jobId export-<id>) and the sweep that
// re-enqueues what Redis lost and deletes expired files (every 60 s, and when a worker starts).
import type { FeatureJobs } from '../../platform/queues';
import { BUILD_JOB, SWEEP_JOB } from './model';
import type { ExportService } from './service';
import type { ExportSweep } from './sweep';

export const exportJobs = (exports: ExportService, sweep: ExportSweep): FeatureJobs => ({
  jobs: [
    { queue: 'exports', name: BUILD_JOB, run: (d) => exports.build(Number(d.exportId)) },
    { queue: 'maintenance', name: SWEEP_JOB, run: () => sweep.run(), schedule: { every: 60_000 } },
  ],
  onWorkerStart: async () => void (await sweep.run()),
});
