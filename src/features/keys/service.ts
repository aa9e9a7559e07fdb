// Re-encrypts every value sealed with the data cipher under the newest key, in resumable batches: one phase per
// place such values live (the KeyedData: this feature's own and those other features offer), each in batches of its
// own; the phase and cursor live in PostgreSQL (key_rotations), each batch is one transaction, and a restarted job
// (or the sweep, after Redis lost the job) carries on from it.
// The portal keeps working meanwhile: readers decrypt with whichever key id a value records.
import type { Knex } from 'knex';
import type { Jobs } from '../../platform/queues';
import type { RotationStore } from './data/rotationStore';
import { DONE, nextPhase, type KeyedData, type Rotation } from './model';

export const ROTATE_JOB = 'keys-rotate';

export class KeyRotationService {
  private readonly data: Map<string, KeyedData>;

  constructor(
    private readonly db: Knex,
    private readonly store: RotationStore,
    private readonly jobs: Jobs,
    private readonly currentKeyId: number,
    /** Every place data-key ciphertext lives, in the order a rotation goes through them (the first: 'leads'). */
    data: KeyedData[],
  ) {
    this.data = new Map(data.map((d) => [d.phase, d]));
    if (this.data.size !== data.length || this.data.has(DONE)) throw new Error('key rotation phases must be unique');
  }

  /** The phases in order. */
  get phases(): string[] {
    return [...this.data.keys()];
  }

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
  /**
   * The sweep (and a worker's start): enqueues every unfinished rotation to the newest key, so one whose job Redis
   * lost carries on from PostgreSQL. One to an older key cannot finish under this keyring (keys:rotate closes it).
   */
  async resume(): Promise<number> {
    const open = (await this.store.unfinished()).filter((r) => r.targetKeyId === this.currentKeyId);
    for (const r of open) await this.enqueue(r.id);
    return open.length;
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
      const data = this.data.get(rot.phase);
      if (!data) {
        // a phase this version does not know (renamed or gone): go through them all again, from the first
        await this.store.advance(
          rotationId,
          { phase: nextPhase(this.phases, rot.phase), cursor: '0', changed: 0 },
          trx,
        );
        return true;
      }
      const { cursor, changed, count } = await data.batch(trx, rot.cursor, batchSize, rot.targetKeyId);
      const finishedPhase = count < batchSize;
      const phase = finishedPhase ? nextPhase(this.phases, rot.phase) : rot.phase;
      await this.store.advance(rotationId, { phase, cursor: finishedPhase ? '0' : cursor, changed }, trx);
      return phase !== DONE;
    });
  }

  /** Runs a rotation to the end (the worker job); safe to run again after a crash. */
  async run(rotationId: number, batchSize = 500): Promise<void> {
    while (await this.step(rotationId, batchSize));
  }

  /** How many rows and files still hold a value under a key other than the newest (0: older keys can be removed). */
  async remaining(): Promise<number> {
    return (await this.remainingByPhase()).reduce((n, p) => n + p.count, 0);
  }
  /** The same, phase by phase (each place such values live), in the rotation's order. */
  async remainingByPhase(): Promise<{ phase: string; count: number }[]> {
    const out = [];
    for (const d of this.data.values()) out.push({ phase: d.phase, count: await d.remaining(this.currentKeyId) });
    return out;
  }
}
