// The imports feature's jobs: run one import (jobId import-<id>), its dry run and its undo, and the sweep that
// re-enqueues what Redis lost or a killed worker left (every 60 s, and when a worker starts).
import type { FeatureJobs } from '../../platform/queues';
import { CHECK_JOB, IMPORT_JOB, SWEEP_JOB, UNDO_JOB } from './model';
import type { ImportRunner } from './runner';
import type { ImportService } from './service';
import type { ImportSweep } from './sweep';

export const importJobs = (runner: ImportRunner, imports: ImportService, sweep: ImportSweep): FeatureJobs => ({
  jobs: [
    { queue: 'imports', name: IMPORT_JOB, run: (d) => runner.run(Number(d.importId)) },
    { queue: 'imports', name: CHECK_JOB, run: (d) => runner.check(Number(d.importId)) },
    {
      queue: 'imports',
      name: UNDO_JOB,
      run: async (d) => ({ ran: Boolean(await imports.runUndo(Number(d.importId))) }),
    },
    { queue: 'maintenance', name: SWEEP_JOB, run: () => sweep.run(), schedule: { every: 60_000 } },
  ],
  onWorkerStart: async () => void (await sweep.run()),
});
