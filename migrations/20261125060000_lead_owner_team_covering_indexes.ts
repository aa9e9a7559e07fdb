import type { Knex } from 'knex';

// A staff user's lead count at 1M leads: "my team's leads" and "my own leads outside my team" are counted as
// index-only ranges on team_id and owner_id, so the list's filter columns (and the other half of the access
// rule) ride along in those indexes too (BENCHMARKS.md).
const live = 'where merged_into_id is null';
const filters = 'status_id, last_verified_at, tags, source';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_owner_created_idx');
  await knex.raw(
    `create index leads_owner_created_idx on leads (owner_id, created_at desc, id desc) include (team_id, ${filters}) ${live}`,
  );
  await knex.raw('drop index leads_team_created_idx');
  await knex.raw(
    `create index leads_team_created_idx on leads (team_id, created_at desc, id desc) include (owner_id, ${filters}) ${live}`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_team_created_idx');
  await knex.raw(`create index leads_team_created_idx on leads (team_id, created_at desc, id desc) ${live}`);
  await knex.raw('drop index leads_owner_created_idx');
  await knex.raw(`create index leads_owner_created_idx on leads (owner_id, created_at desc, id desc) ${live}`);
}
