// Worker process: one BullMQ worker per queue, running every feature's jobs (src/jobs.ts). The work itself
// lives in the features; this file only registers it.
import { Worker, type Job } from 'bullmq';
import { configOrExit } from '../src/platform/config';
import { QUEUE_NAMES, QUEUES, type JobData } from '../src/platform/queues';
import { checkEvictionPolicy, createRedis } from '../src/platform/redis';
import { errorText } from '../src/platform/logger';
import { featureJobs } from '../src/jobs';
import { services, type Services } from '../src/services';

/** How often a worker checks that every repeating schedule is still registered in Redis. */
const RESCHEDULE_MS = 30_000;

export async function startWorkers(s: Services, prefix = 'valley', opts: { rescheduleMs?: number } = {}) {
  const { log, jobs } = s.platform;
  const features = featureJobs(s);
  const definitions = features.flatMap((f) => f.jobs);
  // Workers block on Redis: they need their own connection with maxRetriesPerRequest: null.
  const connection = createRedis(s.config, { maxRetriesPerRequest: null });
  const workers = QUEUE_NAMES.map((queue) => {
    const mine = new Map(definitions.filter((d) => d.queue === queue).map((d) => [d.name, d]));
    const run = (job: Job<JobData>) => {
      const definition = mine.get(job.name);
      if (!definition) throw new Error(`unknown ${queue} job ${job.name}`);
      return definition.run(job.data);
    };
    const { concurrency, lockMs } = QUEUES[queue];
    // stalled jobs (their worker died) are looked for twice per lock period
    return new Worker(queue, run, {
      connection,
      prefix,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs / 2,
    });
  });
  for (const w of workers) {
    w.on('error', (err) => log.error({ err: errorText(err), queue: w.name }, 'worker error'));
    w.on('failed', (job, err) =>
      log.warn(
        { queue: w.name, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: errorText(err) },
        'job failed',
      ),
    );
  }
  // Repeating schedules, upserted at every worker boot (registering them is idempotent), and put back whenever
  // one is missing: a Redis that lost everything (FLUSHALL, an empty replica) gets them again without a restart.
  const scheduled = definitions.filter((d) => d.schedule);
  const schedule = async (onlyMissing: boolean) => {
    for (const queue of new Set(scheduled.map((d) => d.queue))) {
      const have = onlyMissing ? new Set((await jobs.queue(queue).getJobSchedulers()).map((j) => j.key)) : new Set();
      for (const d of scheduled.filter((x) => x.queue === queue && !have.has(x.name)))
        await jobs.queue(queue).upsertJobScheduler(d.name, d.schedule!, { name: d.name });
    }
  };
  const renew = setInterval(() => {
    schedule(true).catch((err: Error) => log.warn({ err: errorText(err) }, 'job schedules not checked'));
  }, opts.rescheduleMs ?? RESCHEDULE_MS);
  renew.unref();
  // A worker started while PostgreSQL or Redis is away (a restart, a failover) keeps running and tries again:
  // its queues' workers reconnect by themselves, and the start-up work is retried until it is done.
  const retries = new Set<NodeJS.Timeout>();
  const untilDone = async (what: string, work: () => Promise<void>, wait = 1000): Promise<void> => {
    try {
      await work();
    } catch (err) {
      log.warn({ err: errorText(err as Error), retryMs: wait }, `${what} failed at start; trying again`);
      const t = setTimeout(() => {
        retries.delete(t);
        void untilDone(what, work, Math.min(wait * 2, 30_000));
      }, wait);
      retries.add(t);
    }
  };
  await untilDone('job schedules', () => schedule(false));
  for (const f of features)
    if (f.onWorkerStart) await untilDone(`start-up of ${f.jobs[0]?.name ?? 'a feature'}`, () => f.onWorkerStart!());
  return {
    workers,
    async close() {
      for (const t of retries) clearTimeout(t);
      clearInterval(renew);
      await Promise.all(workers.map((w) => w.close()));
      connection.disconnect();
    },
  };
}

if (require.main === module) {
  const s = services(configOrExit());
  const { log, redis } = s.platform;
  void checkEvictionPolicy(redis, log);
  startWorkers(s).then(
    (running) => {
      log.info('workers started');
      const stop = async () => {
        log.info('workers stopping');
        await running.close();
        await s.close();
        process.exit(0);
      };
      process.on('SIGTERM', () => void stop());
      process.on('SIGINT', () => void stop());
    },
    (err: Error) => {
      log.fatal({ err: err.message }, 'workers failed to start');
      process.exit(1);
    },
  );
}
