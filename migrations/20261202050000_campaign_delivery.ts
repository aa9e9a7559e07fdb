// Delivery after review of the sending work: a campaign knows when all its recipients were written (pausing while
// they are being written, then resuming, goes on writing them), and an outbox row the receiving server refused for
// good (a 5xx reply) is given up instead of retried for ever.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('campaigns', (t) => {
    t.timestamp('prepared_at', { useTz: true });
  });
  await knex.schema.alterTable('outbox', (t) => {
    t.timestamp('given_up_at', { useTz: true });
  });
  await knex.raw('drop index outbox_unsent_idx');
  await knex.raw('create index outbox_unsent_idx on outbox (created_at) where sent_at is null and given_up_at is null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index outbox_unsent_idx');
  await knex.raw('create index outbox_unsent_idx on outbox (created_at) where sent_at is null');
  await knex.schema.alterTable('outbox', (t) => t.dropColumn('given_up_at'));
  await knex.schema.alterTable('campaigns', (t) => t.dropColumn('prepared_at'));
}
