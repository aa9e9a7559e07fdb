import { createHash } from 'node:crypto';
import knex, { type Knex } from 'knex';
import { knexConfig } from '../../knexfile';
import type { Logger } from './logger';
import { VERIFY_SHAPES, type CompiledSelect } from './shapes';

export type Db = Knex;

/** Where a knex client keeps its second pool, the one for prepared() statements. */
const GENERIC_POOL = Symbol('generic-plan pool');
type WithGenericPool = { [GENERIC_POOL]?: Knex; transacting?: boolean };

/**
 * knex's own warnings and errors go through the logger (never bare to the console). Beside the main pool, a small
 * second pool whose connections use one generic plan for each named prepared statement (see prepared()). Close
 * both with closeDb(). `verifyShapes` (tests): selects compiled once per shape are checked against knex (shapes.ts).
 */
export function createDb(databaseUrl: string, log?: Logger, opts: { verifyShapes?: boolean } = {}): Knex {
  const config = knexConfig(databaseUrl);
  if (log) {
    const say = (level: 'warn' | 'error' | 'debug') => (message: unknown) =>
      log[level]({ knex: String(message instanceof Error ? message.message : message) }, 'knex');
    config.log = { warn: say('warn'), error: say('error'), deprecate: say('warn'), debug: say('debug') };
  }
  const db = knex(config);
  const generic = knex({
    ...config,
    pool: {
      min: 0,
      max: 5,
      afterCreate: (
        conn: { query: (sql: string, cb: (err: Error | null) => void) => void },
        done: (err: Error | null, conn: unknown) => void,
      ) => conn.query('set plan_cache_mode = force_generic_plan', (err) => done(err, conn)),
    },
  });
  (db.client as WithGenericPool)[GENERIC_POOL] = generic;
  if (opts.verifyShapes) (db.client as { [VERIFY_SHAPES]?: boolean })[VERIFY_SHAPES] = true;
  return db;
}

/** Closes both pools of a knex instance made by createDb. */
export async function closeDb(db: Knex): Promise<void> {
  await (db.client as WithGenericPool)[GENERIC_POOL]?.destroy();
  await db.destroy();
}

/** A pg connection of a pool, as knex hands it out (knex's flag set, the pool destroys it instead of reusing it). */
export interface PgConnection {
  query(config: string | { name?: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
  __knex__disposed?: unknown;
}

/** Statement names by SQL text (a hash of it), remembered: the same few statements run on every page. */
const names = new Map<string, string>();
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `v_${createHash('sha1').update(sql).digest('base64url').slice(0, 24)}`;
    if (names.size >= 1000) names.clear();
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs the query as a named prepared statement on the generic-plan pool: each of its connections parses and plans
 * the statement once, and then only executes it (planning the list's choices took longer than running them). Only
 * for the queries every page runs whose best plan does not depend on the values (by id, the plain list, the list's
 * choices); never for filters and searches, whose best plans do. Inside a transaction it runs there, planned as usual.
 * A select (all rows, or the first) goes to the pg connection itself: knex's runner, around a query it has already
 * compiled, cost a page more than the query's own round trip.
 */
export async function prepared<Q extends Knex.QueryBuilder>(q: Q): Promise<Awaited<Q>> {
  const client = q.client as WithGenericPool;
  const pool = client[GENERIC_POOL];
  if (!pool || client.transacting) return await q;
  const compiled = q.toSQL() as Knex.Sql & { options: Record<string, unknown> };
  if (compiled.method === 'select' || compiled.method === 'first') {
    const { sql, bindings } = compiled.toNative();
    const rows = await runPrepared(client, { sql, values: [...bindings] });
    return (compiled.method === 'first' ? rows[0] : rows) as Awaited<Q>;
  }
  const name = statementName(compiled.sql);
  const conn = (await pool.client.acquireConnection()) as PgConnection;
  try {
    compiled.options = { ...compiled.options, name };
    // Compiled once: knex's runner would otherwise compile the query again when it runs it.
    q.toSQL = () => compiled;
    return await q.connection(conn);
  } finally {
    await pool.client.releaseConnection(conn);
  }
}

/** A select compiled beforehand (shapes.ts), as prepared() runs it: named, on the generic-plan pool. */
export function preparedSelect(db: Knex, c: CompiledSelect): Promise<Row[]> {
  return runPrepared(db.client as WithGenericPool, c);
}

type Row = Record<string, any>;

async function runPrepared(client: WithGenericPool, c: CompiledSelect): Promise<Row[]> {
  const pool = client[GENERIC_POOL];
  if (!pool || client.transacting) throw new Error('a compiled select runs outside transactions, on a createDb() pool');
  const conn = (await pool.client.acquireConnection()) as PgConnection;
  try {
    const { rows } = await conn.query({ name: statementName(c.sql), text: c.sql, values: c.values });
    return rows as Row[];
  } finally {
    await pool.client.releaseConnection(conn);
  }
}

/**
 * A select (all rows, or the first) on a connection of the main pool, as an unnamed statement planned for its values
 * (the filters and searches of the list): what knex would run, without its runner. Other queries, and any inside a
 * transaction, go through knex.
 */
export async function selected<Q extends Knex.QueryBuilder>(q: Q): Promise<Awaited<Q>> {
  const client = q.client as WithGenericPool & Knex.Client;
  if (client.transacting) return await q;
  const compiled = q.toSQL();
  if (compiled.method !== 'select' && compiled.method !== 'first') return await q;
  const { sql, bindings } = compiled.toNative();
  const rows = await runSelected(client, { sql, values: [...bindings] });
  return (compiled.method === 'first' ? rows[0] : rows) as Awaited<Q>;
}

/** A select compiled beforehand (shapes.ts), as selected() runs it: unnamed, planned for its values. */
export function selectedSelect(db: Knex, c: CompiledSelect): Promise<Row[]> {
  return runSelected(db.client as WithGenericPool & Knex.Client, c);
}

async function runSelected(client: WithGenericPool & Knex.Client, c: CompiledSelect): Promise<Row[]> {
  if (client.transacting) throw new Error('a compiled select runs outside transactions');
  const conn = (await client.acquireConnection()) as PgConnection;
  try {
    const { rows } = await conn.query({ text: c.sql, values: c.values });
    return rows as Row[];
  } finally {
    await client.releaseConnection(conn);
  }
}

/**
 * Statements of one transaction run straight on a connection of the main pool (the audit log's append, on every
 * lead page): BEGIN, `fn`, COMMIT, or ROLLBACK when `fn` throws (a connection whose rollback fails is destroyed).
 * `opening`: statements without parameters sent with the BEGIN, in the same round trip; `fn` gets their rows.
 */
export async function transactionOn<T>(
  db: Knex,
  fn: (conn: PgConnection, opened: Row[][]) => Promise<T>,
  opening = '',
): Promise<T> {
  const conn = (await db.client.acquireConnection()) as PgConnection;
  try {
    try {
      const began = (await conn.query(`begin;${opening}`)) as unknown as { rows: Row[] } | { rows: Row[] }[];
      const out = await fn(conn, Array.isArray(began) ? began.slice(1).map((r) => r.rows) : []);
      await conn.query('commit');
      return out;
    } catch (err) {
      await conn.query('rollback').catch((e: unknown) => (conn.__knex__disposed = e));
      throw err;
    }
  } finally {
    await db.client.releaseConnection(conn);
  }
}
