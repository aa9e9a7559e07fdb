import type { Knex } from 'knex';

const STATUSES = [
  ['new', 'New'],
  ['contacted', 'Contacted'],
  ['qualified', 'Qualified'],
  ['unqualified', 'Unqualified'],
  ['customer', 'Customer'],
  ['lost', 'Lost'],
];

export async function up(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists pg_trgm');

  await knex.schema.createTable('teams', (t) => {
    t.increments('id').primary();
    t.text('name').notNullable().unique('teams_name_unique');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('users', (t) => {
    t.integer('team_id').references('teams.id').onDelete('SET NULL');
  });

  await knex.schema.createTable('lead_statuses', (t) => {
    t.increments('id').primary();
    t.text('key').notNullable().unique('lead_statuses_key_unique');
    t.text('label').notNullable();
    t.integer('position').notNullable();
  });
  await knex('lead_statuses').insert(STATUSES.map(([key, label], i) => ({ key, label, position: i + 1 })));

  await knex.schema.createTable('leads', (t) => {
    t.bigIncrements('id').primary();
    t.text('first_name').notNullable();
    t.text('last_name').notNullable();
    t.text('company');
    t.text('job_title');
    t.text('email_enc');
    t.text('email_bidx');
    t.text('phone_enc');
    t.text('phone_bidx');
    t.text('address_enc');
    t.text('notes_enc');
    t.smallint('key_id').notNullable();
    t.text('source');
    t.integer('status_id').notNullable().references('lead_statuses.id');
    t.specificType('tags', 'text[]').notNullable().defaultTo('{}');
    t.integer('owner_id').notNullable().references('users.id');
    t.integer('team_id').references('teams.id').onDelete('SET NULL');
    t.text('lawful_basis').notNullable();
    t.text('basis_method').notNullable();
    t.text('basis_source').notNullable();
    t.timestamp('basis_obtained_at', { useTz: true }).notNullable();
    t.text('basis_wording').notNullable();
    t.integer('basis_recorded_by').notNullable().references('users.id');
    t.boolean('do_not_contact').notNullable().defaultTo(false);
    t.bigInteger('merged_into_id').references('leads.id');
    t.integer('created_by').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_verified_at', { useTz: true });
    t.check(
      `lawful_basis in ('consent','contract','legitimate_interest','legal_obligation')`,
      [],
      'leads_lawful_basis_check',
    );
  });
  await knex.raw(`alter table leads add column search tsvector generated always as
    (to_tsvector('simple', first_name || ' ' || last_name || ' ' || coalesce(company, ''))) stored`);
  await knex.raw(`alter table leads add column name_key text generated always as
    (lower(first_name || ' ' || last_name || ' ' || coalesce(company, ''))) stored`);
  // Lists only ever show live (unmerged) leads: partial indexes keep them small.
  const live = 'where merged_into_id is null';
  await knex.raw(`create index leads_created_idx on leads (created_at desc, id desc) ${live}`);
  await knex.raw(`create index leads_owner_created_idx on leads (owner_id, created_at desc, id desc) ${live}`);
  await knex.raw(`create index leads_team_created_idx on leads (team_id, created_at desc, id desc) ${live}`);
  await knex.raw(`create index leads_status_created_idx on leads (status_id, created_at desc, id desc) ${live}`);
  await knex.raw(`create index leads_verified_idx on leads ((coalesce(last_verified_at, created_at))) ${live}`);
  await knex.raw(`create index leads_tags_idx on leads using gin (tags) ${live}`);
  await knex.raw(`create index leads_search_idx on leads using gin (search) ${live}`);
  await knex.raw(`create index leads_name_trgm_idx on leads using gin (name_key gin_trgm_ops) ${live}`);
  await knex.raw(`create index leads_email_bidx_idx on leads (email_bidx) ${live}`);
  await knex.raw(`create index leads_phone_bidx_idx on leads (phone_bidx) ${live}`);
  await knex.raw('create index leads_merged_into_idx on leads (merged_into_id) where merged_into_id is not null');
  await knex.raw('create index leads_key_idx on leads (key_id, id)');

  await knex.schema.createTable('lead_consents', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('lead_id').notNullable().references('leads.id');
    t.text('channel').notNullable();
    t.text('status').notNullable();
    t.text('method').notNullable();
    t.text('source').notNullable();
    t.timestamp('obtained_at', { useTz: true }).notNullable();
    t.text('wording').notNullable();
    t.text('reason');
    t.integer('recorded_by').notNullable().references('users.id');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`channel in ('email','phone','sms','post')`, [], 'lead_consents_channel_check');
    t.check(`status in ('granted','withdrawn')`, [], 'lead_consents_status_check');
    t.index(['lead_id', 'channel', 'recorded_at'], 'lead_consents_lead_idx');
  });

  await knex.schema.createTable('lead_history', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('lead_id').notNullable().references('leads.id');
    t.integer('user_id').references('users.id');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('field').notNullable();
    t.text('old_value');
    t.text('new_value');
    t.boolean('encrypted').notNullable().defaultTo(false);
    t.smallint('key_id');
    t.index(['lead_id', 'at'], 'lead_history_lead_idx');
  });
  await knex.raw('create index lead_history_key_idx on lead_history (key_id, id) where encrypted');

  await knex.schema.createTable('key_rotations', (t) => {
    t.increments('id').primary();
    t.smallint('target_key_id').notNullable();
    t.text('phase').notNullable().defaultTo('leads');
    t.bigInteger('cursor').notNullable().defaultTo(0);
    t.bigInteger('rows_done').notNullable().defaultTo(0);
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('finished_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const t of ['key_rotations', 'lead_history', 'lead_consents', 'leads', 'lead_statuses'])
    await knex.schema.dropTable(t);
  await knex.schema.alterTable('users', (t) => t.dropColumn('team_id'));
  await knex.schema.dropTable('teams');
}
