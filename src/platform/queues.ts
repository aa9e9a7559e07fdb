// BullMQ queues used by web, CLI and workers, and the shape of a feature's jobs. Job payloads carry ids only,
// never personal data or keys. Each feature declares its jobs in its jobs.ts; workers/index.ts registers them all.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * The queues, with how many jobs of each a worker process runs at once, how often a job is tried, and how long
 * a worker's lock on a job lasts unrenewed (a job whose worker died is taken up again once its lock lapses).
 */
export const QUEUES = {
  mail: { concurrency: 4, attempts: 8, lockMs: 30_000 },
  maintenance: { concurrency: 1, attempts: 3, lockMs: 30_000 },
  /** Campaign sends, one job per recipient, at the configured rate (a global rate limit on the queue). Each
   * send takes milliseconds, so a short lock gets a killed worker's sends going again within seconds. */
  campaigns: { concurrency: 8, attempts: 8, lockMs: 10_000 },
  /** Fan-outs of maintenance and incident notices: one job per notice, writing its e-mails in batches. */
  notices: { concurrency: 2, attempts: 8, lockMs: 30_000 },
  /** System backups: one at a time per worker (an advisory lock in PostgreSQL makes it one across workers). */
  backups: { concurrency: 1, attempts: 3, lockMs: 60_000 },
  /** Users' own data exports, each built into one ZIP file. */
  exports: { concurrency: 2, attempts: 3, lockMs: 60_000 },
  /** Lead imports from CSV, in batches that commit their progress: a killed worker's import resumes within seconds. */
  imports: { concurrency: 2, attempts: 3, lockMs: 15_000 },
} as const;
export type QueueName = keyof typeof QUEUES;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

export type JobData = Record<string, unknown>;
export type JobResult = Record<string, number | boolean>;

/** One kind of job: its queue, its name (the BullMQ job name), what it does, and when it repeats (if it does). */
export interface JobDefinition {
  queue: QueueName;
  name: string;
  run(data: JobData): Promise<JobResult>;
  schedule?: { every: number } | { pattern: string; tz?: string };
}
/** What a feature gives the worker: its jobs, and what to do when a worker starts (resume, re-enqueue). */
export interface FeatureJobs {
  jobs: JobDefinition[];
  onWorkerStart?(): Promise<void>;
}

const defaults = (attempts: number): JobsOptions => ({
  attempts,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 1000 },
  // Failed jobs are dropped: the outcome is recorded in PostgreSQL and a sweep re-enqueues the work.
  removeOnFail: true,
});

export class Jobs {
  private readonly queues: Record<QueueName, Queue>;

  constructor(connection: Redis, prefix = 'valley') {
    const make = (name: QueueName) =>
      new Queue(name, { connection, prefix, defaultJobOptions: defaults(QUEUES[name].attempts) });
    this.queues = Object.fromEntries(QUEUE_NAMES.map((name) => [name, make(name)])) as Record<QueueName, Queue>;
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
  get mail(): Queue {
    return this.queues.mail;
  }
  get maintenance(): Queue {
    return this.queues.maintenance;
  }

  /** Enqueue a job. Give a deterministic `jobId` (no ':', not all digits) to make enqueuing it twice one job. */
  async add(queue: QueueName, name: string, data: JobData, opts: JobsOptions = {}): Promise<void> {
    await this.queues[queue].add(name, data, opts);
  }

  /** Enqueue many jobs of one name in one round trip (each with its own deterministic `jobId`). */
  async addBulk(
    queue: QueueName,
    name: string,
    items: { data: JobData; jobId: string; removeOnComplete?: boolean }[],
  ): Promise<void> {
    if (!items.length) return;
    const opts = (i: (typeof items)[number]) =>
      i.removeOnComplete ? { jobId: i.jobId, removeOnComplete: true } : { jobId: i.jobId };
    await this.queues[queue].addBulk(items.map((i) => ({ name, data: i.data, opts: opts(i) })));
  }

  /** Run a maintenance job now (besides its schedule). */
  async runMaintenance(name: string): Promise<void> {
    await this.add('maintenance', name, {}, { jobId: `${name}-${Date.now()}` });
  }

  get all(): Queue[] {
    return Object.values(this.queues);
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((q) => q.close()));
  }
}
