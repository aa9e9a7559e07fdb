import type { Knex } from 'knex';

// The Source filter's options for a staff user: "has a lead of mine with this source" as one index-only lookup
// (leads_source_idx answers "… of my team" the same way).
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    'create index leads_source_owner_idx on leads (source, owner_id, team_id) where merged_into_id is null and source is not null',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_source_owner_idx');
}
