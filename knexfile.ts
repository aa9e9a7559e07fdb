// knex configuration shared by the app, the CLI (`npm run crm -- migrate`) and tests. The database URL comes from
// src/platform/config.ts (the only reader of the environment); the knex CLI is not used (migrations run through the CLI).
import path from 'node:path';
import type { Knex } from 'knex';

export function knexConfig(databaseUrl: string): Knex.Config {
  return {
    client: 'pg',
    connection: databaseUrl,
    pool: { min: 0, max: 10 },
    migrations: {
      directory: path.join(__dirname, 'migrations'),
      loadExtensions: ['.ts'],
      tableName: 'knex_migrations',
    },
  };
}
