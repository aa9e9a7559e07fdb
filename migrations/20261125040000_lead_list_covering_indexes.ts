import type { Knex } from 'knex';

// The lead list at 1,000,000 leads (BENCHMARKS.md): the list's filters and the access rule's columns ride along
// in the indexes that give its orders, so a page's leads and the capped count are found in the index alone
// (index-only scans) and only the 50 leads shown are read from the table. Also an index for the name order,
// which had none (every name-sorted page sorted all leads in the scope).
const live = 'where merged_into_id is null';
const listColumns = 'owner_id, team_id, status_id, last_verified_at, tags, source';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_created_idx');
  await knex.raw(`create index leads_created_idx on leads (created_at desc, id desc) include (${listColumns}) ${live}`);
  await knex.raw('drop index leads_status_created_idx');
  await knex.raw(
    `create index leads_status_created_idx on leads (status_id, created_at desc, id desc) include (${listColumns}) ${live}`,
  );
  await knex.raw(
    `create index leads_name_idx on leads (last_name, first_name, id) include (${listColumns}, created_at) ${live}`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_name_idx');
  await knex.raw('drop index leads_status_created_idx');
  await knex.raw(`create index leads_status_created_idx on leads (status_id, created_at desc, id desc) ${live}`);
  await knex.raw('drop index leads_created_idx');
  await knex.raw(`create index leads_created_idx on leads (created_at desc, id desc) ${live}`);
}
