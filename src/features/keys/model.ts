// Key rotation: re-encrypting every value sealed with the data cipher under the newest key, phase by phase. Each
// phase is one place such ciphertext lives (a table's columns, a folder's files), re-encrypted in batches of its own.
import type { Knex } from 'knex';

/** A phase's name (a `KeyedData`'s), or 'done'. Stored in key_rotations.phase, so a rotation resumes by it. */
export type Phase = string;
export const DONE: Phase = 'done';

export interface Rotation {
  id: number;
  targetKeyId: number;
  phase: Phase;
  /** Where the phase got to (its `KeyedData`'s own cursor, a bigint as text: '0' at its start). */
  cursor: string;
  rowsDone: number;
  startedAt: Date;
  finishedAt: Date | null;
}

/** What one batch did: the cursor after it, how many rows (or files) it changed and how many it visited. */
export interface KeyedBatch {
  cursor: string;
  changed: number;
  count: number;
}

/**
 * One place that holds data-key ciphertext, as the feature owning it offers it (through its index.ts): its phase
 * name, a batch step and a count. Both only ever look at values under a key other than `target`.
 */
export interface KeyedData {
  /** Stable and unique: e.g. the table's name. */
  phase: string;
  /**
   * Re-encrypts under key `target` (the cipher's newest) the values of the next `size` rows after `cursor`, in
   * `trx` with those rows locked; values already under `target` are left as they are (so it is idempotent).
   * Visiting fewer than `size` rows ends the phase.
   */
  batch(trx: Knex.Transaction, cursor: string, size: number, target: number): Promise<KeyedBatch>;
  /** How many rows (or files) still hold a value under a key other than `target`. */
  remaining(target: number): Promise<number>;
}

/** The phase after `phase` in `order` ('done' after the last); an unknown phase starts again from the first. */
export function nextPhase(order: Phase[], phase: Phase): Phase {
  const i = order.indexOf(phase);
  if (i < 0) return order[0] ?? DONE;
  return order[i + 1] ?? DONE;
}
