// Retention rules, the rules: one optional rule per target (off by default, at the target's suggested age), a
// preview of exactly what a rule would change now, and runs (an administrator's "run now" of one rule, or the
// daily scheduled run of every rule switched on). A run takes one lock in PostgreSQL, is recorded as running, asks
// each target for its candidates at the cut-off in batches and has it change those still qualifying, each batch in
// one transaction with the record of what it changed (counts and ids, never a personal value); the audit entry
// comes with the run's end. The scheduled run of a UTC day is recorded with that day (unique), so a re-enqueued job
// or a second worker does not run it twice. No HTTP.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { RetentionStore } from './data/retentionStore';
import {
  BATCH_SIZE,
  PREVIEW_SAMPLE,
  RUN_ID_LIMIT,
  cutoffOf,
  dayOf,
  inTransaction,
  readAge,
  resultOf,
  type RetentionItem,
  type RetentionPreview,
  type RetentionRule,
  type RetentionRun,
  type RetentionTarget,
} from './model';

export interface RetentionDeps {
  db: Knex;
  store: RetentionStore;
  targets: RetentionTarget[];
  clock: Clock;
  audit: AuditService;
  log: Logger;
  /** How many things a run changes in one transaction (BATCH_SIZE unless a test says). */
  batchSize?: number;
}

export interface RuleView {
  target: RetentionTarget;
  rule: RetentionRule;
}

export const RUN_BUSY = 'A retention run is in progress. Try again in a minute.';
export const RULE_OFF = 'Switch this rule on (and save it) before running it.';

export class RetentionService {
  constructor(private readonly d: RetentionDeps) {}

  /** Every target offered, with its rule (off at the suggested age when never saved). */
  async rules(): Promise<RuleView[]> {
    const saved = new Map((await this.d.store.rules()).map((r) => [r.key, r]));
    return this.d.targets.map((target) => ({
      target,
      rule: saved.get(target.key) ?? {
        key: target.key,
        enabled: false,
        age: target.suggestedAge,
        updatedAt: null,
        updatedBy: null,
      },
    }));
  }

  /** One target's rule; 404 for a key no target offers. */
  async rule(key: unknown): Promise<RuleView> {
    const found = (await this.rules()).find((v) => v.target.key === key);
    if (!found) throw new NotFoundError();
    return found;
  }

  /** Saves a rule (on or off, and its age); the age is refused beside its field unless within bounds. */
  async save(key: unknown, input: { enabled: unknown; age: unknown }, actor: Actor): Promise<RetentionRule> {
    const { target } = await this.rule(key);
    const { age, error } = readAge(input.age, target.unit);
    if (age === undefined) throw new ValidationError({ [`age-${target.key}`]: error! });
    const enabled = input.enabled === 'on' || input.enabled === 'true';
    await this.d.db.transaction(async (trx) => {
      const before = await this.d.store.saveRule({ key: target.key, enabled, age }, actor.userId, this.d.clock(), trx);
      const details = {
        enabled,
        age,
        unit: target.unit,
        before: before ? { enabled: before.enabled, age: before.age } : null,
      };
      await this.d.audit.record(
        actor,
        { action: 'retention.rule', targetType: 'retention_rule', targetId: target.key, details },
        trx,
      );
    });
    return (await this.rule(target.key)).rule;
  }

  /** What the rule would change now at its saved age: how many, the first ids, and the first of them described. */
  async preview(key: unknown): Promise<RetentionPreview> {
    const { target, rule } = await this.rule(key);
    const cutoff = cutoffOf(this.d.clock(), rule.age, target.unit);
    const count = await target.count(cutoff);
    const ids = await target.candidates(cutoff, RUN_ID_LIMIT);
    const first = ids.slice(0, PREVIEW_SAMPLE);
    const sample: RetentionItem[] = target.describe
      ? await target.describe(first)
      : first.map((id) => ({ id, at: null, detail: '' }));
    return { key: target.key, label: target.label, rule, unit: target.unit, cutoff, count, ids, sample };
  }

