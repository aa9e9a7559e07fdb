import type { Knex } from 'knex';

// A campaign's audience: the lead-list filters it was saved with (status, owner, team, tag, source, created range).
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table campaigns add column audience jsonb not null default '{}'::jsonb`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table campaigns drop column audience');
}
