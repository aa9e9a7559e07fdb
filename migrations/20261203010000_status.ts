// Planned outages and incidents (issue 11): maintenance windows (read-only or full stop, for some roles or
// everyone), incidents with their updates, the notices each one owes (reminders, start, end, changes, updates:
// one row per notice, with a fan-out cursor), one delivery row per user per notice (the proof of who was told,
// kept like the audit log) and the banners users dismissed.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('maintenance_windows', (t) => {
    t.bigIncrements('id').primary();
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('ends_at', { useTz: true }).notNullable();
    t.text('impact').notNullable();
    // null: everyone; else the roles it affects
    t.specificType('roles', 'text[]');
    t.text('message').notNullable().defaultTo('');
    // bumped by every change of times or impact: dismissed banners come back, "changed" notices are per revision
    t.integer('revision').notNullable().defaultTo(1);
    t.timestamp('cancelled_at', { useTz: true });
    t.timestamp('ended_early_at', { useTz: true });
    t.bigInteger('created_by').references('id').inTable('users');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`impact in ('read_only','full_stop')`, [], 'maintenance_windows_impact_check');
    t.check('ends_at > starts_at', [], 'maintenance_windows_order_check');
    t.index(['ends_at'], 'maintenance_windows_ends_idx');
  });
  await knex.schema.createTable('status_incidents', (t) => {
    t.bigIncrements('id').primary();
    t.text('title').notNullable();
    t.text('impact').notNullable();
    t.specificType('parts', 'text[]').notNullable();
    t.specificType('roles', 'text[]');
    t.timestamp('opened_at', { useTz: true }).notNullable();
    t.timestamp('resolved_at', { useTz: true });
    t.bigInteger('created_by').references('id').inTable('users');
    t.check(`impact in ('minor','major','critical')`, [], 'status_incidents_impact_check');
    t.index(['opened_at'], 'status_incidents_opened_idx');
  });
  await knex.schema.createTable('status_incident_updates', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('incident_id').notNullable().references('id').inTable('status_incidents');
    t.text('state').notNullable();
    t.text('body').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.bigInteger('created_by').references('id').inTable('users');
    t.check(`state in ('investigating','identified','monitoring','resolved')`, [], 'status_updates_state_check');
    t.index(['incident_id'], 'status_updates_incident_idx');
  });
  await knex.schema.createTable('status_notices', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('window_id').references('id').inTable('maintenance_windows');
    t.bigInteger('update_id').references('id').inTable('status_incident_updates');
    // reminder-72h, reminder-24h, start, end, changed, cancelled, incident
    t.text('kind').notNullable();
    t.integer('revision').notNullable().defaultTo(0);
    t.timestamp('due_at', { useTz: true }).notNullable();
    // pending → sending → done, or skipped (with why)
    t.text('state').notNullable().defaultTo('pending');
    t.text('skip_reason');
    // a "changed" notice: the times and impact before the change, for its e-mail
    t.jsonb('detail');
    // the last user id written: a fan-out goes on from here after a crash
    t.bigInteger('cursor').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('done_at', { useTz: true });
    t.unique(['window_id', 'kind', 'revision'], { indexName: 'status_notices_window_kind_unique' });
    t.unique(['update_id'], { indexName: 'status_notices_update_unique' });
    t.check(`state in ('pending','sending','done','skipped')`, [], 'status_notices_state_check');
  });
  await knex.raw(`create index status_notices_due_idx on status_notices (due_at) where state in ('pending','sending')`);
  await knex.schema.createTable('status_deliveries', (t) => {
    t.bigInteger('notice_id').notNullable().references('id').inTable('status_notices');
    t.bigInteger('user_id').notNullable().references('id').inTable('users');
    t.bigInteger('outbox_id').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['notice_id', 'user_id']);
  });
  await knex.schema.createTable('maintenance_dismissals', (t) => {
    t.bigInteger('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.bigInteger('window_id').notNullable().references('id').inTable('maintenance_windows');
    t.integer('revision').notNullable();
    t.primary(['user_id', 'window_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'maintenance_dismissals',
    'status_deliveries',
    'status_notices',
    'status_incident_updates',
    'status_incidents',
    'maintenance_windows',
  ])
    await knex.schema.dropTable(table);
}
