import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.text('email').notNullable();
    t.text('name').notNullable();
    t.text('role').notNullable();
    t.text('status').notNullable().defaultTo('active');
    t.text('password_hash');
    t.timestamp('password_changed_at', { useTz: true });
    t.timestamp('password_reminder_sent_at', { useTz: true });
    t.text('totp_secret_enc');
    t.timestamp('totp_enabled_at', { useTz: true });
    t.integer('session_epoch').notNullable().defaultTo(0);
    t.timestamp('last_login_at', { useTz: true });
    t.timestamps(true, true);
    t.check(`role in ('admin','staff','compliance')`, [], 'users_role_check');
    t.check(`status in ('invited','active','deactivated')`, [], 'users_status_check');
  });
  await knex.raw('create unique index users_email_unique on users (lower(email))');

  await knex.schema.createTable('recovery_codes', (t) => {
    t.increments('id').primary();
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('code_hash').notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index(['user_id'], 'recovery_codes_user_idx');
  });

  await knex.schema.createTable('user_tokens', (t) => {
    t.increments('id').primary();
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('token_hash').notNullable().unique('user_tokens_hash_unique');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`kind in ('reset','invite')`, [], 'user_tokens_kind_check');
  });

  await knex.schema.createTable('user_sessions', (t) => {
    t.text('sid').primary();
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('device').notNullable();
    t.text('ip').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('ended_at', { useTz: true });
    t.index(['user_id'], 'user_sessions_user_idx');
  });

  await knex.schema.createTable('user_devices', (t) => {
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('device_hash').notNullable();
    t.timestamp('first_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['user_id', 'device_hash'], { constraintName: 'user_devices_pk' });
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.bigInteger('id').primary();
    t.timestamp('at', { useTz: true }).notNullable();
    t.integer('actor_id');
    t.text('action').notNullable();
    t.text('target_type');
    t.text('target_id');
    t.text('ip');
    t.text('request_id');
    t.jsonb('details').notNullable().defaultTo('{}');
    t.text('prev_hash').notNullable();
    t.text('hash').notNullable();
    t.index(['actor_id', 'at'], 'audit_log_actor_idx');
    t.index(['action', 'at'], 'audit_log_action_idx');
    t.index(['at'], 'audit_log_at_idx');
  });
  await knex.raw('create sequence audit_log_id_seq owned by audit_log.id');
  // Append-only: the application cannot change or remove history.
  await knex.raw(`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$;
    create trigger audit_log_no_update before update or delete or truncate on audit_log
      for each statement execute function audit_log_append_only();`);

  await knex.schema.createTable('outbox', (t) => {
    t.bigIncrements('id').primary();
    t.text('kind').notNullable();
    t.text('to_address').notNullable();
    t.text('subject').notNullable();
    t.text('text_body').notNullable();
    t.text('dedupe_key').unique('outbox_dedupe_unique');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('sent_at', { useTz: true });
    t.text('transport');
    t.text('message_id');
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
  });
  await knex.raw('create index outbox_unsent_idx on outbox (created_at) where sent_at is null');

  await knex.schema.createTable('policy_versions', (t) => {
    t.increments('id').primary();
    t.text('kind').notNullable();
    t.integer('version').notNullable();
    t.text('title').notNullable();
    t.text('body').notNullable();
    t.timestamp('published_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['kind', 'version'], { indexName: 'policy_versions_kind_version_unique' });
    t.check(`kind in ('terms','privacy')`, [], 'policy_versions_kind_check');
  });
  const text = fs.readFileSync(
    path.join(__dirname, '..', 'src', 'features', 'policies', 'content', 'terms-v1.txt'),
    'utf8',
  );
  const privacyStart = text.indexOf('DATA PRIVACY:');
  await knex('policy_versions').insert([
    { kind: 'terms', version: 1, title: 'Terms of Use', body: text },
    { kind: 'privacy', version: 1, title: 'Privacy Policy', body: privacyStart >= 0 ? text.slice(privacyStart) : text },
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('policy_versions');
  await knex.schema.dropTable('outbox');
  await knex.raw('drop table audit_log');
  await knex.raw('drop function audit_log_append_only');
  for (const t of ['user_devices', 'user_sessions', 'user_tokens', 'recovery_codes', 'users'])
    await knex.schema.dropTable(t);
}
