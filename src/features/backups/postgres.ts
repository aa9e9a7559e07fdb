// PostgreSQL's own tools and facts for backups: pg_dump and pg_restore of the server's major version (an older
// client cannot read a newer server), connection settings passed in the environment (never on a command line,
// where `ps` shows them), and per-table row counts with a checksum over a sample of rows.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TableFacts } from './model';

const exec = promisify(execFile);

/** The database URL with another database name. */
export function otherDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
/** Host, port and database: what makes two URLs the same database. */
export const sameDatabase = (a: string, b: string) => {
  const [x, y] = [new URL(a), new URL(b)];
  const host = (u: URL) => (u.hostname === 'localhost' ? '127.0.0.1' : u.hostname);
  return host(x) === host(y) && (x.port || '5432') === (y.port || '5432') && databaseName(a) === databaseName(b);
};

/** libpq's environment for a URL. */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = {
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: databaseName(url),
    PGAPPNAME: 'valley-backup',
  };
  const ssl = u.searchParams.get('sslmode');
  if (ssl) env.PGSSLMODE = ssl;
  return env;
}

const found = new Map<string, string>();
/** The path of pg_dump or pg_restore for a server of `major`, or an error saying what to install. */
export async function pgTool(tool: 'pg_dump' | 'pg_restore', major: number, binDir?: string): Promise<string> {
  const cacheKey = `${tool}-${major}-${binDir ?? ''}`;
  const hit = found.get(cacheKey);
  if (hit) return hit;
  const dirs = [binDir, `/usr/lib/postgresql/${major}/bin`, '/usr/local/bin', '/usr/bin'];
  const candidates = dirs.filter((d): d is string => Boolean(d)).map((d) => `${d}/${tool}`);
  for (const c of candidates) {
    if (!fs.existsSync(c)) continue;
    const version = await exec(c, ['--version']).then(
      (r) => Number(/(\d+)(\.\d+)?/.exec(r.stdout)?.[1]),
      () => NaN,
    );
    if (version >= major) {
      found.set(cacheKey, c);
      return c;
    }
  }
  throw new Error(
    `${tool} for PostgreSQL ${major} was not found: install Debian's postgresql-client-${major} (npm start does when it can), or set PG_BIN_DIR`,
  );
}

/** A child process whose failure is an Error naming the tool and what it printed last. */
export function runTool(
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(bin, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const last = stderr.trim().split('\n').slice(-3).join(' ');
        reject(
          new Error(`${bin.split('/').pop()} ${signal ? `was stopped (${signal})` : `failed (exit ${code})`}: ${last}`),
        );
      }
    });
  });
  return { child, done };
}

const SAMPLE = 100;

/** Every table of the public schema: row count and sample checksum, as the client's transaction sees them. */
export async function tableFacts(client: pg.ClientBase): Promise<Record<string, TableFacts>> {
  // rows as text the same way whatever the database's or server's settings (a restore elsewhere included)
  await client.query(
    `set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres'; set extra_float_digits = 1; set bytea_output = 'hex'`,
  );
  const { rows: tables } = await client.query<{ name: string; key: string | null }>(
    `select c.relname as name,
            (select string_agg(quote_ident(a.attname), ', ' order by k.ord)
               from pg_index i cross join unnest(i.indkey) with ordinality k(attnum, ord)
               join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
              where i.indrelid = c.oid and i.indisprimary) as key
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by c.relname`,
  );
  const facts: Record<string, TableFacts> = {};
  for (const t of tables) {
    const name = `public.${pg.escapeIdentifier(t.name)}`;
    const order = t.key ? t.key.split(', ') : ['x::text'];
    const by = (dir: string) => order.map((k) => `${k.startsWith('x::') ? k : `x.${k}`} ${dir}`).join(', ');
    const sample = (dir: string) =>
      `(select coalesce(string_agg(md5(x::text), '' order by ${by(dir)}), '') from (select * from ${name} x order by ${by(dir)} limit ${SAMPLE}) x)`;
    const { rows } = await client.query<{ n: string; sample: string }>(
      `select (select count(*) from ${name}) as n, md5(${sample('asc')} || '|' || ${sample('desc')}) as sample`,
    );
    facts[t.name] = { rows: Number(rows[0].n), sample: rows[0].sample };
  }
  return facts;
}

export async function serverMajor(client: pg.ClientBase): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ n: string; v: string }>(
    `select current_setting('server_version_num') as n, current_setting('server_version') as v`,
  );
  return { major: Math.floor(Number(rows[0].n) / 10000), version: rows[0].v };
}

export async function latestMigration(client: pg.ClientBase): Promise<string | null> {
  const { rows } = await client.query<{ name: string }>(`select name from knex_migrations order by id desc limit 1`);
  return rows[0]?.name ?? null;
}

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'valley-backup' });
  await client.connect();
  client.on('error', () => undefined); // a dropped connection surfaces at the next query
  return client;
}
