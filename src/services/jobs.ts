// BullMQ queues used by web and CLI. Job payloads carry ids only, never personal data or keys.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';

export const QUEUE_NAMES = { mail: 'mail', maintenance: 'maintenance' } as const;
export type MaintenanceJob = 'outbox-sweep' | 'lead-counts' | 'password-reminders' | 'session-cleanup' | 'stale-digest' | 'keys-rotate';

const defaults: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 1000 },
  // Failed jobs are dropped: the outcome is recorded in PostgreSQL and the sweep re-enqueues the work.
  removeOnFail: true,
};

export class Jobs {
  readonly mail: Queue;
  readonly maintenance: Queue;

  constructor(connection: Redis, prefix = 'valley') {
    this.mail = new Queue(QUEUE_NAMES.mail, { connection, prefix, defaultJobOptions: defaults });
    this.maintenance = new Queue(QUEUE_NAMES.maintenance, { connection, prefix, defaultJobOptions: { ...defaults, attempts: 3 } });
  }

  /** Deterministic job id: enqueuing the same outbox row twice is one job. */
  async deliverMail(outboxId: number): Promise<void> {
    await this.mail.add('deliver', { outboxId }, { jobId: `mail-${outboxId}` });
  }

  async runMaintenance(name: MaintenanceJob): Promise<void> {
    await this.maintenance.add(name, {}, { jobId: `${name}-${Date.now()}` });
  }

  /** One job per rotation id: enqueuing it again while it runs is a no-op; it resumes from PostgreSQL. */
  async rotateKeys(rotationId: number): Promise<void> {
    await this.maintenance.add('keys-rotate', { rotationId }, { jobId: `keys-rotate-${rotationId}`, attempts: 5 });
  }

  get all(): Queue[] {
    return [this.mail, this.maintenance];
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((q) => q.close()));
  }
}