  /** An administrator's run of one rule (switched on) now; ConflictError while another run holds the lock. */
  async runNow(key: unknown, actor: Actor): Promise<RetentionRun> {
    const view = await this.rule(key);
    if (!view.rule.enabled) throw new ConflictError(RULE_OFF);
    const run = await this.execute('manual', actor, [view]);
    return run!;
  }

  /**
   * The daily run of every rule switched on, once per UTC day (what the scheduled job runs, as often as it likes):
   * undefined when today's run is recorded already or no rule is on.
   */
  async runScheduled(): Promise<RetentionRun | undefined> {
    const day = dayOf(this.d.clock());
    if (await this.d.store.hasScheduledDay(day)) return undefined;
    const on = (await this.rules()).filter((v) => v.rule.enabled);
    if (!on.length) return undefined;
    return this.execute('scheduled', { userId: null }, on, day);
  }

  runs(limit = 50): Promise<RetentionRun[]> {
    return this.d.store.runs(limit);
  }

  async run(id: number): Promise<RetentionRun> {
    const run = await this.d.store.run(id);
    if (!run) throw new NotFoundError();
    return run;
  }

  /**
   * A run: the lock is held by a transaction of its own for the whole run; the run is recorded (running) before
   * anything changes, and each batch a target changes is added to that record in the batch's own transaction, so
   * a crash at any point leaves the run recorded with exactly what it changed. A run found still running by the
   * next one to hold the lock stopped: it is closed as interrupted, with its audit entry.
   */
  private execute(
    trigger: 'scheduled' | 'manual',
    actor: Actor,
    views: RuleView[],
    day?: string,
  ): Promise<RetentionRun | undefined> {
    return this.d.db.transaction(async (lockTrx) => {
      if (!(await this.d.store.lock(lockTrx, trigger === 'scheduled'))) throw new ConflictError(RUN_BUSY);
      for (const id of await this.d.store.unfinished()) await this.finish(id, true);
      if (day && (await this.d.store.hasScheduledDay(day))) return undefined;
      const startedAt = this.d.clock();
      const results = views.map((v) =>
        resultOf(v.target, v.rule.age, cutoffOf(startedAt, v.rule.age, v.target.unit), [], undefined, 'running'),
      );
      const run = await this.d.store.insertRun({
        trigger,
        runBy: actor.userId,
        scheduledDay: day ?? null,
        startedAt,
        results,
      });
      if (!run) return undefined;
      for (const v of views) await this.runTarget(run.id, v, startedAt);
      return this.finish(run.id, false, actor);
    });
  }

  /** Records the run's end and its audit entry (an interrupted one's by whoever started it). */
  private finish(runId: number, interrupted: boolean, actor?: Actor): Promise<RetentionRun> {
    return this.d.db.transaction(async (trx) => {
      const run = await this.d.store.finish(runId, this.d.clock(), trx);
      const details = {
        trigger: run.trigger,
        ...(interrupted ? { interrupted: true } : {}),
        results: run.results.map((r) => ({
          key: r.key,
          count: r.count,
          ids: r.ids,
          sampled: r.sampled,
          failed: !!r.error,
        })),
      };
      await this.d.audit.record(
        actor ?? { userId: run.runBy },
        { action: 'retention.run', targetType: 'retention_run', targetId: run.id, details },
        trx,
      );
      return run;
    });
  }

  /**
   * One target's candidates at the cut-off, changed batch by batch, each batch in a transaction with its record;
   * its files deleted once that committed. A failure is recorded with the run (nothing else stops).
   */
  private async runTarget(runId: number, { target, rule }: RuleView, now: Date): Promise<void> {
    const cutoff = cutoffOf(now, rule.age, target.unit);
    let error: string | undefined;
    try {
      for await (const ids of target.batches(cutoff, this.d.batchSize ?? BATCH_SIZE)) {
        await inTransaction(this.d.db, async (run) => {
          const changed = await target.apply(ids, cutoff, run);
          await this.d.store.addChanged(runId, target.key, changed, run.trx);
        });
      }
    } catch (err) {
      error = (err as Error).message.slice(0, 200);
      this.d.log.warn({ target: target.key, err: error }, 'retention target failed');
    }
    await this.d.db.transaction((trx) => this.d.store.targetDone(runId, target.key, error, trx));
  }
}
