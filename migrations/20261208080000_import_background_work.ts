// An import's dry run and its undo run as worker jobs too (issue 14: long work runs in a worker and shows its
// progress), each in one transaction (a dry run's rolled back, an undo's committed at its end), so their progress
// is counted beside the state: `work_done` rows so far, written outside that transaction; `work_at` when the work
// was asked for (it names the job, and the sweep re-enqueues work whose job Redis lost).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table imports drop constraint imports_state_check');
  await knex.raw(`alter table imports add constraint imports_state_check
    check (state in ('uploaded','checking','queued','running','done','undoing','failed','undone'))`);
  await knex.schema.alterTable('imports', (t) => {
    t.integer('work_done').notNullable().defaultTo(0);
    t.timestamp('work_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`update imports set state = 'uploaded' where state = 'checking'`);
  await knex.raw(`update imports set state = 'done' where state = 'undoing'`);
  await knex.schema.alterTable('imports', (t) => {
    t.dropColumn('work_done');
    t.dropColumn('work_at');
  });
  await knex.raw('alter table imports drop constraint imports_state_check');
  await knex.raw(`alter table imports add constraint imports_state_check
    check (state in ('uploaded','queued','running','done','failed','undone'))`);
}
