// A system backup of the demo database (1,000,000 leads) beside the bare tools, in the same run: the backup
// (pg_dump -Fc of an exported snapshot, with the per-table counts and sample checksums taken in that snapshot,
// encrypted in AES-256-GCM chunks and hashed on the way to the backup folder) beside a bare `pg_dump -Fc` of the
// same database to a file; its verification (the file decrypted into pg_restore in a scratch database, then every
// table counted and sampled, and the migrations checked) beside a bare `pg_restore` of the bare dump into an empty
// database. The process's RSS is sampled every 100 ms during the backup: streams, not buffers.
//
//   npm run bench:backup -- [--runs 2]
//
// Defaults: valley_bench (DATABASE_URL), Redis index 9 (REDIS_URL), backups in VAR_DIR/bench-backups.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';
process.env.BACKUP_SCHEDULE = 'off';

const exec = promisify(execFile);
const { values: opt } = parseArgs({ options: { runs: { type: 'string', default: '2' } } });
const url = new URL(process.env.DATABASE_URL);
const env = {
  ...process.env,
  PGHOST: url.hostname,
  PGPORT: url.port || '5432',
  PGUSER: decodeURIComponent(url.username),
  PGPASSWORD: decodeURIComponent(url.password),
};
const dbName = url.pathname.slice(1);

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL!.replace(/\/[^/]*$/, '/postgres') });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

async function main() {
  const config = loadConfig({ ...process.env, BACKUP_DIR: path.join(process.env.VAR_DIR!, 'bench-backups') });
  const s = services({ ...config, LOG_LEVEL: 'warn' });
  const bin = `/usr/lib/postgresql/${(await exec('pg_dump', ['--version'])).stdout.match(/(\d+)\./)![1]}/bin`;
  const bare = path.join(os.tmpdir(), 'bench-bare.dump');
  const leads = Number((await s.platform.db('leads').count({ n: '*' }))[0].n);
  console.log(
    `database ${dbName}: ${leads.toLocaleString('en')} leads, ${(await s.platform.db.raw(`select pg_size_pretty(pg_database_size(current_database())) as s`)).rows[0].s}`,
  );
  for (let run = 1; run <= Number(opt.runs); run++) {
    const dumpRef = await timed(() => exec(`${bin}/pg_dump`, ['-Fc', '-f', bare, dbName], { env }));
    await admin('drop database if exists bench_bare_restore');
    await admin('create database bench_bare_restore template template0');
    const restoreRef = await timed(() =>
      exec(
        `${bin}/pg_restore`,
        ['--no-owner', '--no-privileges', '--exit-on-error', '-d', 'bench_bare_restore', bare],
        {
          env,
        },
      ),
    );
    await admin('drop database bench_bare_restore');
    const id = (await s.backups.request('cli', { userId: null }, undefined, false))!;
    const base = process.memoryUsage().rss;
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const outcome = await s.backups.run(id);
    clearInterval(timer);
    const b = await s.backupConsole.get(id);
    if (outcome !== 'verified') throw new Error(`backup ${id}: ${outcome} ${b.failure}`);
    const line = [
      `run ${run}`,
      `pg_dump -Fc ${(dumpRef / 1000).toFixed(1)} s (${(fs.statSync(bare).size / 1e6).toFixed(0)} MB)`,
      `backup ${(b.dumpMs! / 1000).toFixed(1)} s (${(b.size! / 1e6).toFixed(0)} MB) = ${(b.dumpMs! / dumpRef).toFixed(2)}×`,
      `pg_restore ${(restoreRef / 1000).toFixed(1)} s`,
      `verification ${(b.verifyMs! / 1000).toFixed(1)} s = ${(b.verifyMs! / restoreRef).toFixed(2)}×`,
      `RSS ${(base / 1e6).toFixed(0)} → peak ${(peak / 1e6).toFixed(0)} MB`,
    ].join(' | ');
    console.log(line);
  }
  fs.rmSync(bare, { force: true });
  await s.close();
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
