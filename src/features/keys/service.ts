// Re-encrypts every personal value under the newest key, in resumable batches: the cursor lives in
// PostgreSQL (key_rotations), each batch is one transaction, and a restarted job carries on from it.
// The portal keeps working meanwhile: readers decrypt with whichever key id a value records.
import type { Knex } from 'knex';
import type { Jobs } from '../../platform/queues';
import type { RotationStore } from './data/rotationStore';
import { NEXT_PHASE, type Rotation } from './model';

export const ROTATE_JOB = 'keys-rotate';

export class KeyRotationService {
  constructor(
    private readonly db: Knex,
    private readonly store: RotationStore,
    private readonly jobs: Jobs,
    private readonly currentKeyId: number,
  ) {}

  /** Starts a rotation to the newest key, or returns the one already under way (to that key). */
  async start(): Promise<Rotation> {
    return this.db.transaction(async (trx) => {
      const open = await this.store.lockOpen(trx);
      if (open && open.targetKeyId >= this.currentKeyId) return open;
      // An unfinished rotation to an older key (its worker stopped, then a newer key was added) could never
      // finish under this keyring; rotating to the newest key covers everything it had left, so close it.
      if (open) await this.store.finish(open.id, trx);
      return this.store.create(this.currentKeyId, trx);
    });
  }

  /** One job per rotation id: enqueuing it again while it runs is a no-op; it resumes from PostgreSQL. */
  async enqueue(rotationId: number): Promise<void> {
    await this.jobs.add(
      'maintenance',
      ROTATE_JOB,
      { rotationId },
      { jobId: `${ROTATE_JOB}-${rotationId}`, attempts: 5 },
    );
  }

  unfinished(): Promise<Rotation[]> {
    return this.store.unfinished();
  }
  latest(): Promise<Rotation | undefined> {
    return this.store.latest();
  }

  /** Re-encrypts one batch; returns false once the rotation is finished. */
  async step(rotationId: number, batchSize = 500): Promise<boolean> {
    return this.db.transaction(async (trx) => {
      const rot = await this.store.lock(rotationId, trx);
      if (!rot || rot.finishedAt) return false;
      if (rot.targetKeyId !== this.currentKeyId)
        throw new Error(
          `key rotation ${rotationId} targets key ${rot.targetKeyId}, but the newest configured key is ${this.currentKeyId}`,
        );
      const { lastId, changed, count } = await this.store.batch(trx, rot.phase, rot.cursor, batchSize, rot.targetKeyId);
      const finishedPhase = count < batchSize;
      const phase = finishedPhase ? NEXT_PHASE[rot.phase] : rot.phase;
      await this.store.advance(rotationId, { phase, cursor: finishedPhase ? 0 : lastId, changed }, trx);
      return phase !== 'done';
    });
  }

  /** Runs a rotation to the end (the worker job); safe to run again after a crash. */
  async run(rotationId: number, batchSize = 500): Promise<void> {
    while (await this.step(rotationId, batchSize));
  }

  /** How many stored values still use a key other than the newest (0 means old keys can be removed). */
  remaining(): Promise<number> {
    return this.store.remaining(this.currentKeyId);
  }
}
