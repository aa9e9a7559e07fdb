// The dashboard's tallies of live leads per owner, team, status and week (lead_counts, appended to by triggers on
// leads: see its migration), read inside the access rule, and folded to one row per group by a maintenance job.
import type { Knex } from 'knex';
import type { LeadScope } from '../access';
import { applyScopeToCounts } from './scope';

const FOLD_LOCK = 7_311_002; // advisory lock id: one fold at a time

export class CountsStore {
  constructor(private readonly db: Knex) {}

  /** Pipeline: live leads per status inside the scope. */
  async byStatus(scope: LeadScope): Promise<{ statusId: number; count: number }[]> {
    const rows = await applyScopeToCounts(this.db('lead_counts'), scope)
      .select('status_id')
      .sum({ count: 'n' })
      .groupBy('status_id');
    return rows.map((r: Record<string, any>) => ({ statusId: r.status_id, count: Number(r.count) }));
  }

  /** New live leads per week (UTC, the Monday it starts) for the weeks starting on or after `from`, inside the scope. */
  async newPerWeek(scope: LeadScope, from: string): Promise<{ week: string; count: number }[]> {
    const rows = await applyScopeToCounts(this.db('lead_counts'), scope)
      .select(this.db.raw(`to_char(week, 'YYYY-MM-DD') as week`))
      .sum({ count: 'n' })
      .where('week', '>=', from)
      .groupBy('week')
      .orderBy('week');
    return rows.map((r: Record<string, any>) => ({ week: r.week, count: Number(r.count) }));
  }

  /**
   * Folds the appended changes into one row per group, dropping groups that came to 0; returns the rows removed
   * (0 when another fold is running: one at a time, under an advisory lock). One statement: changes appended
   * meanwhile are outside its snapshot and stay as they are, so nothing is lost or counted twice.
   */
  async compact(): Promise<number> {
    return this.db.transaction(async (trx) => {
      const [lock] = (await trx.raw('select pg_try_advisory_xact_lock(?) as ok', [FOLD_LOCK])).rows;
      if (!lock.ok) return 0;
      const r = await trx.raw(`with gone as (delete from lead_counts returning owner_id, team_id, status_id, week, n),
        kept as (insert into lead_counts (owner_id, team_id, status_id, week, n)
          select owner_id, team_id, status_id, week, sum(n) from gone group by 1, 2, 3, 4 having sum(n) <> 0 returning 1)
        select (select count(*) from gone) - (select count(*) from kept) as removed`);
      return Number(r.rows[0].removed);
    });
  }
}
