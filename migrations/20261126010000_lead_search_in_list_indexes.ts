import type { Knex } from 'knex';

// Searching names and companies at 1,000,000 leads (BENCHMARKS.md): a search page walks the newest leads until it
// has a page of matches, so the search vector rides along in the indexes that give that order (all leads; a
// team's leads) and the walk never reads the table. And (owner_id, team_id), so a staff page can tell in three
// index probes whether its user owns leads outside their team (only then is the team's index not enough).
const live = 'where merged_into_id is null';
const filters = 'status_id, last_verified_at, tags, source';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_created_idx');
  await knex.raw(
    `create index leads_created_idx on leads (created_at desc, id desc) include (owner_id, team_id, ${filters}, search) ${live}`,
  );
  await knex.raw('drop index leads_team_created_idx');
  await knex.raw(
    `create index leads_team_created_idx on leads (team_id, created_at desc, id desc) include (owner_id, ${filters}, search) ${live}`,
  );
  await knex.raw(`create index leads_owner_team_idx on leads (owner_id, team_id) ${live}`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_owner_team_idx');
  await knex.raw('drop index leads_team_created_idx');
  await knex.raw(
    `create index leads_team_created_idx on leads (team_id, created_at desc, id desc) include (owner_id, ${filters}) ${live}`,
  );
  await knex.raw('drop index leads_created_idx');
  await knex.raw(
    `create index leads_created_idx on leads (created_at desc, id desc) include (owner_id, team_id, ${filters}) ${live}`,
  );
}
