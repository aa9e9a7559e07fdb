// The dashboard: each user's pipeline by status and new leads per week, from the tallies in lead_counts, inside
// the same access rule as every lead query.
import type { User } from '../accounts';
import { readScope } from './access';
import type { CountsStore } from './data/countsStore';
import type { LeadStatuses } from './deps';

const WEEKS = 12;

/** The Mondays (YYYY-MM-DD, UTC) from `weeks` weeks before the week of `now` to that week. */
export function weekStarts(now: Date, weeks: number): string[] {
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7));
  return Array.from({ length: weeks + 1 }, (_, i) =>
    new Date(monday - (weeks - i) * 7 * 86400_000).toISOString().slice(0, 10),
  );
}

export class DashboardService {
  constructor(
    private readonly counts: CountsStore,
    private readonly statuses: LeadStatuses,
  ) {}

  /**
   * Pipeline by status, and new leads in each of the last `weeks` weeks and this one (weeks start on Monday, UTC;
   * weeks without new leads are 0, so the chart's x axis is time).
   */
  async forUser(user: User, now = new Date(), weeks = WEEKS) {
    const scope = readScope(user);
    const starts = weekStarts(now, weeks);
    const [statuses, byStatus, perWeek] = await Promise.all([
      this.statuses.listStatuses(),
      this.counts.byStatus(scope),
      this.counts.newPerWeek(scope, starts[0]),
    ]);
    const counts = new Map(byStatus.map((r) => [r.statusId, r.count]));
    const found = new Map(perWeek.map((w) => [w.week, w.count]));
    return {
      pipeline: statuses.map((s) => ({ label: s.label, count: counts.get(s.id) ?? 0 })),
      perWeek: starts.map((week) => ({ week, count: found.get(week) ?? 0 })),
    };
  }

  /** Folds the tallies' appended changes (a maintenance job); returns the rows removed. */
  compact(): Promise<number> {
    return this.counts.compact();
  }
}
