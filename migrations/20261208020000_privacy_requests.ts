// Privacy requests (issue 14): questions and data-subject requests sent through the public contact form. The
// requester's personal values are encrypted (name, address, phone, message, the attachment's file name), the
// address also kept as a blind index (to find a person's requests); the confirmation link's token only as its
// SHA-256. `due_at` starts 30 days after receipt and may be extended up to two months past `original_due_at`.
// Each request has its own event list (received, confirmed, state changes, notes, replies, extensions, outcomes):
// notes and replies are written by people, so their text is encrypted too.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('privacy_requests', (t) => {
    t.increments('id').primary();
    t.text('reference').notNullable().unique('privacy_requests_reference_key');
    t.text('kind').notNullable();
    t.text('state').notNullable().defaultTo('verifying');
    t.text('name_enc').notNullable();
    t.text('email_enc').notNullable();
    t.text('email_bidx').notNullable();
    t.text('phone_enc');
    t.text('message_enc').notNullable();
    t.text('token_hash').notNullable().unique('privacy_requests_token_key');
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('confirmed_at', { useTz: true });
    t.timestamp('original_due_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('closed_at', { useTz: true });
    t.text('refusal_reason');
    t.text('outcome');
    t.text('attachment_file');
    t.text('attachment_name_enc');
    t.text('attachment_type');
    t.integer('attachment_bytes');
    t.timestamp('attachment_removed_at', { useTz: true });
    t.check(
      `kind in ('question','access','rectification','erasure','objection','other')`,
      [],
      'privacy_requests_kind_check',
    );
    t.check(`state in ('verifying','new','in_progress','done','refused')`, [], 'privacy_requests_state_check');
    t.check(`state <> 'refused' or refusal_reason is not null`, [], 'privacy_requests_refusal_check');
    t.check(`due_at <= original_due_at + interval '2 months'`, [], 'privacy_requests_extension_check');
    t.index(['email_bidx'], 'privacy_requests_email_bidx_idx');
    t.index(['state', 'due_at'], 'privacy_requests_state_due_idx');
  });
  await knex.schema.createTable('privacy_request_events', (t) => {
    t.bigIncrements('id').primary();
    t.integer('request_id')
      .notNullable()
      .references('id')
      .inTable('privacy_requests')
      .onDelete('CASCADE')
      .withKeyName('privacy_request_events_request_fkey');
    t.timestamp('at', { useTz: true }).notNullable();
    t.integer('actor_id').references('id').inTable('users').withKeyName('privacy_request_events_actor_fkey');
    t.text('kind').notNullable();
    t.text('body_enc');
    t.jsonb('details');
    t.check(
      `kind in ('received','confirmed','state','note','reply','extension','outcome','objection','attachment_removed')`,
      [],
      'privacy_request_events_kind_check',
    );
    t.index(['request_id', 'id'], 'privacy_request_events_request_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('privacy_request_events');
  await knex.schema.dropTable('privacy_requests');
}
