// Retention rules (issue 14): what each rule may change, as the features that own the data offer it. A target
// lists what it would change now (the preview) and changes exactly those of them that still qualify.

export type RetentionKey = 'inactive_leads' | 'import_rejects' | 'expired_exports' | 'request_attachments';

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
}
