import type { Knex } from 'knex';

// The organisation's sending settings for campaigns: one row. The postal address and sending domain must be set
// before any campaign can be sent; the frequency cap and the sending rate have defaults.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('campaign_settings', (t) => {
    t.smallint('id').primary().defaultTo(1);
    t.text('postal_address');
    t.text('sending_domain');
    t.integer('cap_messages').notNullable().defaultTo(2);
    t.integer('cap_days').notNullable().defaultTo(7);
    t.integer('rate_per_minute').notNullable().defaultTo(600);
    t.integer('updated_by').references('users.id').withKeyName('campaign_settings_updated_by_fk');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('alter table campaign_settings add constraint campaign_settings_one_row check (id = 1)');
  await knex('campaign_settings').insert({ id: 1 });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaign_settings');
}
