// System backups against the real PostgreSQL and pg_dump/pg_restore: a seeded database backed up, dropped and
// restored by the CLI with every row equal; a damaged or wrongly keyed file refused with its reason and the
// admins alerted; no backup without a key; retention over a simulated year; the schedule's missed run.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import pg from 'pg';
import { config, s } from '../support/setup';
import { crm } from '../support/cli';
import { broadcastRound } from '../support/policies';
import { clockedServices } from '../support/status';
import { services, type Services } from '../../src/services';
import { backupJobs } from '../../src/features/backups';

const server = (db: string) => config.DATABASE_URL.replace(/\/[^/]*$/, `/${db}`);
async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: server('postgres') });
  await c.connect();
  return fn(c).finally(() => c.end());
}

/**
 * Every table's row count and an order-independent checksum of all its rows, and every sequence's value. What the
 * backup itself writes after its snapshot (its own row, its verification's audit entry) is left out.
 */
const AFTER_SNAPSHOT: Record<string, string> = { backups: 'false', audit_log: `x.action <> 'backup.verified'` };
async function everyRow(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, string> = {};
    const tables = await c.query<{ t: string }>(`select tablename as t from pg_tables where schemaname = 'public'`);
    for (const { t } of tables.rows) {
      const r = await c.query<{ n: string; sum: string }>(
        `select count(*) as n, md5(coalesce(string_agg(h, '' order by h), '')) as sum from (select md5(x::text) as h from public."${t}" x where ${AFTER_SNAPSHOT[t] ?? 'true'}) y`,
      );
      out[t] = `${r.rows[0].n} ${r.rows[0].sum}`;
    }
    const seqs = await c.query<{ s: string; v: string }>(
      `select sequencename as s, coalesce(last_value, 0)::text as v from pg_sequences where schemaname = 'public'`,
    );
    for (const q of seqs.rows) if (!/^(backups|audit_log)_/.test(q.s)) out[`sequence ${q.s}`] = q.v;
    return out;
  } finally {
    await c.end();
  }
}

const backupDir = (name: string) => path.resolve('var/test', name);
const madeBy = (t: Services) => t.backups.request('cli', { userId: null }, undefined, false).then((id) => id!);

