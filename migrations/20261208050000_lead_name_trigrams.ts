// The duplicate search's trigram index on every lead's name, merged leads too, and without a pending list.
// Partial (live leads only), it stood beside a dozen partial indexes with the same predicate, and the planner,
// which costs pg_trgm's % like =, read one of those whole instead (every lead's similarity, ~5 µs each) until
// the table held tens of thousands of leads. The search names live leads by coalesce(merged_into_id, 0) = 0, which
// no partial index's predicate follows from, so this index is its only way in. fastupdate off: every search
// scanned the whole pending list of recent inserts, and an import searches right after each insert.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_name_trgm_idx');
  await knex.raw('create index leads_name_trgm_idx on leads using gin (name_key gin_trgm_ops) with (fastupdate = off)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_name_trgm_idx');
  await knex.raw(
    'create index leads_name_trgm_idx on leads using gin (name_key gin_trgm_ops) where merged_into_id is null',
  );
}
