// Imports of leads from CSV (issue 14). An import is a record kept for good (who, when, file name, counts, mapping);
// its progress (the last row done) moves in the same transaction as each batch of rows, so a killed worker resumes
// from the last committed batch. import_rows says what each imported row did to which lead (with the previous
// values, encrypted, for undo); import_rejects the reason each rejected row was refused; import_mappings the
// mapping a user last chose for a header row.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('imports', (t) => {
    t.bigIncrements('id');
    t.integer('created_by').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('file_name').notNullable();
    t.text('source_path');
    t.bigInteger('bytes').notNullable();
    t.text('encoding').notNullable();
    t.text('delimiter').notNullable();
    t.jsonb('headers').notNullable();
    t.text('header_hash').notNullable();
    t.integer('total_rows').notNullable();
    t.jsonb('mapping');
    t.text('duplicates').notNullable().defaultTo('skip');
    t.text('state').notNullable().defaultTo('uploaded');
    t.integer('rows_done').notNullable().defaultTo(0);
    t.jsonb('counts').notNullable().defaultTo('{}');
    t.jsonb('dry_run');
    t.text('rejects_path');
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('error');
    t.timestamp('started_at', { useTz: true });
    t.timestamp('progress_at', { useTz: true });
    t.timestamp('finished_at', { useTz: true });
    t.timestamp('undone_at', { useTz: true });
    t.integer('undone_by').references('users.id');
    t.check(`state in ('uploaded','queued','running','done','failed','undone')`, [], 'imports_state_check');
    t.check(`duplicates in ('skip','update','merge')`, [], 'imports_duplicates_check');
    t.index(['created_by', 'created_at']);
    t.index(['state']);
  });
  await knex.schema.createTable('import_rows', (t) => {
    t.bigInteger('import_id').notNullable().references('imports.id');
    t.integer('row_no').notNullable();
    t.bigInteger('lead_id').notNullable();
    t.text('action').notNullable();
    t.text('previous_enc');
    t.primary(['import_id', 'row_no']);
    t.index(['lead_id']);
    t.check(`action in ('created','updated','merged')`, [], 'import_rows_action_check');
  });
  await knex.schema.createTable('import_rejects', (t) => {
    t.bigInteger('import_id').notNullable().references('imports.id');
    t.integer('row_no').notNullable();
    t.text('reason').notNullable();
    t.primary(['import_id', 'row_no']);
  });
  await knex.schema.createTable('import_mappings', (t) => {
    t.integer('user_id').notNullable().references('users.id');
    t.text('header_hash').notNullable();
    t.jsonb('mapping').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['user_id', 'header_hash']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('import_mappings');
  await knex.schema.dropTable('import_rejects');
  await knex.schema.dropTable('import_rows');
  await knex.schema.dropTable('imports');
}
