// Worker process: BullMQ processors wired to services. The work itself lives in src/services/.
import { Worker, type Job } from 'bullmq';
import { configOrExit } from '../src/config';
import { services } from '../src/services';
import { createRedis, checkEvictionPolicy } from '../src/redis';
import { QUEUE_NAMES } from '../src/services/jobs';
import { runMaintenance, SCHEDULES } from '../src/services/maintenance';

export async function startWorkers(s: ReturnType<typeof services>, prefix = 'valley') {
  // Workers block on Redis: they need their own connection with maxRetriesPerRequest: null.
  const connection = createRedis(s.config.REDIS_URL, { maxRetriesPerRequest: null });
  const workers = [
    new Worker(QUEUE_NAMES.mail, async (job: Job<{ outboxId: number }>) => ({ delivered: await s.mail.deliver(job.data.outboxId) }), { connection, prefix, concurrency: 4 }),
    new Worker(QUEUE_NAMES.maintenance, async (job: Job) => runMaintenance(s, job.name, job.data), { connection, prefix, concurrency: 1 }),
  ];
  for (const w of workers) {
    w.on('error', (err) => s.log.error({ err: err.message, queue: w.name }, 'worker error'));
    w.on('failed', (job, err) => s.log.warn({ queue: w.name, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'job failed'));
  }
  for (const sched of SCHEDULES) {
    await s.jobs.maintenance.upsertJobScheduler(sched.name, sched.every ? { every: sched.every } : { pattern: sched.pattern }, { name: sched.name });
  }
  await s.mail.sweep(0); // anything left unsent while no worker ran (or after Redis was flushed)
  for (const r of await s.keyRotation.unfinished()) await s.jobs.rotateKeys(r.id); // resume interrupted rotations
  return {
    workers,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      connection.disconnect();
    },
  };
}

if (require.main === module) {
  const s = services(configOrExit());
  void checkEvictionPolicy(s.redis, s.log);
  startWorkers(s).then((running) => {
    s.log.info('workers started');
    const stop = async () => {
      s.log.info('workers stopping');
      await running.close();
      await s.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop());
    process.on('SIGINT', () => void stop());
  }, (err: Error) => {
    s.log.fatal({ err: err.message }, 'workers failed to start');
    process.exit(1);
  });
}
