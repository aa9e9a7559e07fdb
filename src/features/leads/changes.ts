// A lead's changes as history rows: field by field, old → new, personal values flagged for encryption.
import { PERSONAL_FIELDS, type Change, type LeadFields } from './model';

const TRACKED: (keyof LeadFields)[] = ['firstName', 'lastName', 'company', 'jobTitle', 'email', 'phone', 'address', 'notes', 'source', 'statusId', 'tags', 'ownerId', 'teamId', 'lawfulBasis', 'doNotContact'];

// eslint-disable-next-line @typescript-eslint/no-base-to-string -- field values are strings, numbers and booleans
export const show = (v: unknown): string | null => (v == null ? null : Array.isArray(v) ? v.join(', ') : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** Field-by-field changes between two versions of a lead; personal values are flagged for encryption. */
export function diff(before: Partial<LeadFields>, after: Partial<LeadFields>): Change[] {
  const changes: Change[] = [];
  for (const field of TRACKED) {
    if (!(field in after)) continue;
    const [o, n] = [show(before[field]), show(after[field])];
    if (o !== n) changes.push({ field, oldValue: o, newValue: n, personal: (PERSONAL_FIELDS as readonly string[]).includes(field) });
  }
  if (after.basis) {
    for (const k of ['method', 'source', 'obtainedAt', 'wording'] as const) {
      const [o, n] = [show(before.basis?.[k]), show(after.basis[k])];
      if (o !== n) changes.push({ field: `basis.${k}`, oldValue: o, newValue: n, personal: false });
    }
  }
  return changes;
}

