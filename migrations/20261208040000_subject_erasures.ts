// Data-subject erasures (issue 14): who erased whom, when, how many leads, for which privacy request. The person
// is named only by the blind index searched for (an e-mail's or a phone's); a retention run has none.
// Merged leads are found by blind index too (an access report covers them): a partial index beside the live one.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('subject_erasures', (t) => {
    t.bigIncrements('id').primary();
    t.text('kind').notNullable();
    t.text('bidx');
    t.timestamp('at', { useTz: true }).notNullable();
    t.integer('by_user_id').references('users.id').withKeyName('subject_erasures_user_fk');
    t.integer('leads_count').notNullable();
    t.bigInteger('request_id');
    t.text('reason').notNullable();
    t.check(`kind in ('email','phone','retention')`, [], 'subject_erasures_kind_check');
    t.index(['bidx'], 'subject_erasures_bidx_idx');
  });
  await knex.raw('create index leads_email_bidx_merged_idx on leads (email_bidx) where merged_into_id is not null');
  await knex.raw('create index leads_phone_bidx_merged_idx on leads (phone_bidx) where merged_into_id is not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index leads_phone_bidx_merged_idx');
  await knex.raw('drop index leads_email_bidx_merged_idx');
  await knex.schema.dropTable('subject_erasures');
}
