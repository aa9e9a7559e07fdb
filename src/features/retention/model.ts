// Retention rules (issue 14): what each rule may change, as the features that own the data offer it. A target
// lists what it would change now (the preview) and changes exactly those of them that still qualify.
import type { Knex } from 'knex';

export type RetentionKey = 'inactive_leads' | 'import_rejects' | 'expired_exports' | 'request_attachments';
/** The order the admin page lists the targets in. */
export const RETENTION_KEYS: RetentionKey[] = [
  'inactive_leads',
  'import_rejects',
  'expired_exports',
  'request_attachments',
];

export interface RetentionTarget {
  key: RetentionKey;
  /** For the admin page, e.g. "Anonymize leads with no activity". */
  label: string;
  unit: 'days' | 'months';
  /** The age suggested when the rule is first switched on (e.g. 36 months, 30 days, 12 months). */
  suggestedAge: number;
  /** How many things older than the cut-off the rule would change now. */
  count(cutoff: Date): Promise<number>;
  /** The ids (as strings) of the first `limit` (RUN_ID_LIMIT unless given) of them, oldest first. */
  candidates(cutoff: Date, limit?: number): Promise<string[]>;
  /**
   * All of their ids, oldest first, in batches of at most `size`; each batch is read when the one before was
   * applied (never all of them at once where they may be many).
   */
  batches(cutoff: Date, size: number): AsyncIterable<string[]>;
  /**
   * Changes those of `ids` that still qualify at `cutoff` (idempotent); returns the ids it changed. In the run's
   * transaction when given one (which records them too), its files deleted only after that committed; else in its
   * own, files deleted after it committed.
   */
  apply(ids: string[], cutoff: Date, run?: RunTransaction): Promise<string[]>;
  /** Optional: what the preview shows beside each id (an owner, a date; never a personal value). */
  describe?(ids: string[]): Promise<RetentionItem[]>;
}

/** A run's transaction for one batch, and what to do once it committed (delete files: never before, it may roll back). */
export interface RunTransaction {
  trx: Knex.Transaction;
  afterCommit(fn: () => Promise<void>): void;
}

/** Runs `change` in a transaction of its own, then what it left for after the commit (e.g. deleting files). */
export async function inTransaction<T>(db: Knex, change: (run: RunTransaction) => Promise<T>): Promise<T> {
  const after: (() => Promise<void>)[] = [];
  const out = await db.transaction((trx) => change({ trx, afterCommit: (fn) => void after.push(fn) }));
  for (const fn of after) await fn();
  return out;
}

