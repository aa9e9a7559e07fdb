// An import's work that commits only at its end (its dry run, its undo): the state moves that ask for it and end
// it, and its progress, written outside the work's own transaction so the page can show it meanwhile.
import type { Knex } from 'knex';
import type { DryRun } from '../model';

export class ImportWorkStore {
  constructor(private readonly db: Knex) {}

  /** uploaded → checking (a dry run asked for); false when the import was not waiting to start. */
  async requestCheck(id: number, at: Date): Promise<boolean> {
    const n = await this.db('imports')
      .where({ id, state: 'uploaded' })
      .update({ state: 'checking', work_done: 0, work_at: at, progress_at: at, error: null });
    return n > 0;
  }

  /** checking → uploaded with the dry run's report (or the reason it could not finish). */
  async endCheck(id: number, at: Date, result: { dryRun: DryRun } | { error: string }): Promise<void> {
    await this.db('imports')
      .where({ id, state: 'checking' })
      .update({
        state: 'uploaded',
        work_done: 0,
        progress_at: at,
        ...('dryRun' in result ? { dry_run: JSON.stringify(result.dryRun) } : { error: result.error }),
      });
  }

  /** done → undoing, by this user, in the caller's transaction (the import's row locked). */
  async requestUndo(id: number, by: number, at: Date, trx: Knex.Transaction): Promise<void> {
    await trx('imports')
      .where({ id, state: 'done' })
      .update({ state: 'undoing', undone_by: by, work_done: 0, work_at: at, progress_at: at, error: null });
  }

  /** undoing → done again, with the reason the undo could not finish (nothing of it was kept). */
  async failUndo(id: number, error: string, at: Date): Promise<void> {
    await this.db('imports')
      .where({ id, state: 'undoing' })
      .update({ state: 'done', undone_by: null, work_done: 0, progress_at: at, error });
  }

  async progress(id: number, done: number, at: Date): Promise<void> {
    await this.db('imports').where({ id }).update({ work_done: done, progress_at: at });
  }
}
