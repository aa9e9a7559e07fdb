import type { Knex } from 'knex';

// Indexes for the lead list at 1,000,000 leads (see BENCHMARKS.md for the plans they replace).
const live = 'where merged_into_id is null';

export async function up(knex: Knex): Promise<void> {
  // The Source filter's options: a loose index scan (one probe per distinct source) instead of reading every
  // lead; team and owner ride along so "has a lead in the user's scope" is answered from the index alone.
  await knex.raw(`create index leads_source_idx on leads (source, team_id, owner_id) ${live} and source is not null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists leads_source_idx');
}
