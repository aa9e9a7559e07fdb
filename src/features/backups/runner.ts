// The two halves of a backup's work. Dump: pg_dump (custom format) of one exported snapshot, streamed through
// the encryptor into the storage, while the same snapshot's transaction counts every table's rows and checksums
// a sample of them for the manifest. Verify: the file streamed back through the decryptor into pg_restore in a
// scratch database, whose tables must match the manifest and whose migrations must be this code's; then the
// scratch database is dropped. Nothing in plaintext touches a disk.
import crypto from 'node:crypto';
import { PassThrough, Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { closeDb, createDb } from '../../platform/db';
import { BackupFileError, Decryptor, Encryptor, type BackupKey } from './format';
import type { Manifest, TableFacts } from './model';
import {
  connect,
  databaseName,
  latestMigration,
  libpqEnv,
  otherDatabase,
  pgTool,
  runTool,
  serverMajor,
  tableFacts,
} from './postgres';

export type Progress = (done: number) => void;

/** Counts the bytes going through, telling `onProgress` at most once a second. */
function meter(onProgress: Progress): Transform {
  let done = 0;
  let told = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      done += chunk.length;
      if (Date.now() - told > 1000) {
        told = Date.now();
        onProgress(done);
      }
      cb(null, chunk);
    },
    flush(cb) {
      onProgress(done);
      cb();
    },
  });
}

export interface DumpResult {
  manifest: Manifest;
}

/** Dumps `databaseUrl` through the encryptor into `out`, using `client`'s connection for the snapshot. */
export async function dump(
  client: pg.ClientBase,
  o: { databaseUrl: string; key: BackupKey; binDir?: string; file: string; out: Writable; onProgress: Progress },
): Promise<Manifest> {
  const startedAt = new Date();
  await client.query('begin isolation level repeatable read read only');
  let tool: ReturnType<typeof runTool> | undefined;
  try {
    const snapshot = (await client.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0].s;
    const server = await serverMajor(client);
    const bin = await pgTool('pg_dump', server.major, o.binDir);
    tool = runTool(bin, ['--format=custom', `--snapshot=${snapshot}`, '--no-password'], libpqEnv(o.databaseUrl));
    const enc = new Encryptor(o.key);
    const facts = (async () => ({ tables: await tableFacts(client), migration: await latestMigration(client) }))();
    const [, , seen] = await Promise.all([
      pipeline(tool.child.stdout!, meter(o.onProgress), enc, o.out),
      tool.done,
      facts,
    ]);
    await client.query('commit');
    const finishedAt = new Date();
    return {
      format: 1,
      file: o.file,
      postgres: server.version,
      migration: seen.migration,
      tables: seen.tables,
      size: enc.bytes,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      sha256: enc.sha256,
      keyId: o.key.id,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
    };
  } catch (err) {
    // whichever part failed, pg_dump stops too (it must not go on writing, nor outlive the lock)
    tool?.child.kill('SIGKILL');
    await tool?.done.catch(() => undefined);
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}

/**
 * Restores the encrypted stream into the (existing, empty) database `targetUrl` with pg_restore. A chunk that
 * fails its check stops pg_restore at once (killed, so nothing after it is read). Returns the file's SHA-256.
 */
export async function restoreInto(
  source: Readable,
  o: { targetUrl: string; key: BackupKey; binDir?: string; onProgress: Progress; singleTransaction?: boolean },
): Promise<string> {
  const admin = await connect(o.targetUrl);
  const major = await serverMajor(admin).finally(() => admin.end());
  const bin = await pgTool('pg_restore', major.major, o.binDir);
  const args = [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--no-password',
    `--dbname=${databaseName(o.targetUrl)}`,
  ];
  if (o.singleTransaction) args.push('--single-transaction');
  const tool = runTool(bin, args, libpqEnv(o.targetUrl));
  const dec = new Decryptor(o.key);
  const stdin = new PassThrough();
  stdin.pipe(tool.child.stdin!);
  tool.child.stdin!.on('error', () => undefined); // pg_restore gone: its exit says why
  const stop = new AbortController();
  try {
    await Promise.all([pipeline(source, meter(o.onProgress), dec, stdin, { signal: stop.signal }), tool.done]);
  } catch (err) {
    stop.abort(); // pg_restore gone first: the file stops being read (no stalled stream left open)
    tool.child.kill('SIGKILL');
    await tool.done.catch(() => undefined);
    throw err instanceof BackupFileError ? err : new Error(`restore failed: ${(err as Error).message}`);
  }
  return dec.sha256;
}

/** What differs between the manifest's tables and the restored ones (empty when they match). */
export function compareTables(expected: Record<string, TableFacts>, found: Record<string, TableFacts>): string[] {
  const problems: string[] = [];
  for (const [name, e] of Object.entries(expected)) {
    const f = found[name];
    if (!f) problems.push(`table ${name} is missing`);
    else if (f.rows !== e.rows) problems.push(`table ${name} has ${f.rows} rows, expected ${e.rows}`);
    else if (f.sample !== e.sample) problems.push(`table ${name}: the sampled rows differ`);
  }
  for (const name of Object.keys(found)) if (!expected[name]) problems.push(`table ${name} is not in the manifest`);
  return problems;
}

/** Problems with the restored database's migrations: they must be exactly this code's, the manifest's last. */
export async function migrationProblems(url: string, expected: string | null): Promise<string[]> {
  const db = createDb(url);
  try {
    const [done, pending] = (await db.migrate.list()) as [{ name: string }[], { file: string }[]];
    const problems = pending.map((p) => `migration ${p.file} is not applied`);
    const last = done.at(-1)?.name ?? null;
    if (last !== expected) problems.push(`the last migration is ${last}, the manifest says ${expected}`);
    return problems;
  } catch (err) {
    return [`the migrations could not be checked: ${(err as Error).message}`];
  } finally {
    await closeDb(db);
  }
}

const SCRATCH = 'valley_scratch_';

/** Drops scratch databases a killed verification left behind (call holding the backups lock); how many. */
export async function dropLeftScratch(url: string, log: (msg: string) => void): Promise<number> {
  const admin = await connect(url);
  try {
    const { rows } = await admin.query<{ d: string }>(`select datname as d from pg_database where datname like $1`, [
      `${SCRATCH}%`,
    ]);
    for (const { d } of rows)
      await admin
        .query(`drop database if exists ${pg.escapeIdentifier(d)} with (force)`)
        .catch((err: Error) => log(`scratch database ${d} not dropped: ${err.message}`));
    return rows.length;
  } finally {
    await admin.end();
  }
}

/** A scratch database on the server of `url`, dropped (with any connection to it) after `fn`. */
export async function withScratchDatabase<T>(url: string, label: string, fn: (scratchUrl: string) => Promise<T>) {
  const name = `${SCRATCH}${label}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = await connect(url);
  try {
    await admin.query(`create database "${name}" template template0`);
    return await fn(otherDatabase(url, name));
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
    await admin.end();
  }
}

export { tableFacts, connect };
