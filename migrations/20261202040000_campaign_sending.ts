import type { Knex } from 'knex';

// Sending campaigns: a campaign's life after its draft, one row per recipient with its state, the suppression list
// (a blind index of the address, like lead lookups), every marketing e-mail a lead was sent (for the frequency cap),
// mail events received (idempotency), senders whose next campaigns need review, and the outbox's HTML part and
// headers. A consent withdrawn by the person themselves (one-click unsubscribe) is recorded by no user.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table campaigns drop constraint campaigns_state_check`);
  await knex.raw(`alter table campaigns
    add constraint campaigns_state_check
      check (state in ('draft','needs_review','scheduled','preparing','sending','paused','sent','stopped')),
    add column scheduled_at timestamptz,
    add column started_at timestamptz,
    add column finished_at timestamptz,
    add column state_reason text,
    add column prepare_cursor bigint not null default 0,
    add column run integer not null default 0`);
  await knex.raw(`create index campaigns_due_idx on campaigns (scheduled_at) where state = 'scheduled'`);
  await knex.raw(`create index campaigns_active_idx on campaigns (id) where state in ('preparing','sending')`);

  await knex.schema.createTable('campaign_recipients', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('campaign_id').notNullable().references('campaigns.id').withKeyName('campaign_recipients_campaign_fk');
    t.bigInteger('lead_id').notNullable().references('leads.id').withKeyName('campaign_recipients_lead_fk');
    t.text('state').notNullable();
    t.text('reason');
    t.bigInteger('outbox_id');
    t.integer('soft_bounces').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('done_at', { useTz: true });
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('bounced_at', { useTz: true });
    t.timestamp('complained_at', { useTz: true });
    t.timestamp('unsubscribed_at', { useTz: true });
    t.unique(['campaign_id', 'lead_id'], { indexName: 'campaign_recipients_unique' });
  });
  await knex.raw(`alter table campaign_recipients add constraint campaign_recipients_state_check
    check (state in ('queued','sending','sent','skipped','bounced','complained','unsubscribed'))`);
  await knex.raw(`create index campaign_recipients_pending_idx on campaign_recipients (campaign_id, id)
    where state in ('queued','sending')`);
  await knex.raw(`create index campaign_recipients_done_idx on campaign_recipients (campaign_id, done_at)
    where done_at is not null`);
  await knex.raw('create index campaign_recipients_lead_idx on campaign_recipients (lead_id)');

  await knex.schema.createTable('email_suppressions', (t) => {
    t.text('email_bidx').primary();
    t.text('reason').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(
      `reason in ('unsubscribed','hard_bounce','complaint','soft_bounces')`,
      [],
      'email_suppressions_reason_check',
    );
  });
  await knex.schema.createTable('email_soft_bounces', (t) => {
    t.text('email_bidx').primary();
    t.integer('in_a_row').notNullable();
  });
  await knex.schema.createTable('lead_contacts', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('lead_id').notNullable().references('leads.id').withKeyName('lead_contacts_lead_fk');
    t.text('kind').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.text('ref').notNullable().unique('lead_contacts_ref_unique');
    t.index(['lead_id', 'at'], 'lead_contacts_lead_at_idx');
  });
  await knex.schema.createTable('mail_events', (t) => {
    t.text('event_id').primary();
    t.text('kind').notNullable();
    t.bigInteger('recipient_id');
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('campaign_sender_reviews', (t) => {
    t.integer('user_id').primary().references('users.id').withKeyName('campaign_sender_reviews_user_fk');
    t.bigInteger('campaign_id').notNullable();
    t.text('reason').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.raw(`alter table outbox
    add column html_body text,
    add column headers jsonb,
    add column from_address text,
    add column reply_to text,
    add column envelope_from text`);
  await knex.raw('alter table lead_consents alter column recorded_by drop not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`delete from lead_consents where recorded_by is null`);
  await knex.raw('alter table lead_consents alter column recorded_by set not null');
  await knex.raw(`alter table outbox drop column html_body, drop column headers, drop column from_address,
    drop column reply_to, drop column envelope_from`);
  for (const t of [
    'campaign_sender_reviews',
    'mail_events',
    'lead_contacts',
    'email_soft_bounces',
    'email_suppressions',
  ])
    await knex.schema.dropTable(t);
  await knex.schema.dropTable('campaign_recipients');
  await knex.raw(`update campaigns set state = 'draft'`);
  await knex.raw(`alter table campaigns drop constraint campaigns_state_check,
    drop column scheduled_at, drop column started_at, drop column finished_at, drop column state_reason,
    drop column prepare_cursor, drop column run`);
  await knex.raw(`alter table campaigns add constraint campaigns_state_check check (state in ('draft'))`);
}
