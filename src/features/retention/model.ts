// Retention rules (issue 14): what each rule may change, as the features that own the data offer it. A target
// lists what it would change now (the preview) and changes exactly those of them that still qualify.

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
  /** The ids (as strings) of everything older than the cut-off that the rule would change now, oldest first. */
  candidates(cutoff: Date): Promise<string[]>;
  /** Changes those of `ids` that still qualify at `cutoff` (idempotent); returns the ids it changed. */
  apply(ids: string[], cutoff: Date): Promise<string[]>;
  /** Optional: what the preview shows beside each id (an owner, a date; never a personal value). */
  describe?(ids: string[]): Promise<RetentionItem[]>;
}

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

/** What one run did to one target: ids changed (all up to RUN_ID_LIMIT, else that many as a sample). */
export interface TargetResult {
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
/** How many of a preview's items are described on the page. */
export const PREVIEW_SAMPLE = 50;

export interface RetentionRun {
  id: number;
  trigger: 'scheduled' | 'manual';
  runBy: number | null;
  scheduledDay: string | null;
  startedAt: Date;
  finishedAt: Date;
  changed: number;
  results: TargetResult[];
}

export interface RetentionPreview {
  key: RetentionKey;
  label: string;
  rule: RetentionRule;
  unit: RetentionTarget['unit'];
  cutoff: Date;
  /** Every id the rule would change now, oldest first. */
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
): TargetResult => ({
  key: t.key,
  age,
  unit: t.unit,
  cutoff: cutoff.toISOString(),
  count: changed.length,
  ids: changed.slice(0, RUN_ID_LIMIT),
  sampled: changed.length > RUN_ID_LIMIT,
  ...(error ? { error } : {}),
});

/** Reads an age typed into the form: a whole number within the unit's bounds, else the message to show. */
export function readAge(raw: unknown, unit: RetentionTarget['unit']): { age?: number; error?: string } {
  const { min, max } = AGE_BOUNDS[unit];
  const message = `Enter a whole number of ${unit} from ${min} to ${max}.`;
  if (typeof raw !== 'string' || !/^\s*\d{1,5}\s*$/.test(raw)) return { error: message };
  const age = Number(raw.trim());
  return age >= min && age <= max ? { age } : { error: message };
}
