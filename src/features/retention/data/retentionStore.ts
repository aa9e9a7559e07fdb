// Retention rules and the record of their runs in PostgreSQL. SQL only.
import type { Knex } from 'knex';
import {
  runStateOf,
  withChanged,
  type RetentionKey,
  type RetentionRule,
  type RetentionRun,
  type TargetResult,
} from '../model';

type Row = Record<string, any>;
const RUN_COLUMNS = `id, trigger, run_by, to_char(scheduled_day, 'YYYY-MM-DD') as scheduled_day, started_at, finished_at,
  changed, results`;
const toRule = (r: Row): RetentionRule => ({
  key: r.target_key,
  enabled: r.enabled,
  age: r.age,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});
const toRun = (r: Row): RetentionRun => ({
  id: Number(r.id),
  trigger: r.trigger,
  runBy: r.run_by,
  scheduledDay: r.scheduled_day,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  state: runStateOf(r.results as TargetResult[]),
  changed: r.changed,
  results: r.results as TargetResult[],
});

export interface NewRun {
  trigger: 'scheduled' | 'manual';
  runBy: number | null;
  scheduledDay: string | null;
  startedAt: Date;
  /** Each target's, 'running' with nothing changed yet. */
  results: TargetResult[];
}

export class RetentionStore {
  constructor(private readonly db: Knex) {}

  async rules(): Promise<RetentionRule[]> {
    const rows = await this.db('retention_rules').select('*').orderBy('target_key');
    return rows.map((r) => toRule(r as Row));
  }

  async saveRule(
    r: { key: RetentionKey; enabled: boolean; age: number },
    by: number | null,
    at: Date,
    trx: Knex.Transaction,
  ): Promise<RetentionRule | undefined> {
    const before = await trx('retention_rules').select('*').where({ target_key: r.key }).forUpdate().first();
    await trx('retention_rules')
      .insert({ target_key: r.key, enabled: r.enabled, age: r.age, updated_by: by, updated_at: at })
      .onConflict('target_key')
      .merge();
    return before ? toRule(before as Row) : undefined;
  }

  /** Takes the run lock for the transaction: false when another run holds it (`wait` false). */
  async lock(trx: Knex.Transaction, wait: boolean): Promise<boolean> {
    if (wait) {
      await trx.raw('select pg_advisory_xact_lock(7402, 1)');
      return true;
    }
    const { rows } = await trx.raw<{ rows: { ok: boolean }[] }>('select pg_try_advisory_xact_lock(7402, 1) as ok');
    return rows[0].ok;
  }

  async hasScheduledDay(day: string, trx?: Knex.Transaction): Promise<boolean> {
    return Boolean(await (trx ?? this.db)('retention_runs').select('id').where({ scheduled_day: day }).first());
  }

  /** Records a run as it starts (committed at once); undefined when a scheduled run of that day is recorded. */
  async insertRun(run: NewRun): Promise<RetentionRun | undefined> {
    const { rows } = await this.db.raw<{ rows: Row[] }>(
      `insert into retention_runs (trigger, run_by, scheduled_day, started_at, finished_at, changed, results)
       values (?, ?, ?, ?, ?, 0, ?) on conflict (scheduled_day) where scheduled_day is not null do nothing
       returning ${RUN_COLUMNS}`,
      [run.trigger, run.runBy, run.scheduledDay, run.startedAt, run.startedAt, JSON.stringify(run.results)],
    );
    return rows[0] ? toRun(rows[0]) : undefined;
  }

  /** Changes the run's results under a row lock in `trx` (its total kept as the sum of the counts). */
  private async change(
    runId: number,
    trx: Knex.Transaction,
    edit: (r: TargetResult) => TargetResult,
    finishedAt?: Date,
  ): Promise<RetentionRun> {
    const row = await trx('retention_runs').select('results').where({ id: runId }).forUpdate().first();
    if (!row) throw new Error(`no retention run ${runId}`);
    const results = (row as Row).results as TargetResult[];
    const next = results.map(edit);
    const changed = next.reduce((n, r) => n + r.count, 0);
    const { rows } = await trx.raw<{ rows: Row[] }>(
      `update retention_runs set results = ?, changed = ?, finished_at = coalesce(?, finished_at) where id = ?
       returning ${RUN_COLUMNS}`,
      [JSON.stringify(next), changed, finishedAt ?? null, runId],
    );
    return toRun(rows[0]);
  }

  /** Adds a batch's changed ids to the target's result, in the transaction of the batch's changes. */
  async addChanged(runId: number, key: RetentionKey, changed: string[], trx: Knex.Transaction): Promise<void> {
    if (changed.length) await this.change(runId, trx, (r) => (r.key === key ? withChanged(r, changed) : r));
  }

  /** Marks the target's part done (with the error that stopped it, if any). */
  async targetDone(runId: number, key: RetentionKey, error: string | undefined, trx: Knex.Transaction) {
    await this.change(runId, trx, (r) => (r.key === key ? { ...r, state: 'done', ...(error ? { error } : {}) } : r));
  }

  /** Records the run's end; any target still running is marked interrupted (a run stopped before it was done). */
  finish(runId: number, at: Date, trx: Knex.Transaction): Promise<RetentionRun> {
    return this.change(runId, trx, (r) => (r.state === 'running' ? { ...r, state: 'interrupted' } : r), at);
  }

  /** The runs recorded as running (for the one holding the run lock: runs that stopped, e.g. in a crash). */
  async unfinished(): Promise<number[]> {
    const rows = await this.db('retention_runs')
      .select('id')
      .whereRaw(`results @> '[{"state":"running"}]'::jsonb`)
      .orderBy('id');
    return rows.map((r) => Number((r as Row).id));
  }

  async runs(limit: number): Promise<RetentionRun[]> {
    const rows = await this.db('retention_runs')
      .select(this.db.raw(RUN_COLUMNS))
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map((r) => toRun(r as Row));
  }

  async run(id: number): Promise<RetentionRun | undefined> {
    const r = await this.db('retention_runs').select(this.db.raw(RUN_COLUMNS)).where({ id }).first();
    return r ? toRun(r as Row) : undefined;
  }
}
