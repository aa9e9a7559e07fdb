// Restoring a backup into a named database (the CLI's backup:restore): into a new database first, checked against
// the manifest, then swapped in, so a damaged file or a failed restore leaves the target as it was. A database
// with tables is refused, except the live one when asked for by name (--live): it is kept under another name.
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import type pg from 'pg';
import type { BackupKey } from './format';
import type { Manifest } from './model';
import { connect, databaseName, otherDatabase, sameDatabase, tableFacts } from './postgres';
import { compareTables, restoreInto } from './runner';

export class RestoreRefused extends Error {}

export interface RestoreOptions {
  source: Readable;
  manifest: Manifest | undefined;
  targetUrl: string;
  liveUrl: string;
  live: boolean;
  key: BackupKey;
  binDir?: string;
  say: (line: string) => void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function targetState(adminUrl: string, targetUrl: string) {
  const admin = await connect(adminUrl);
  try {
    const name = databaseName(targetUrl);
    const { rows } = await admin.query<{ n: string }>(
      `select (select count(*) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()) as n
         from pg_database where datname = $1`,
      [name],
    );
    if (!rows.length) return { exists: false, tables: 0, connections: 0 };
    const target = await connect(targetUrl);
    const t = await target
      .query<{ n: string }>(`select count(*) as n from pg_tables where schemaname = 'public'`)
      .finally(() => target.end());
    return { exists: true, tables: Number(t.rows[0].n), connections: Number(rows[0].n) };
  } finally {
    await admin.end();
  }
}

/** Compares the restored copy with the manifest (when there is one), and closes the runs it caught half-way. */
async function checkAndMark(url: string, o: RestoreOptions): Promise<void> {
  const client = await connect(url);
  try {
    if (o.manifest) {
      const problems = compareTables(o.manifest.tables, await tableFacts(client));
      if (problems.length) throw new Error(`the restored data differs from the manifest: ${problems.join('; ')}`);
      o.say('every table matches the manifest (row counts and sampled rows)');
    }
    // the backup holds its own run (and any other) as under way: closed, so no sweep takes it for a dead worker's
    const has = await client.query<{ t: string | null }>(`select to_regclass('public.backups')::text as t`);
    if (has.rows[0].t)
      await client.query(
        `update backups set state = 'failed', acknowledged_at = now(), phase = null,
              failure = 'under way when the backup restored here was taken; see that backup on the machine that made it'
        where state in ('queued', 'running', 'verifying')`,
      );
  } finally {
    await client.end();
  }
}

/** Gives the restored copy the target's name; should that fail, the database it replaces gets its name back. */
async function swapIn(
  admin: pg.Client,
  incoming: string,
  name: string,
  before: { exists: boolean; tables: number },
  stamp: string,
  say: (line: string) => void,
): Promise<void> {
  const kept = before.exists && before.tables ? `${name.slice(0, 30)}_before_restore_${stamp}` : undefined;
  if (kept) await admin.query(`alter database ${quote(name)} rename to ${quote(kept)}`);
  else if (before.exists) await admin.query(`drop database ${quote(name)}`);
  try {
    // the checking connection may still be closing: a few tries
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`alter database ${quote(incoming)} rename to ${quote(name)}`);
        break;
      } catch (err) {
        if (attempt >= 10 || (err as { code?: string }).code !== '55006') throw err;
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  } catch (err) {
    if (kept) await admin.query(`alter database ${quote(kept)} rename to ${quote(name)}`);
    else if (before.exists) await admin.query(`create database ${quote(name)} template template0`);
    throw new Error(`the restored copy is kept as ${incoming}; ${name} is as it was: ${(err as Error).message}`);
  }
  if (kept) say(`the database it replaces is kept as ${kept} (drop it once you are sure)`);
}

export async function restoreBackup(o: RestoreOptions): Promise<void> {
  const name = databaseName(o.targetUrl);
  const isLive = sameDatabase(o.targetUrl, o.liveUrl);
  if (isLive && !o.live)
    throw new RestoreRefused(
      `${name} is the live database (DATABASE_URL): give --live as well to replace it (stop the portal first; the current one is kept under another name)`,
    );
  const adminUrl = otherDatabase(o.targetUrl, 'postgres');
  const before = await targetState(adminUrl, o.targetUrl);
  if (before.tables && !isLive)
    throw new RestoreRefused(
      `${name} already has ${before.tables} tables: restore into a new or empty database; nothing was changed`,
    );
  if (isLive && before.connections > 0)
    throw new RestoreRefused(
      `${before.connections} other connections use ${name}: stop the portal's web and worker processes first; nothing was changed`,
    );
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const incoming = `${name.slice(0, 30)}_restoring_${crypto.randomBytes(3).toString('hex')}`;
  const admin = await connect(adminUrl);
  try {
    try {
      await admin.query(`create database ${quote(incoming)} template template0`);
      o.say(`restoring into a new database ${incoming}`);
      await restoreInto(o.source, {
        targetUrl: otherDatabase(o.targetUrl, incoming),
        key: o.key,
        binDir: o.binDir,
        singleTransaction: true,
        onProgress: () => undefined,
      });
      await checkAndMark(otherDatabase(o.targetUrl, incoming), o);
    } catch (err) {
      await admin.query(`drop database if exists ${quote(incoming)} with (force)`).catch(() => undefined);
      throw err;
    }
    await swapIn(admin, incoming, name, before, stamp, o.say);
  } finally {
    await admin.end();
  }
}
