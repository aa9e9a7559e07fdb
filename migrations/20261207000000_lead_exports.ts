// Exports of the lead list (issue 14) beside users' own data exports: the same rows, jobs, progress, download,
// expiry and sweep. `kind` says which ('account': the ZIP of what the user owns; 'leads': the list as one CSV or
// JSON file), `format` the file's format, `filter` the list's parameters as given and the time they were read at
// (the stale cut-off), so the worker reads exactly the leads the page showed. The one-pending-per-user index
// stays as it is: a user has one export of either kind in the making at a time.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('data_exports', (t) => {
    t.text('kind').notNullable().defaultTo('account');
    t.text('format');
    t.jsonb('filter');
    t.check(`kind in ('account','leads')`, [], 'data_exports_kind_check');
    t.check(
      `(kind = 'account' and format is null and filter is null) or (kind = 'leads' and format in ('csv','json') and filter is not null)`,
      [],
      'data_exports_leads_check',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('data_exports', (t) => {
    t.dropChecks(['data_exports_leads_check', 'data_exports_kind_check']);
    t.dropColumns('kind', 'format', 'filter');
  });
}
