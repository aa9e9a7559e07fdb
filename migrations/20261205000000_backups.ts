// System backups (issue 13): one row per backup, from queued to verified (restored and compared) or failed, with
// its manifest, its progress while it runs, whether it is pinned, and when and why retention pruned it. A failed
// one stays visible to the admins until one of them acknowledges it.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('backups', (t) => {
    t.bigIncrements('id').primary();
    t.text('state').notNullable().defaultTo('queued');
    t.text('trigger').notNullable();
    // the schedule's time this backup is for (one backup per scheduled time, however many workers ask)
    t.timestamp('slot', { useTz: true }).unique();
    t.bigInteger('requested_by').references('id').inTable('users');
    t.text('file');
    t.integer('key_id');
    t.bigInteger('size');
    t.text('sha256');
    t.jsonb('manifest');
    t.text('phase');
    t.bigInteger('progress_done').notNullable().defaultTo(0);
    t.bigInteger('progress_total').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('started_at', { useTz: true });
    t.timestamp('dumped_at', { useTz: true });
    t.integer('dump_ms');
    t.timestamp('verified_at', { useTz: true });
    t.integer('verify_ms');
    t.text('failure');
    t.boolean('pinned').notNullable().defaultTo(false);
    t.timestamp('pruned_at', { useTz: true });
    t.text('prune_reason');
    t.timestamp('acknowledged_at', { useTz: true });
    t.bigInteger('acknowledged_by').references('id').inTable('users');
    t.check(`state in ('queued','running','verifying','verified','failed','pruned')`, [], 'backups_state_check');
    t.check(`trigger in ('schedule','manual','cli')`, [], 'backups_trigger_check');
    t.index(['created_at'], 'backups_created_idx');
  });
  await knex.raw(
    `create index backups_unacknowledged_idx on backups (id) where state = 'failed' and acknowledged_at is null`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('backups');
}
