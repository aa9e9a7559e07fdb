// Terms and privacy changes with acceptance proven, announcements and the notification center (issue 12).
// - policy_versions become drafts, published (in force from effective_at) or withdrawn; a published version's
//   text, summary, materiality and dates are frozen by a trigger, not only by the service.
// - policy_acceptances and policy_declines are append-only (like audit_log): the proof of who accepted what.
// - broadcasts: one message to many users (a terms version, an announcement), written in batches from a cursor;
//   each user's row in notifications is both their in-app notification and the proof of when they were told.
// - notification_email_prefs: a user's choice of e-mail for the optional kinds.
import type { Knex } from 'knex';

/** Version 1 was stored as plain text (one paragraph a line, "HEADING:" lines): written as Markdown. */
const V1_TO_MARKDOWN = `regexp_replace(regexp_replace(body, '^([A-Z][A-Z ]+):$', '## \\1', 'gn'), E'\\n+', E'\\n\\n', 'g')`;

/** And back: headings to "HEADING:" lines, one paragraph a line. */
const MARKDOWN_TO_V1 = `regexp_replace(regexp_replace(body, '^## (.+)$', '\\1:', 'gn'), E'\\n\\n', E'\\n', 'g')`;

/** Versions become drafts, published or withdrawn; a published one is frozen by a trigger. */
async function versionStates(knex: Knex): Promise<void> {
  await knex.raw(`update policy_versions set body = ${V1_TO_MARKDOWN} where version = 1`);
  await knex.schema.alterTable('policy_versions', (t) => {
    t.text('summary').notNullable().defaultTo('');
    t.boolean('material').notNullable().defaultTo(false);
    t.text('state').notNullable().defaultTo('published');
    t.timestamp('effective_at', { useTz: true });
    t.text('text_sha256');
    t.bigInteger('created_by').references('id').inTable('users');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('withdrawn_at', { useTz: true });
    t.bigInteger('broadcast_id');
  });
  await knex.raw(`alter table policy_versions alter column version drop not null,
    alter column published_at drop not null, alter column published_at drop default`);
  await knex.raw(`update policy_versions set effective_at = published_at,
    text_sha256 = encode(sha256(convert_to(body, 'UTF8')), 'hex'), summary = 'The first version.'`);
  await knex.raw(`alter table policy_versions
    add constraint policy_versions_state_check check (state in ('draft','published','withdrawn')),
    add constraint policy_versions_published_check check (state = 'draft' or
      (version is not null and published_at is not null and effective_at is not null and text_sha256 is not null))`);
  await knex.raw(
    `create index policy_versions_in_force_idx on policy_versions (kind, effective_at) where state = 'published'`,
  );
  await knex.raw(`
    create function policy_versions_frozen() returns trigger language plpgsql as $$
    begin
      if old.state <> 'draft' and (new.body, new.summary, new.material, new.effective_at, new.version, new.kind,
           new.title, new.text_sha256, new.published_at, new.broadcast_id)
         is distinct from (old.body, old.summary, old.material, old.effective_at, old.version, old.kind,
           old.title, old.text_sha256, old.published_at, old.broadcast_id) then
        raise exception 'a published policy version cannot be changed';
      end if;
      -- once published, the only way on is withdrawn (and a withdrawn version stays so)
      if old.state <> 'draft' and new.state <> old.state and not (old.state = 'published' and new.state = 'withdrawn') then
        raise exception 'a published policy version cannot go back to %', new.state;
      end if;
      return new;
    end $$;
    create trigger policy_versions_frozen before update on policy_versions
      for each row execute function policy_versions_frozen();
    create function policy_versions_frozen_delete() returns trigger language plpgsql as $$
    begin raise exception 'a published policy version cannot be deleted'; end $$;
    create trigger policy_versions_no_delete before delete on policy_versions
      for each row when (old.state <> 'draft') execute function policy_versions_frozen_delete();`);
}

