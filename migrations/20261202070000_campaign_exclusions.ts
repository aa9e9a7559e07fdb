// The leads a campaign's audience matched but that were left out when it started, counted per reason instead of
// written one row each: at 1,000,000 leads most of an audience is left out (no consent), and a row per lead
// (with its foreign key, which locks the lead) made writing a 100,000-recipient campaign take 16 s.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('campaign_exclusions', (t) => {
    t.bigInteger('campaign_id').notNullable().references('id').inTable('campaigns').onDelete('CASCADE');
    t.text('reason').notNullable();
    t.integer('n').notNullable();
    t.primary(['campaign_id', 'reason']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaign_exclusions');
}
