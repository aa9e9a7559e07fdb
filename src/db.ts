import { createHash } from 'node:crypto';
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

/**
 * Runs the query as a named prepared statement: each pooled connection parses it once, and PostgreSQL may keep
 * one generic plan for it instead of planning it again on every request. For the queries every page runs whose
 * best plan does not depend on the values (by id, the list's choices); not for filters and searches, whose plans do.
 */
export function prepared<Q extends Knex.QueryBuilder>(q: Q): Q {
  const { sql } = q.toSQL();
  return q.options({ name: `v_${createHash('sha1').update(sql).digest('base64url').slice(0, 24)}` });
}
