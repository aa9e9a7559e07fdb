// Retention rules (issue 14): one optional rule per target (off until an administrator switches it on, with the
// age past which the target's data goes), and a record of every run: when, by whom or by the schedule, and per
// target the cut-off, how many it changed and their ids (all of them up to 1,000, else the first 1,000 as a
// sample), never a personal value. A scheduled run is recorded with its UTC day, unique, so it is not done twice.
import type { Knex } from 'knex';

const KEYS = `('inactive_leads','import_rejects','expired_exports','request_attachments')`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('retention_rules', (t) => {
    t.text('target_key').primary();
    t.boolean('enabled').notNullable().defaultTo(false);
    t.integer('age').notNullable();
    t.integer('updated_by').references('users.id').withKeyName('retention_rules_updated_by_fk');
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.check(`target_key in ${KEYS}`, [], 'retention_rules_key_check');
    t.check('age between 1 and 3650', [], 'retention_rules_age_check');
  });
  await knex.schema.createTable('retention_runs', (t) => {
    t.bigIncrements('id').primary();
    t.text('trigger').notNullable();
    t.integer('run_by').references('users.id').withKeyName('retention_runs_run_by_fk');
    t.date('scheduled_day');
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true }).notNullable();
    t.integer('changed').notNullable().defaultTo(0);
    // [{ key, age, unit, cutoff, count, ids, sampled, error? }]
    t.jsonb('results').notNullable();
    t.check(`trigger in ('scheduled','manual')`, [], 'retention_runs_trigger_check');
    t.check(`(trigger = 'scheduled') = (scheduled_day is not null)`, [], 'retention_runs_day_check');
    t.index(['started_at'], 'retention_runs_started_idx');
  });
  await knex.raw(
    `create unique index retention_runs_day_idx on retention_runs (scheduled_day) where scheduled_day is not null`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('retention_runs');
  await knex.schema.dropTable('retention_rules');
}
