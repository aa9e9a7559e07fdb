// The address a campaign recipient's message went to, as a blind index: unsubscribes, bounces and complaints act
// on that address even if the lead's address changed since, and one campaign reaches one address once (two
// unmerged leads sharing an address get one message).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table campaign_recipients add column email_bidx text');
  await knex.raw(
    'create unique index campaign_recipients_address_unique on campaign_recipients (campaign_id, email_bidx) where email_bidx is not null',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index campaign_recipients_address_unique');
  await knex.raw('alter table campaign_recipients drop column email_bidx');
}
