// knex configuration shared by the app, the CLI (`npm run crm -- migrate`) and tests.
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

export default knexConfig(process.env.DATABASE_URL ?? 'postgres://valley:valley@127.0.0.1:5432/valley_dev');
