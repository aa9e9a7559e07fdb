// Keyset cursors of the lead list: the last row's sort values, base64url JSON, checked on the way back in.
import type { LeadSort } from '../model';

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}
/**
 * The cursor's values when they fit the sort ([created_at ISO, id] or [last name, first name, id]);
 * otherwise undefined and the list starts at its first page (a hand-edited or stale cursor is no 500).
 */
export function decodeCursor(cursor: string, sort: LeadSort): (string | number)[] | undefined {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(v)) return undefined;
  const id = (x: unknown) => Number.isSafeInteger(x) && (x as number) > 0;
  const text = (x: unknown) => typeof x === 'string' && !x.includes('\u0000');
  const iso = (x: unknown) =>
    typeof x === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(x) &&
    !Number.isNaN(Date.parse(x));
  const fits =
    sort === 'name' ? v.length === 3 && text(v[0]) && text(v[1]) && id(v[2]) : v.length === 2 && iso(v[0]) && id(v[1]);
  return fits ? (v as (string | number)[]) : undefined;
}
