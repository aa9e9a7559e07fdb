import type { Knex } from 'knex';

// TOTP replay protection: the last accepted time step; a code is never accepted twice.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => t.bigInteger('totp_last_step'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => t.dropColumn('totp_last_step'));
}
