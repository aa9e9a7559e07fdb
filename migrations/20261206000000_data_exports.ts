// Users' own data exports (issue 13): one row per request, the source of truth for the worker job that builds
// its ZIP file, the progress bar, the download link and the sweep that deletes the file once it expires.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('data_exports', (t) => {
    t.bigIncrements('id').primary();
    t.integer('created_by').notNullable().references('users.id').withKeyName('data_exports_created_by_fk');
    t.text('state').notNullable().defaultTo('queued');
    t.bigInteger('rows_done').notNullable().defaultTo(0);
    t.bigInteger('rows_total').notNullable().defaultTo(0);
    t.jsonb('counts');
    // the run that owns the build: a re-run takes a new token, so a late finish of an old run changes nothing
    t.text('run_token');
    t.smallint('attempts').notNullable().defaultTo(0);
    t.text('file_path');
    t.bigInteger('file_bytes');
    t.text('error');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('started_at', { useTz: true });
    t.timestamp('heartbeat_at', { useTz: true });
    t.timestamp('finished_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true });
    t.check(`state in ('queued','running','ready','failed','expired')`, [], 'data_exports_state_check');
    t.check(`state <> 'ready' or (file_path is not null and expires_at is not null)`, [], 'data_exports_ready_check');
    t.index(['created_by', 'created_at'], 'data_exports_user_idx');
  });
  // one export per user in the making at a time, enforced here as well as by the service
  await knex.raw(
    `create unique index data_exports_one_pending_idx on data_exports (created_by) where state in ('queued','running')`,
  );
  await knex.raw(
    `create index data_exports_open_idx on data_exports (state) where state in ('queued','running','ready')`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('data_exports');
}