/** Batches of `ids` of at most `size` (for targets that read their few candidates at once). */
export async function* chunks(ids: string[] | Promise<string[]>, size: number): AsyncIterable<string[]> {
  const all = await ids;
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

/** A target's count, first ids and batches from one list of all its ids (for targets with few of them). */
export const fromList = (all: (cutoff: Date) => Promise<string[]>) => ({
  count: async (cutoff: Date) => (await all(cutoff)).length,
  candidates: async (cutoff: Date, limit = RUN_ID_LIMIT) => (await all(cutoff)).slice(0, limit),
  batches: (cutoff: Date, size: number) => chunks(all(cutoff), size),
});

/** One thing a rule would change, as the preview lists it. */
export interface RetentionItem {
  id: string;
  /** The date the age is counted from (the last activity, the expiry, the closing). */
  at: Date | null;
  /** e.g. "Owner: Test staff 3". */
  detail: string;
}

/** The ages an administrator may set, per unit. */
export const AGE_BOUNDS: Record<RetentionTarget['unit'], { min: number; max: number }> = {
  days: { min: 1, max: 3650 },
  months: { min: 1, max: 240 },
};

/** A target's rule as stored (a target never configured is off, at its suggested age). */
export interface RetentionRule {
  key: RetentionKey;
  enabled: boolean;
  age: number;
  updatedAt: Date | null;
  updatedBy: number | null;
}

/**
 * A target's part of a run: 'running' from the moment the run is recorded until the target is done (each batch it
 * changes is added in that batch's transaction); 'interrupted' when the run stopped (a crash) before it was done.
 */
export type TargetState = 'running' | 'done' | 'interrupted';

/** What one run did to one target: ids changed (all up to RUN_ID_LIMIT, else that many as a sample). */
export interface TargetResult {
  state: TargetState;
  key: RetentionKey;
  age: number;
  unit: RetentionTarget['unit'];
  cutoff: string;
  count: number;
  ids: string[];
  sampled: boolean;
  error?: string;
}
export const RUN_ID_LIMIT = 1000;
/** How many things a run changes in one transaction. */
export const BATCH_SIZE = 500;
/** How many of a preview's items are described on the page. */
export const PREVIEW_SAMPLE = 50;

export interface RetentionRun {
  id: number;
  trigger: 'scheduled' | 'manual';
  runBy: number | null;
  scheduledDay: string | null;
  startedAt: Date;
  /** While running, the moment it was recorded. */
  finishedAt: Date;
  /** 'running' until every target is done; 'interrupted' when it stopped before (what it changed is recorded). */
  state: TargetState;
  changed: number;
  results: TargetResult[];
}

export interface RetentionPreview {
  key: RetentionKey;
  label: string;
  rule: RetentionRule;
  unit: RetentionTarget['unit'];
  cutoff: Date;
  /** How many things the rule would change now. */
  count: number;
  /** The first RUN_ID_LIMIT of their ids, oldest first (what the run's report then lists, if nothing changed). */
  ids: string[];
  /** The first PREVIEW_SAMPLE of them, described. */
  sample: RetentionItem[];
}

/** The moment `age` days or calendar months (UTC) before `now`. */
export function cutoffOf(now: Date, age: number, unit: RetentionTarget['unit']): Date {
  if (unit === 'days') return new Date(now.getTime() - age * 86_400_000);
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - age);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** The UTC day of a moment, YYYY-MM-DD (a scheduled run's key). */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** The result kept for a run: the count, and the ids or a sample of them. */
export const resultOf = (
  t: Pick<RetentionTarget, 'key' | 'unit'>,
  age: number,
  cutoff: Date,
  changed: string[],
  error?: string,
  state: TargetState = 'done',
): TargetResult => ({
  state,
  key: t.key,
  age,
  unit: t.unit,
  cutoff: cutoff.toISOString(),
  count: changed.length,
  ids: changed.slice(0, RUN_ID_LIMIT),
  sampled: changed.length > RUN_ID_LIMIT,
  ...(error ? { error } : {}),
});

/** A target's result with a batch's changed ids added: the count exact, the ids kept up to RUN_ID_LIMIT. */
export const withChanged = (r: TargetResult, changed: string[]): TargetResult => {
  const ids = r.ids.length < RUN_ID_LIMIT ? [...r.ids, ...changed.slice(0, RUN_ID_LIMIT - r.ids.length)] : r.ids;
  const count = r.count + changed.length;
  return { ...r, count, ids, sampled: count > ids.length };
};

/** A run's state: running while a target is, else interrupted if one was, else done. */
export const runStateOf = (results: TargetResult[]): TargetState =>
  results.some((r) => r.state === 'running')
    ? 'running'
    : results.some((r) => r.state === 'interrupted')
      ? 'interrupted'
      : 'done';

/** Reads an age typed into the form: a whole number within the unit's bounds, else the message to show. */
export function readAge(raw: unknown, unit: RetentionTarget['unit']): { age?: number; error?: string } {
  const { min, max } = AGE_BOUNDS[unit];
  const message = `Enter a whole number of ${unit} from ${min} to ${max}.`;
  if (typeof raw !== 'string' || !/^\s*\d{1,5}\s*$/.test(raw)) return { error: message };
  const age = Number(raw.trim());
  return age >= min && age <= max ? { age } : { error: message };
}
