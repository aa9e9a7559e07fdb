import type { Knex } from 'knex';

// Campaigns, first step: drafts (name, subject, sender name, Markdown body with merge fields) owned by a user.
// Audience, recipients and sending come with later migrations; `state` is only 'draft' for now.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('campaigns', (t) => {
    t.bigIncrements('id').primary();
    t.integer('owner_id').notNullable().references('users.id').withKeyName('campaigns_owner_fk');
    t.text('name').notNullable();
    t.text('subject').notNullable();
    t.text('sender_name').notNullable();
    t.text('body_md').notNullable();
    t.text('state').notNullable().defaultTo('draft');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['owner_id', 'id'], 'campaigns_owner_idx');
  });
  await knex.raw(`alter table campaigns add constraint campaigns_state_check check (state in ('draft'))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaigns');
}
