// Data-subject erasure and objection (issue 14). An erased or objecting person is kept only as a blind index so
// they are never contacted again nor re-imported: the e-mail suppression list gains the reasons 'erased' and
// 'objected', and phones get a list of their own. `leads.erased_at` marks a lead whose personal fields were
// anonymized (it stays for counts and the audit log's references, with no personal value left).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table email_suppressions drop constraint email_suppressions_reason_check');
  await knex.raw(`alter table email_suppressions add constraint email_suppressions_reason_check
    check (reason in ('unsubscribed','hard_bounce','complaint','soft_bounces','erased','objected'))`);
  await knex.schema.createTable('phone_suppressions', (t) => {
    t.text('phone_bidx').primary();
    t.text('reason').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check(`reason in ('erased','objected')`, [], 'phone_suppressions_reason_check');
  });
  await knex.schema.alterTable('leads', (t) => {
    t.timestamp('erased_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('leads', (t) => {
    t.dropColumn('erased_at');
  });
  await knex.schema.dropTable('phone_suppressions');
  await knex.raw(`delete from email_suppressions where reason in ('erased','objected')`);
  await knex.raw('alter table email_suppressions drop constraint email_suppressions_reason_check');
  await knex.raw(`alter table email_suppressions add constraint email_suppressions_reason_check
    check (reason in ('unsubscribed','hard_bounce','complaint','soft_bounces'))`);
}
