// Which verified backups to keep: the newest backup of each of the last N days, ISO weeks and months that have one
// (as restic counts them: each rule on its own, so "4 weekly" means the last four weeks, whichever other rule
// also keeps a week's newest), plus every pinned one. Times are UTC.
import type { Retention } from './model';

export interface Candidate {
  id: number;
  at: Date;
  pinned: boolean;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const month = (d: Date) => d.toISOString().slice(0, 7);
/** The ISO 8601 week: the year of its Thursday, and the week number. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  t.setUTCDate(t.getUTCDate() + 3 - ((t.getUTCDay() + 6) % 7)); // the Thursday of its week
  const jan4 = new Date(Date.UTC(t.getUTCFullYear(), 0, 4)); // always in week 1
  const days = (t.getTime() - jan4.getTime()) / 86400_000;
  const week = 1 + Math.round((days - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const RULES = [
  ['daily', day],
  ['weekly', isoWeek],
  ['monthly', month],
] as const;

/** Backup id → why it is kept; a backup missing from the map is to be pruned. */
export function toKeep(backups: Candidate[], keep: Retention): Map<number, string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  const kept = new Map<number, string>();
  for (const b of newestFirst) if (b.pinned) kept.set(b.id, 'pinned');
  for (const [rule, period] of RULES) {
    let last: string | undefined;
    let count = 0;
    for (const b of newestFirst) {
      if (count >= keep[rule]) break;
      const p = period(b.at);
      if (p === last) continue;
      last = p;
      count++;
      if (!kept.has(b.id)) kept.set(b.id, `${rule} ${p}`);
    }
  }
  return kept;
}

export const isoWeekOf = isoWeek;
