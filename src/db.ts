import knex, { type Knex } from 'knex';
import { knexConfig } from '../knexfile';
import type { Logger } from './logger';

export type Db = Knex;
/** knex's own warnings and errors go through the logger (never bare to the console). */
export function createDb(databaseUrl: string, log?: Logger): Knex {
  const config = knexConfig(databaseUrl);
  if (log) {
    const say = (level: 'warn' | 'error' | 'debug') => (message: unknown) => log[level]({ knex: String(message instanceof Error ? message.message : message) }, 'knex');
    config.log = { warn: say('warn'), error: say('error'), deprecate: say('warn'), debug: say('debug') };
  }
  return knex(config);
}
