// The outbox's jobs: deliver one message (enqueued when its row is written), and a sweep that re-enqueues
// anything still unsent (after a Redis flush, or when a job ran out of tries).
import type { FeatureJobs, JobResult } from '../queues';
import { DELIVER_JOB, DELIVER_MANY_JOB, PermanentDeliveryError, type MailService } from './mail';

export const outboxJobs = (mail: MailService): FeatureJobs => ({
  jobs: [
    {
      queue: 'mail',
      name: DELIVER_JOB,
      run: async (data): Promise<JobResult> => {
        try {
          return { delivered: await mail.deliver(Number(data.outboxId)) };
        } catch (err) {
          if (err instanceof PermanentDeliveryError) return { delivered: false, refused: true }; // not retried
          throw err;
        }
      },
    },
    {
      queue: 'mail',
      name: DELIVER_MANY_JOB,
      run: async (data) => mail.deliverMany((data.outboxIds as unknown[]).map(Number)),
    },
    {
      queue: 'maintenance',
      name: 'outbox-sweep',
      run: async () => ({ requeued: await mail.sweep() }),
      schedule: { every: 60_000 },
    },
  ],
  // Anything left unsent while no worker ran (or after Redis was flushed).
  onWorkerStart: async () => void (await mail.sweep(0)),
});