/** The append-only proof: acceptances and declines. */
async function acceptanceRecords(knex: Knex): Promise<void> {
  await knex.schema.createTable('policy_acceptances', (t) => {
    t.bigIncrements('id').primary();
    t.integer('user_id').notNullable().references('id').inTable('users');
    t.integer('version_id').notNullable().references('id').inTable('policy_versions');
    t.text('text_sha256').notNullable();
    t.text('method').notNullable();
    t.timestamp('accepted_at', { useTz: true }).notNullable();
    t.text('ip');
    t.text('user_agent');
    t.unique(['version_id', 'user_id'], { indexName: 'policy_acceptances_version_user_unique' });
    t.index(['user_id'], 'policy_acceptances_user_idx');
    t.check(`method in ('explicit','continued_use')`, [], 'policy_acceptances_method_check');
  });
  await knex.schema.createTable('policy_declines', (t) => {
    t.bigIncrements('id').primary();
    t.integer('user_id').notNullable().references('id').inTable('users');
    t.integer('version_id').notNullable().references('id').inTable('policy_versions');
    t.timestamp('declined_at', { useTz: true }).notNullable();
    t.text('ip');
    t.text('user_agent');
    t.index(['version_id'], 'policy_declines_version_idx');
  });
  await knex.raw(`
    create function append_only() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name; end $$;
    create trigger policy_acceptances_append_only before update or delete or truncate on policy_acceptances
      for each statement execute function append_only();
    create trigger policy_declines_append_only before update or delete or truncate on policy_declines
      for each statement execute function append_only();`);
}

/** Broadcasts, the notifications they write, the e-mail preferences, the announcements. */
async function notificationTables(knex: Knex): Promise<void> {
  await knex.schema.createTable('broadcasts', (t) => {
    t.bigIncrements('id').primary();
    t.text('kind').notNullable();
    t.text('title').notNullable();
    t.text('body').notNullable().defaultTo('');
    t.text('url');
    // null: every active user; else the roles it goes to
    t.specificType('roles', 'text[]');
    // e-mail besides the in-app notification, and whether the user's preference for the kind decides it
    t.boolean('email').notNullable().defaultTo(false);
    t.text('email_subject');
    t.text('email_text');
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.text('state').notNullable().defaultTo('pending');
    t.bigInteger('cursor').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('done_at', { useTz: true });
    t.check(`state in ('pending','done')`, [], 'broadcasts_state_check');
  });
  await knex.raw(`create index broadcasts_due_idx on broadcasts (due_at) where state = 'pending'`);
  await knex.raw('alter table policy_versions add foreign key (broadcast_id) references broadcasts (id)');
  await knex.schema.createTable('notifications', (t) => {
    t.bigIncrements('id').primary();
    t.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('title').notNullable();
    t.text('body').notNullable().defaultTo('');
    t.text('url');
    t.bigInteger('broadcast_id').references('id').inTable('broadcasts');
    t.bigInteger('outbox_id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('read_at', { useTz: true });
    t.unique(['broadcast_id', 'user_id'], { indexName: 'notifications_broadcast_user_unique' });
    t.index(['user_id', 'id'], 'notifications_user_idx');
  });
  await knex.raw('create index notifications_unread_idx on notifications (user_id) where read_at is null');
  await knex.schema.createTable('notification_email_prefs', (t) => {
    t.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.boolean('email').notNullable();
    t.primary(['user_id', 'kind']);
  });
  await knex.schema.createTable('announcements', (t) => {
    t.bigIncrements('id').primary();
    t.text('title').notNullable();
    t.text('body').notNullable();
    t.specificType('roles', 'text[]');
    t.boolean('significant').notNullable().defaultTo(false);
    t.integer('policy_version_id').references('id').inTable('policy_versions');
    t.bigInteger('broadcast_id').references('id').inTable('broadcasts');
    t.bigInteger('created_by').references('id').inTable('users');
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
}

export async function up(knex: Knex): Promise<void> {
  await versionStates(knex);
  await acceptanceRecords(knex);
  await notificationTables(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('announcements');
  await knex.schema.dropTable('notification_email_prefs');
  await knex.schema.dropTable('notifications');
  await knex.raw('alter table policy_versions drop column broadcast_id');
  await knex.schema.dropTable('broadcasts');
  await knex.schema.dropTable('policy_declines');
  await knex.schema.dropTable('policy_acceptances');
  await knex.raw('drop function append_only');
  await knex.raw('drop trigger policy_versions_frozen on policy_versions');
  await knex.raw('drop trigger policy_versions_no_delete on policy_versions');
  await knex.raw('drop function policy_versions_frozen');
  await knex.raw('drop function policy_versions_frozen_delete');
  // drafts and withdrawn versions have no place in the old table (it takes the highest number as in force)
  await knex.raw(`delete from policy_versions where state <> 'published'`);
  await knex.raw(`update policy_versions set body = ${MARKDOWN_TO_V1} where version = 1`);
  await knex.raw(`alter table policy_versions drop constraint policy_versions_state_check,
    drop constraint policy_versions_published_check,
    alter column version set not null, alter column published_at set not null,
    alter column published_at set default now()`);
  await knex.schema.alterTable('policy_versions', (t) => {
    for (const c of ['summary', 'material', 'state', 'effective_at', 'text_sha256', 'created_by', 'created_at'])
      t.dropColumn(c);
    t.dropColumn('withdrawn_at');
  });
}
