// Spam-pattern detection and compliance review (issue 10): each campaign's pre-send scan, campaign attachments
// (stored once as blobs, sent by reference), the compliance officers' flags and decisions, suspended and
// terminated accounts with four-eyes termination requests, and the campaign states a review leads to.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table users drop constraint users_status_check,
    add constraint users_status_check check (status in ('invited','active','deactivated','suspended','terminated'))`);
  await knex.raw(`alter table campaigns drop constraint campaigns_state_check,
    add constraint campaigns_state_check check (state in
      ('draft','needs_review','scheduled','preparing','sending','paused','sent','stopped','blocked','rejected'))`);
  await knex.schema.alterTable('campaigns', (t) => {
    // the last pre-send scan (score, verdict, hits, rules version, when), shown to the sender and the officer
    t.jsonb('scan');
    // set when a compliance officer released the campaign as it is; any edit clears it
    t.timestamp('cleared_at', { useTz: true });
  });
  await knex.schema.createTable('blobs', (t) => {
    t.bigIncrements('id').primary();
    t.text('sha256').notNullable().unique('blobs_sha256_unique');
    t.binary('content').notNullable();
    t.integer('size').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('campaign_attachments', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('campaign_id').notNullable().references('id').inTable('campaigns').onDelete('CASCADE');
    t.text('filename').notNullable();
    t.text('content_type').notNullable();
    t.bigInteger('blob_id').notNullable().references('id').inTable('blobs');
    t.integer('size').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['campaign_id'], 'campaign_attachments_campaign_idx');
  });
  // an outbox row's attachments, by blob: a campaign's file is stored once, not once per recipient
  await knex.schema.alterTable('outbox', (t) => t.jsonb('attachments'));

  await knex.schema.createTable('compliance_flags', (t) => {
    t.bigIncrements('id').primary();
    t.text('kind').notNullable();
    t.bigInteger('campaign_id').references('id').inTable('campaigns').onDelete('SET NULL');
    t.integer('user_id').notNullable().references('id').inTable('users');
    t.text('state').notNullable();
    t.text('verdict').notNullable();
    t.double('score').notNullable();
    t.specificType('families', 'text[]').notNullable();
    t.jsonb('hits').notNullable();
    t.jsonb('evidence').notNullable().defaultTo('{}');
    t.text('rules_version').notNullable();
    // one flag per security pattern, user and time window
    t.text('dedupe_key').unique('compliance_flags_dedupe_unique');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('decided_at', { useTz: true });
    t.index(['state', 'created_at'], 'compliance_flags_state_idx');
    t.index(['user_id', 'created_at'], 'compliance_flags_user_idx');
    t.index(['campaign_id'], 'compliance_flags_campaign_idx');
  });
  await knex.raw(`alter table compliance_flags
    add constraint compliance_flags_kind_check check (kind in ('campaign','security')),
    add constraint compliance_flags_state_check
      check (state in ('open','changes_requested','released','rejected','blocked','closed'))`);
  // at most one undecided flag per campaign
  await knex.raw(`create unique index compliance_flags_live_campaign on compliance_flags (campaign_id)
    where state in ('open','changes_requested')`);
  await knex.schema.createTable('compliance_decisions', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('flag_id').references('id').inTable('compliance_flags');
    t.integer('user_id').notNullable().references('id').inTable('users');
    t.text('action').notNullable();
    t.text('reason').notNullable();
    t.integer('actor_id').references('id').inTable('users');
    t.bigInteger('audit_id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['user_id', 'created_at'], 'compliance_decisions_user_idx');
    t.index(['flag_id'], 'compliance_decisions_flag_idx');
  });
  await knex.schema.createTable('termination_requests', (t) => {
    t.bigIncrements('id').primary();
    t.integer('user_id').notNullable().references('id').inTable('users');
    t.bigInteger('flag_id').references('id').inTable('compliance_flags');
    t.text('reason').notNullable();
    t.integer('requested_by').notNullable().references('id').inTable('users');
    t.timestamp('requested_at', { useTz: true }).notNullable();
    t.integer('confirmed_by').references('id').inTable('users');
    t.timestamp('confirmed_at', { useTz: true });
  });
  await knex.raw(`create unique index termination_requests_pending on termination_requests (user_id)
    where confirmed_at is null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('termination_requests');
  await knex.schema.dropTable('compliance_decisions');
  await knex.schema.dropTable('compliance_flags');
  await knex.schema.alterTable('outbox', (t) => t.dropColumn('attachments'));
  await knex.schema.dropTable('campaign_attachments');
  await knex.schema.dropTable('blobs');
  await knex.schema.alterTable('campaigns', (t) => {
    t.dropColumn('scan');
    t.dropColumn('cleared_at');
  });
  await knex.raw(`update campaigns set state = 'stopped' where state in ('blocked','rejected')`);
  await knex.raw(`alter table campaigns drop constraint campaigns_state_check,
    add constraint campaigns_state_check check (state in
      ('draft','needs_review','scheduled','preparing','sending','paused','sent','stopped'))`);
  await knex.raw(`update users set status = 'deactivated' where status in ('suspended','terminated')`);
  await knex.raw(`alter table users drop constraint users_status_check,
    add constraint users_status_check check (status in ('invited','active','deactivated'))`);
}
