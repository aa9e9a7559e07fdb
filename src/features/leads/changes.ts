// A lead's changes as history rows: field by field, old → new, personal values flagged for encryption.
import { PERSONAL_FIELDS, type Change, type LeadFields } from './model';

const TRACKED: (keyof LeadFields)[] = [
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'address',
  'notes',
  'source',
  'statusId',
  'tags',
  'ownerId',
  'teamId',
  'lawfulBasis',
  'doNotContact',
];

/** A field's value as history text: lists joined, dates as days, the rest (strings, numbers, booleans) as is. */
export const show = (v: unknown): string | null => {
  if (v == null) return null;
  if (Array.isArray(v)) return v.join(', ');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
};

/** Field-by-field changes between two versions of a lead; personal values are flagged for encryption. */
export function diff(before: Partial<LeadFields>, after: Partial<LeadFields>): Change[] {
  const changes: Change[] = [];
  for (const field of TRACKED) {
    if (!(field in after)) continue;
    const [o, n] = [show(before[field]), show(after[field])];
    if (o !== n)
      changes.push({
        field,
        oldValue: o,
        newValue: n,
        personal: (PERSONAL_FIELDS as readonly string[]).includes(field),
      });
  }
  if (after.basis) {
    for (const k of ['method', 'source', 'obtainedAt', 'wording'] as const) {
      const [o, n] = [show(before.basis?.[k]), show(after.basis[k])];
      if (o !== n) changes.push({ field: `basis.${k}`, oldValue: o, newValue: n, personal: false });
    }
  }
  return changes;
}