describe('system backups', function () {
  this.timeout(120_000);
  afterEach(async () => {
    await s.db('backups').whereIn('state', ['queued', 'running', 'verifying']).update({ state: 'failed' });
    await s.db('backups').where({ state: 'failed' }).update({ acknowledged_at: new Date() });
  });

  it('backs up a seeded database, which the CLI restores after it was dropped, every row equal', async () => {
    const db = `valley_bk_src_${Date.now().toString(36)}`;
    const url = server(db);
    const env = {
      DATABASE_URL: url,
      BACKUP_DIR: backupDir('bk-cli'),
      BACKUP_SCHEDULE: 'off',
      CRM_PASSWORD: 'lantern orchard quietly 42',
    };
    await admin((c) => c.query(`create database ${db}`));
    try {
      expect((await crm(['migrate'], env)).code).to.equal(0);
      expect((await crm(['seed:demo', '--leads', '300'], env)).code).to.equal(0);
      const made = await crm(['backup:now'], env);
      expect(made.code, made.stderr).to.equal(0);
      expect(made.stdout).to.match(/verified/);
      const file = /(valley-\S+\.vbk)/.exec(made.stdout)![1];
      const listed = await crm(['backup:list'], env);
      expect(listed.stdout).to.match(new RegExp(`^\\s+1\\s+verified .*${file}$`, 'm'));
      const verified = await crm(['backup:verify', '1'], env);
      expect(verified.code, verified.stderr).to.equal(0);
      const before = await everyRow(url);
      expect(Number(before.leads.split(' ')[0])).to.equal(300);
      await admin((c) => c.query(`drop database ${db} with (force)`));

      // another live database: this one is only named as the target
      const restored = await crm(['backup:restore', path.join(env.BACKUP_DIR, file), '--database', url, '--yes'], {
        BACKUP_DIR: env.BACKUP_DIR,
      });
      expect(restored.code, restored.stderr).to.equal(0);
      expect(restored.stdout).to.match(/every table matches the manifest/);
      expect(await everyRow(url)).to.deep.equal(before);
      // its own run, under way in the snapshot, is closed without an alert (and without touching its file)
      const own = new pg.Client({ connectionString: url });
      await own.connect();
      const rows = (await own.query(`select state, failure, acknowledged_at from backups`).finally(() => own.end()))
        .rows;
      expect(rows).to.have.length(1);
      expect(rows[0]).to.include({ state: 'failed' });
      expect(rows[0].failure).to.match(/under way when the backup restored here was taken/);
      expect(rows[0].acknowledged_at).to.not.equal(null);
      expect(fs.existsSync(path.join(env.BACKUP_DIR, file))).to.equal(true);

      const again = await crm(['backup:restore', path.join(env.BACKUP_DIR, file), '--database', url, '--yes'], {});
      expect(again.code).to.equal(1);
      expect(again.stderr).to.match(
        /already has \d+ tables: restore into a new or empty database; nothing was changed/,
      );
      const live = await crm(['backup:restore', path.join(env.BACKUP_DIR, file), '--database', url, '--yes'], env);
      expect(live.stderr).to.match(/is the live database \(DATABASE_URL\): give --live/);
      expect((await crm(['backup:restore', file, '--database', url], env)).stderr).to.match(/give --yes/);

      // a damaged copy: refused with its reason, and nothing left behind on the server
      const damaged = path.join(env.BACKUP_DIR, 'damaged.vbk');
      const bytes = fs.readFileSync(path.join(env.BACKUP_DIR, file));
      bytes[bytes.length - 40] ^= 0xff;
      fs.writeFileSync(damaged, bytes);
      const bad = await crm(['backup:restore', damaged, '--database', server(`${db}_b`), '--yes'], {});
      fs.rmSync(damaged);
      expect(bad.code).to.equal(1);
      expect(bad.stderr).to.match(/not restored: chunk \d+ \(at byte \d+\) fails its check: the file was altered/);
      const left = await admin((c) =>
        c.query(`select datname from pg_database where datname like $1`, [`${db}_%`]).then((r) => r.rows),
      );
      expect(left).to.deep.equal([]);
    } finally {
      await admin((c) => c.query(`drop database if exists ${db} with (force)`));
    }
  });

  it('writes an encrypted file and a manifest; an altered byte fails verification and alerts the admins', async () => {
    const id = await madeBy(s);
    expect(await s.backups.run(id)).to.equal('verified');
    const b = await s.backupConsole.get(id);
    const file = path.join(config.backupDir, b.file!);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).toString()).to.equal('VALLEYBK');
    expect(bytes.includes(Buffer.from('PGDMP'))).to.equal(false);
    const manifest = JSON.parse(fs.readFileSync(file.replace(/\.vbk$/, '.manifest.json'), 'utf8'));
    expect(manifest).to.include({ format: 1, keyId: config.backupKey!.id, size: bytes.length, sha256: b.sha256 });
    expect(manifest.migration).to.match(/^2026\d+_\w+\.ts$/);
    const users = Number((await s.db('users').count({ n: '*' }))[0].n);
    expect(manifest.tables.users.rows, JSON.stringify(manifest.tables.users)).to.equal(users);
    expect(manifest.postgres).to.match(/^\d+\.\d+/);
    expect(fs.statSync(file).mode & 0o077).to.equal(0);

    const altered = Buffer.from(bytes);
    altered[Math.floor(bytes.length / 2)] ^= 0x01;
    fs.writeFileSync(file, altered);
    expect(await s.backups.verify(id)).to.equal('failed');
    const failed = await s.backupConsole.get(id);
    expect(failed.state).to.equal('failed');
    expect(failed.failure).to.match(/chunk \d+ \(at byte \d+\) fails its check: the file was altered/);
    expect(
      await s
        .db('audit_log')
        .where({ action: 'backup.failed', target_id: String(id) })
        .first(),
    ).to.not.equal(undefined);
    const alert = await s.db('broadcasts').where({ kind: 'backup' }).orderBy('id', 'desc').first();
    expect(alert).to.include({ title: `Backup ${id} failed` });
    expect(alert.roles).to.deep.equal(['admin']);
    await broadcastRound(s);
    const admins = await s.db('users').where({ role: 'admin', status: 'active' }).pluck('id');
    const told = await s.db('notifications').where({ broadcast_id: alert.id }).pluck('user_id');
    expect(told.map(Number).sort()).to.deep.equal(admins.map(Number).sort());

    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    await s.backups.verify(id);
    expect((await s.backupConsole.get(id)).failure).to.match(/truncated/);
    fs.writeFileSync(file, bytes);
    expect(await s.backups.verify(id)).to.equal('verified');
  });

  it('refuses a file made with another key, saying so, and makes no backup at all without a key', async () => {
    const id = await madeBy(s);
    expect(await s.backups.run(id)).to.equal('verified');
    const other = services({ ...config, backupKey: { id: config.backupKey!.id, key: Buffer.alloc(32, 7) } });
    const none = services({
      ...config,
      backupKey: undefined,
      BACKUP_DIR: backupDir('bk-nokey'),
      backupDir: backupDir('bk-nokey'),
    });
    try {
      expect(await other.backups.verify(id)).to.equal('failed');
      expect((await s.backupConsole.get(id)).failure).to.match(/is not the key this backup was encrypted with/);
      const refused = await madeBy(none);
      expect(await none.backups.run(refused)).to.equal('failed');
      const b = await s.backupConsole.get(refused);
      expect(b.failure).to.match(/BACKUP_KEY is not set/);
      expect(b.file).to.equal(null);
      expect(fs.existsSync(backupDir('bk-nokey')) ? fs.readdirSync(backupDir('bk-nokey')) : []).to.deep.equal([]);
    } finally {
      await other.close();
      await none.close();
    }
  });

  it('keeps exactly 7 daily, 4 weekly and 12 monthly backups (and the pinned one) over a simulated year', async () => {
    await s.db('backups').del();
    const { t, time } = clockedServices(new Date('2026-01-01T02:00:00Z'), { backupDir: backupDir('bk-year') });
    fs.rmSync(backupDir('bk-year'), { recursive: true, force: true });
    const ids: number[] = [];
    try {
      for (let day = 0; day < 365; day++) {
        const at = time.clock();
        const id = (await s.stores.backups.backups.insert({ trigger: 'schedule', slot: at }, at))!;
        ids.push(id);
        const file = `valley-sim-${id}.vbk`;
        const out = t.backupStorage.create(file);
        await new Promise<void>((r) => out.end('x', () => r()));
        await t.backupStorage.commit(file, { simulated: true });
        await s.stores.backups.backups.update(id, { state: 'verified', file, verified_at: at, pinned: day === 73 });
        await t.backups.prune();
        time.advance(86400_000);
      }
      const kept = await s
        .db('backups')
        .where({ state: 'verified' })
        .orderBy('created_at')
        .select('created_at', 'file');
      expect(kept.map((b) => (b.created_at as Date).toISOString().slice(5, 10))).to.deep.equal([
        ...['01-31', '02-28', '03-15', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31'],
        ...['11-30', '12-13', '12-20', '12-25', '12-26', '12-27', '12-28', '12-29', '12-30', '12-31'],
      ]);
      const files = fs.readdirSync(backupDir('bk-year')).filter((f) => f.endsWith('.vbk'));
      expect(files.sort()).to.deep.equal(kept.map((b) => b.file).sort());
      const pruned = await s
        .db('audit_log')
        .where({ action: 'backup.pruned' })
        .whereIn('target_id', ids.map(String))
        .count({ n: '*' });
      expect(Number(pruned[0].n)).to.equal(365 - 21);
      const reason = await s.db('backups').where({ state: 'pruned' }).first('prune_reason');
      expect(reason.prune_reason).to.match(/not among the newest 7 daily, 4 weekly and 12 monthly backups/);
    } finally {
      await t.close();
    }
  });

  it('schedules backups on the configured cron in UTC, and not at all when off', () => {
    const jobs = (schedule: string) => backupJobs(s.backups, s.backupSweep, schedule).jobs.map((j) => j.schedule);
    expect(jobs('30 1 * * *')).to.deep.include({ pattern: '30 1 * * *', tz: 'UTC' });
    expect(jobs('off')).to.deep.equal([undefined, { every: 60_000 }]);
  });

  it('makes the backup a stopped schedule missed, once however many workers sweep', async () => {
    await s.db('backups').del();
    const a = clockedServices(new Date('2026-12-03T09:30:00Z'), { BACKUP_SCHEDULE: '0 2 * * *' });
    const b = clockedServices(new Date('2026-12-03T09:30:00Z'), { BACKUP_SCHEDULE: '0 2 * * *' });
    try {
      const swept = await Promise.all([a.t.backupSweep.sweep(), b.t.backupSweep.sweep(), a.t.backupSweep.sweep()]);
      expect(swept.reduce((n, r) => n + r.scheduled, 0)).to.equal(1);
      const rows = await s.db('backups').select('slot', 'trigger', 'state');
      expect(rows).to.have.length(1);
      expect((rows[0].slot as Date).toISOString()).to.equal('2026-12-03T02:00:00.000Z');
      a.time.set(new Date('2026-12-04T01:59:00Z'));
      expect((await a.t.backupSweep.sweep()).scheduled).to.equal(0);
      a.time.set(new Date('2026-12-04T02:00:30Z'));
      expect((await a.t.backupSweep.sweep()).scheduled).to.equal(1);
    } finally {
      await s.db('backups').del();
      await a.t.close();
      await b.t.close();
    }
  });
});
