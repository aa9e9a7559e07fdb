// Campaign sending benchmark (issue 9), over the bench data set (BENCHMARKS.md, "Campaign sending"):
//   1. prepare: CampaignSender.start for a campaign of about 100,000 queued recipients (its recipients written with
//      their eligibility, then one send job each enqueued in Redis: the two timed apart), beside the same rows in
//      one INSERT … SELECT into a scratch table (ids only, and with the eligibility into a copy of
//      campaign_recipients) and the audience count;
//   2. deliver: the worker (`node --import tsx workers/index.ts`, one process) sends them to a loopback SMTP sink
//      (bench/smtp-sink.ts); its RSS, CPU and the sink's messages/s sampled every second; beside nodemailer's pooled
//      transport sending a message like them straight to the sink from this process;
//   3. list: the lead list as demo.staff1 (bench/leads.ts --only list: autocannon, 32 connections, 10 s) with no
//      send running (before and after) and during the delivery.
//
//   CRM_PASSWORD='…' node_modules/.bin/tsx bench/campaign.ts [--deliver N] [--reference N] [--prepare-only]
//     [--skip-list] [--from YYYY-MM-DD] [--as EMAIL] [--json FILE] [--worker-cpu-prof DIR]
//   … bench/campaign.ts --start-in-worker    the start job run by the worker while it sends, as in production
//
// Same defaults as bench/leads.ts (valley_bench, Redis index 9, VAR_DIR var/bench). Each run first deletes what an
// earlier run made (its campaigns, their recipients, outbox rows and lead_contacts rows, and the campaigns queue
// in Redis), so the frequency cap sees the same history every time.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import nodemailer from 'nodemailer';
import { loadConfig, type Config } from '../src/platform/config';
import { services, type Services } from '../src/services';
import type { User } from '../src/features/accounts';
import { readScope } from '../src/features/leads/access';
import { filterLeads } from '../src/features/leads/data/filter';
import { toLeadFilter } from '../src/features/campaigns/service';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';

const ROOT = path.join(__dirname, '..');
const NAME = 'Bench: campaign sending';
const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

const { values: opt } = parseArgs({
  options: {
    as: { type: 'string', default: 'demo.admin@valley.local' },
    from: { type: 'string', default: '2025-12-01' },
    deliver: { type: 'string', default: '0' },
    reference: { type: 'string', default: '20000' },
    'prepare-only': { type: 'boolean', default: false },
    'skip-list': { type: 'boolean', default: false },
    'sink-port': { type: 'string', default: '2526' },
    'web-port': { type: 'string', default: '3901' },
    json: { type: 'string' },
    'worker-cpu-prof': { type: 'string' },
    'start-in-worker': { type: 'boolean', default: false },
  },
});
if (!/^\d{4}-\d{2}-\d{2}$/.test(opt.from)) throw new Error('--from YYYY-MM-DD');
const deliverLimit = Number(opt.deliver);
const referenceCount = Number(opt.reference);

const out = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
}

/** Refuses the test suite's databases and Redis indexes. */
function guard(config: Config) {
  const dbName = new URL(config.DATABASE_URL).pathname.slice(1);
  const redisDb = Number(new URL(config.REDIS_URL).pathname.slice(1) || 0);
  if (dbName.startsWith('valley_test') || [13, 14, 15].includes(redisDb))
    throw new Error(`refusing to run against ${dbName} / Redis index ${redisDb}: those belong to the test suite`);
}

// ---------------------------------------------------------------------------------------------------------------
// /proc readings

function procStat(pid: number): { comm: string; ticks: number } | undefined {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = s.lastIndexOf(')');
    const fields = s.slice(close + 2).split(' ');
    // fields[0] is field 3 (state): utime and stime are fields 14 and 15
    return { comm: s.slice(s.indexOf('(') + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}
function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
/**
 * CPU seconds used since it was made by the processes `pick` chooses (by command name and command line), counted
 * per process so that one exiting meanwhile (its time is lost) never makes the sum go down.
 */
class CpuMeter {
  private readonly base = new Map<number, number>();
  constructor(private readonly pick: (comm: string, cmdline: string) => boolean) {
    for (const [pid, ticks] of this.ticks()) this.base.set(pid, ticks);
  }
  private ticks(): Map<number, number> {
    const out = new Map<number, number>();
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      const s = procStat(Number(d));
      if (!s) continue;
      let cmdline = '';
      try {
        cmdline = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        continue;
      }
      if (this.pick(s.comm, cmdline)) out.set(Number(d), s.ticks);
    }
    return out;
  }
  seconds(): number {
    let ticks = 0;
    for (const [pid, t] of this.ticks()) ticks += t - (this.base.get(pid) ?? 0);
    return ticks / TICKS;
  }
}
/** PostgreSQL: its background processes and the backends of this database (not those of other databases). */
const postgresMeter = (config: Config) => {
  const dbName = new URL(config.DATABASE_URL).pathname.slice(1);
  return new CpuMeter((comm, cmd) => {
    if (comm !== 'postgres') return false;
    const backend = /: \S+ (\S+) [\d.:]+\(\d+\)/.exec(cmd);
    return !backend || backend[1] === dbName;
  });
};
/** The Redis server of REDIS_URL (by its port). */
const redisMeter = (config: Config) => {
  const port = new URL(config.REDIS_URL).port || '6379';
  return new CpuMeter((comm, cmd) => comm === 'redis-server' && cmd.includes(`:${port}`));
};
function machineCpu(): { busy: number; total: number } {
  const [, ...v] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - v[3] - v[4], total };
}
/** The process doing the work: a launcher (like the tsx CLI) may run it as its only child. */
function workPid(pid: number): number {
  try {
    const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return kids.length === 1 ? workPid(Number(kids[0])) : pid;
  } catch {
    return pid;
  }
}

type DbStats = Record<'xact_commit' | 'tup_inserted' | 'tup_updated' | 'tup_fetched' | 'tup_returned', number>;
async function dbStats(db: Knex): Promise<DbStats> {
  const { rows } = await db.raw(`select xact_commit, tup_inserted, tup_updated, tup_fetched, tup_returned
    from pg_stat_database where datname = current_database()`);
  const r = rows[0] as Record<string, string>;
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])) as DbStats;
}
/** Index entries read per index, and rows read by sequential scans per table, so far (valley_bench only). */
async function readsByRelation(db: Knex): Promise<Map<string, number>> {
  const { rows } = await db.raw(`select 'index ' || relname || '.' || indexrelname as name, idx_tup_read as n
      from pg_stat_user_indexes
    union all select 'seq scan ' || relname, coalesce(seq_tup_read, 0) from pg_stat_user_tables`);
  return new Map((rows as { name: string; n: string }[]).map((r) => [r.name, Number(r.n)]));
}
const topReads = (a: Map<string, number>, b: Map<string, number>, per: number, n = 6) =>
  [...b]
    .map(([k, v]) => [k, (v - (a.get(k) ?? 0)) / per] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .filter(([, v]) => v > 0.05);

const statsDelta = (a: DbStats, b: DbStats) =>
  Object.fromEntries(Object.keys(a).map((k) => [k, b[k as keyof DbStats] - a[k as keyof DbStats]])) as DbStats;

// ---------------------------------------------------------------------------------------------------------------
// Clean-up, settings, the campaign

async function cleanUp(s: Services): Promise<void> {
  const db = s.platform.db;
  const ids = (await db('campaigns').select('id').where('name', 'like', 'Bench: %')).map((r) => Number(r.id));
  if (ids.length) {
    const t = performance.now();
    await db.raw(
      `delete from lead_contacts k using campaign_recipients r
       where r.campaign_id = any(?) and k.ref = 'campaign-recipient-' || r.id`,
      [ids],
    );
    await db.raw(
      `delete from outbox o using campaign_recipients r
       where r.campaign_id = any(?) and o.dedupe_key = 'campaign-recipient-' || r.id`,
      [ids],
    );
    await db('campaign_recipients').whereIn('campaign_id', ids).delete();
    await db('campaigns').whereIn('id', ids).delete();
    await db.raw('vacuum (analyze) campaign_recipients, outbox, lead_contacts, campaigns');
    out(`cleaned up ${ids.length} earlier bench campaign(s) in ${fmt((performance.now() - t) / 1000, 1)} s`);
  }
  await s.platform.jobs.queue('campaigns').obliterate({ force: true });
}

async function newCampaign(s: Services, user: User): Promise<number> {
  await s.campaignSettings.save(
    {
      postalAddress: 'Valley CRM Ltd, 1 Bench Street, Leeds LS1 1AA',
      sendingDomain: 'bench.valley.local',
      capMessages: 2,
      capDays: 7,
      ratePerMinute: 1_000_000,
    },
    { userId: null, ip: 'bench' },
  );
  const body = [
    'Hello {{firstName|there}},',
    '',
    'Our **winter update** for {{company|your team}} is here: three new reports, faster exports and a cleaner',
    'lead page. As {{jobTitle|a customer}} you can try them today; nothing to install.',
    '',
    '- Pipeline by week, by owner and by source',
    '- Exports of up to 100,000 leads in seconds',
    '- Duplicate hints on the lead page',
    '',
    'Read more on [our website](https://valley.example/winter) or just reply to this e-mail.',
    '',
    'Best wishes,',
    'The Valley team',
  ].join('\n');
  const c = await s.campaigns.create(
    user,
    {
      name: `${NAME} ${new Date().toISOString()}`,
      subject: '{{firstName|Hello}}, what is new in Valley this winter',
      senderName: 'Valley Bench',
      body,
      audience: { createdFrom: opt.from },
    },
    { userId: user.id, ip: 'bench' },
  );
  const state = await s.campaignSender.schedule(user, c.id, null, { userId: user.id, ip: 'bench' });
  if (state !== 'scheduled') throw new Error(`the campaign is ${state}, not scheduled`);
  return c.id;
}

// ---------------------------------------------------------------------------------------------------------------
// Part 1: writing the recipients

/** Runs `insert into <scratch> <select>` in a transaction that is rolled back; the insert's time and row count. */
async function scratchInsert(s: Services, ddl: string, insert: string, select: Knex.QueryBuilder, after = '') {
  const trx = await s.platform.db.transaction();
  try {
    await trx.raw(ddl);
    const { sql, bindings } = select.toSQL();
    const t = performance.now();
    const r = await trx.raw(`${insert} ${sql}${after}`, bindings);
    return { ms: performance.now() - t, rows: Number(r.rowCount) };
  } finally {
    await trx.rollback();
  }
}

interface Prepared {
  campaignId: number;
  matched: number;
  queued: number;
  skipped: Record<string, number>;
  startMs: number;
  selectMs: number;
  insertMs: number;
  enqueueMs: number;
  batches: number;
  firstSelectMs: number;
  jobsWaiting: number;
  countMs: [number, number];
  countEligible: number;
  bareMs: [number, number];
  bareRows: number;
  setBasedMs: number;
  db: DbStats;
  workerCpuS: number;
  pgCpuS: number;
  redisCpuS: number;
}

async function prepare(s: Services, user: User): Promise<Prepared> {
  const db = s.platform.db;
  const filter = toLeadFilter({ createdFrom: opt.from });
  const scope = readScope(user);
  const settings = await s.campaignSettings.get();
  const cap = () => ({ messages: settings.capMessages, days: settings.capDays, now: new Date() });
  const bareSelect = () => filterLeads(db, s.platform.cipher, filter, scope).select('leads.id');
  const bare = () =>
    scratchInsert(
      s,
      'create table bench_scratch_ids (id bigint not null)',
      'insert into bench_scratch_ids',
      bareSelect(),
    );

  out(`\n## 1. Writing the recipients: ${user.email}, audience created from ${opt.from}`);
  await s.leadContact.audience(user, filter, cap()); // warm the caches once
  const count1 = await timed(() => s.leadContact.audience(user, filter, cap()));
  out(`  audience count: ${fmt(count1.ms)} ms ${JSON.stringify(count1.value)}`);
  const bare1 = await bare();
  out(
    `  bare INSERT … SELECT id (same filter and scope) into a scratch table: ${fmt(bare1.ms)} ms, ${fmt(bare1.rows)} rows`,
  );

  const campaignId = await newCampaign(s, user);
  // The same rows and eligibility (ContactStore's own query) in one statement, into a copy of campaign_recipients
  // with the same columns, indexes and foreign keys.
  const members = s.leadContact['contacts']['members'](filter, scope, cap());
  const setBased = await scratchInsert(
    s,
    `create table bench_scratch_recipients (
      id bigint generated always as identity primary key,
      campaign_id bigint not null references campaigns (id),
      lead_id bigint not null references leads (id),
      state text not null check (state in ('queued','sending','sent','skipped','bounced','complained','unsubscribed')),
      reason text, outbox_id bigint, soft_bounces integer not null default 0,
      created_at timestamptz not null default now(), done_at timestamptz, sent_at timestamptz,
      bounced_at timestamptz, complained_at timestamptz, unsubscribed_at timestamptz,
      unique (campaign_id, lead_id));
    create index on bench_scratch_recipients (campaign_id, id) where state in ('queued','sending');
    create index on bench_scratch_recipients (campaign_id, done_at) where done_at is not null;
    create index on bench_scratch_recipients (lead_id)`,
    `insert into bench_scratch_recipients (campaign_id, lead_id, state, reason, done_at)
     select ${campaignId}, m.id, case when m.exclusion is null then 'queued' else 'skipped' end, m.exclusion,
       case when m.exclusion is null then null else now() end from (`,
    members,
    ') m',
  );
  out(`  the same with eligibility, one INSERT … SELECT into a copy of campaign_recipients: ${fmt(setBased.ms)} ms`);

  // Time the parts of start(): the batch query (audienceBatch), the recipients' INSERT, the enqueuing of the sends.
  const sender = s.campaignSender;
  const recipients = sender['d'].recipients;
  let selectMs = 0;
  let insertMs = 0;
  let enqueueMs = 0;
  let batches = 0;
  let firstSelectMs = 0;
  const audienceBatch = s.leadContact.audienceBatch.bind(s.leadContact);
  s.leadContact.audienceBatch = async (...args) => {
    const r = await timed(() => audienceBatch(...args));
    if (!batches++) firstSelectMs = r.ms;
    selectMs += r.ms;
    return r.value;
  };
  const insertBatch = recipients.insertBatch.bind(recipients);
  recipients.insertBatch = async (...args) => {
    const r = await timed(() => insertBatch(...args));
    insertMs += r.ms;
    return r.value;
  };
  const enqueueSends = sender.enqueueSends.bind(sender);
  sender.enqueueSends = async (...args) => {
    const r = await timed(() => enqueueSends(...args));
    enqueueMs += r.ms;
  };
  const cpu0 = { me: process.cpuUsage(), pg: postgresMeter(s.config), redis: redisMeter(s.config) };
  const db0 = await dbStats(db);
  const start = await timed(() => sender.start(campaignId));
  const db1 = await dbStats(db);
  const me = process.cpuUsage(cpu0.me);
  const workerCpuS = (me.user + me.system) / 1e6;
  const pgCpuS = cpu0.pg.seconds();
  const redisCpuS = cpu0.redis.seconds();
  s.leadContact.audienceBatch = audienceBatch;
  recipients.insertBatch = insertBatch;
  sender.enqueueSends = enqueueSends;

  const rows: { state: string; reason: string | null; n: string }[] = await db('campaign_recipients')
    .select('state', 'reason')
    .count('* as n')
    .where('campaign_id', campaignId)
    .groupBy('state', 'reason');
  const queued = Number(rows.find((r) => r.state === 'queued')?.n ?? 0);
  const skipped = Object.fromEntries(rows.filter((r) => r.state === 'skipped').map((r) => [r.reason, Number(r.n)]));
  const matched = rows.reduce((a, r) => a + Number(r.n), 0);
  const jobsWaiting = (await s.platform.jobs.queue('campaigns').getJobCounts('waiting')).waiting;
  const writeMs = start.ms - enqueueMs;
  out(
    `  start(): ${fmt(start.ms)} ms in all: ${fmt(writeMs)} ms writing ${fmt(matched)} recipients in ${batches} batches` +
      ` (batch query ${fmt(selectMs)} ms, the first ${fmt(firstSelectMs)} ms; INSERT ${fmt(insertMs)} ms; the rest` +
      ` ${fmt(writeMs - selectMs - insertMs)} ms), ${fmt(enqueueMs)} ms enqueuing ${fmt(start.value)} send jobs`,
  );
  out(`  recipients: ${fmt(matched)} matched, ${fmt(queued)} queued, skipped ${JSON.stringify(skipped)}`);
  out(`  jobs waiting in Redis: ${fmt(jobsWaiting)}`);
  out(
    `  CPU during start(): this process ${fmt(workerCpuS, 1)} s, PostgreSQL ${fmt(pgCpuS, 1)} s, Redis ${fmt(redisCpuS, 1)} s;` +
      ` PostgreSQL: ${fmt(db1.xact_commit - db0.xact_commit)} commits, ${fmt(db1.tup_inserted - db0.tup_inserted)} rows inserted`,
  );
  const bare2 = await bare();
  const count2 = await timed(() => s.leadContact.audience(user, filter, cap()));
  out(`  after: bare INSERT ${fmt(bare2.ms)} ms, audience count ${fmt(count2.ms)} ms`);
  return {
    campaignId,
    matched,
    queued,
    skipped,
    startMs: start.ms,
    selectMs,
    insertMs,
    enqueueMs,
    batches,
    firstSelectMs,
    jobsWaiting,
    countMs: [count1.ms, count2.ms],
    countEligible: count1.value.eligible,
    bareMs: [bare1.ms, bare2.ms],
    bareRows: bare1.rows,
    setBasedMs: setBased.ms,
    db: statsDelta(db0, db1),
    workerCpuS,
    pgCpuS,
    redisCpuS,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The SMTP sink and the lead-list bench, as child processes

interface Sink {
  child: ChildProcess;
  port: number;
  /** The sink's own 1 s readings: ms since it started, messages so far. */
  readings: { t: number; messages: number }[];
  messages(): number;
}

async function startSink(): Promise<Sink> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/smtp-sink.ts', '--port', opt['sink-port']], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const readings: Sink['readings'] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${code}`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^listening (\d+)/.exec(line);
      if (m) resolve(Number(m[1]));
      else if (line.startsWith('{')) readings.push(JSON.parse(line) as Sink['readings'][number]);
    });
  });
  return { child, port, readings, messages: () => readings[readings.length - 1]?.messages ?? 0 };
}

interface ListRun {
  label: string;
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
  load: [number, number];
  /** When autocannon's measured 10 s ran (ms, performance.now()). */
  window: [number, number];
}

async function leadList(config: Config, label: string): Promise<ListRun> {
  const file = path.join(os.tmpdir(), `campaign-bench-list-${process.pid}.json`);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/leads.ts',
      ...['--as', 'staff', '--only', 'list', '--duration', '10', '--port', opt['web-port'], '--json', file],
    ],
    {
      cwd: ROOT,
      // bench/leads.ts runs the web process with NODE_ENV=production and passes on the three secrets it knew of;
      // production also requires the two campaign secrets, which it takes from this environment.
      env: {
        ...process.env,
        UNSUBSCRIBE_KEY: config.unsubscribeKey.toString('utf8'),
        MAIL_WEBHOOK_SECRET: config.mailWebhookSecret,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const window: [number, number] = [0, 0];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.includes('live leads in scope')) window[0] = performance.now() + 2000; // after the 2 s warm-up
    if (/^\s+list\s+p50/.test(line)) window[1] = performance.now();
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0 && !fs.existsSync(file)) throw new Error(`bench/leads.ts exited with ${code}`);
  const row = (JSON.parse(fs.readFileSync(file, 'utf8')) as { rows: Record<string, number & [number, number]>[] })
    .rows[0];
  fs.unlinkSync(file);
  const run = {
    label,
    p50: row.p50,
    p99: row.p99,
    rps: row.rps,
    non2xx: row.non2xx + row.errors,
    load: row.load,
    window,
  };
  out(`  lead list (${label}): ${run.rps} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, load ${run.load.join('→')}`);
  return run;
}

// ---------------------------------------------------------------------------------------------------------------
// Part 2: delivery by one worker process

interface Sample {
  /** ms since the worker was started */
  t: number;
  delivered: number;
  rssKb: number;
  workerCpuS: number;
  pgCpuS: number;
  redisCpuS: number;
  sinkCpuS: number;
  machineBusy: number;
}

interface Delivery {
  target: number;
  /** Messages the sink had when the target was reached (the rates use this), and those that came after. */
  delivered: number;
  afterStop: number;
  reads: (readonly [string, number])[];
  samples: Sample[];
  firstAt: number;
  lastAt: number;
  duringList?: ListRun;
  db: DbStats;
  warnings: number;
  campaignState: string;
  recipients: Record<string, number>;
}

/** The worker as production runs it (one process), sending to the sink; its output in VAR_DIR. */
async function spawnWorker(s: Services, sink: Sink) {
  const logFile = path.join(s.config.varDir, 'campaign-bench-worker.log');
  const log = fs.openSync(logFile, 'w');
  const env = {
    ...process.env,
    DATABASE_URL: s.config.DATABASE_URL,
    REDIS_URL: s.config.REDIS_URL,
    VAR_DIR: s.config.varDir,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    LOG_LEVEL: 'warn',
  };
  const profile = opt['worker-cpu-prof']
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(opt['worker-cpu-prof'])}`]
    : [];
  const launcher = spawn(process.execPath, [...profile, '--import', 'tsx', 'workers/index.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', log, log],
  });
  await sleep(300);
  return { launcher, pid: workPid(launcher.pid!), log, logFile };
}

async function stopWorker(launcher: ChildProcess): Promise<void> {
  launcher.kill('SIGTERM');
  await Promise.race([new Promise((r) => launcher.once('exit', r)), sleep(30_000)]);
  if (launcher.exitCode === null) launcher.kill('SIGKILL');
}

async function deliver(s: Services, sink: Sink, prepared: Prepared, withList: boolean): Promise<Delivery> {
  const target = deliverLimit > 0 ? Math.min(deliverLimit, prepared.queued) : prepared.queued;
  out(`\n## 2. Delivery by one worker process: ${fmt(target)} of ${fmt(prepared.queued)} messages`);
  const base = sink.messages();
  const db0 = await dbStats(s.platform.db);
  const reads0 = await readsByRelation(s.platform.db);
  const t0 = performance.now();
  const { launcher, pid, log, logFile } = await spawnWorker(s, sink);
  const sinkPid = workPid(sink.child.pid!);
  const cpu0 = { pg: postgresMeter(s.config), redis: redisMeter(s.config) };
  const samples: Sample[] = [];
  let busy0 = machineCpu();
  let listRun: Promise<ListRun> | undefined;
  let firstAt = 0;
  let lastAt = 0;
  let stalledSince = performance.now();
  let lastDelivered = 0;
  let deliveredAtStop = 0;
  for (;;) {
    await sleep(1000);
    if (launcher.exitCode !== null) throw new Error(`the worker exited with ${launcher.exitCode}; see ${logFile}`);
    const delivered = sink.messages() - base;
    const now = performance.now();
    const busy = machineCpu();
    samples.push({
      t: now - t0,
      delivered,
      rssKb: rssKb(pid),
      workerCpuS: (procStat(pid)?.ticks ?? 0) / TICKS,
      pgCpuS: cpu0.pg.seconds(),
      redisCpuS: cpu0.redis.seconds(),
      sinkCpuS: (procStat(sinkPid)?.ticks ?? 0) / TICKS,
      machineBusy: (busy.busy - busy0.busy) / (busy.total - busy0.total),
    });
    busy0 = busy;
    if (delivered > 0 && !firstAt) firstAt = now;
    if (delivered > lastDelivered) {
      lastDelivered = delivered;
      stalledSince = now;
    }
    if (samples.length % 15 === 0) {
      const sm = samples[samples.length - 1];
      const before = samples[samples.length - 16] ?? { t: 0, delivered: 0 };
      out(
        `  ${fmt(sm.t / 1000)} s: ${fmt(delivered)} delivered, ${fmt(((delivered - before.delivered) * 1000) / (sm.t - before.t))}/s, RSS ${fmt(sm.rssKb / 1024)} MB`,
      );
    }
    if (withList && !listRun && delivered >= Math.min(Math.max(5000, target * 0.1), target * 0.5))
      listRun = leadList(s.config, 'during the delivery');
    if (delivered >= target) {
      lastAt = now;
      deliveredAtStop = delivered;
      break;
    }
    if (now - stalledSince > 60_000) {
      const jobs = await s.platform.jobs.queue('campaigns').getJobCounts('waiting', 'active', 'delayed');
      const keys = await s.platform.redis.dbsize();
      out(
        `  no message for 60 s: stopping at ${fmt(delivered)}; campaigns queue ${JSON.stringify(jobs)}, ${keys} keys`,
      );
      lastAt = stalledSince;
      deliveredAtStop = delivered;
      break;
    }
  }
  const duringList = await listRun;
  await stopWorker(launcher);
  fs.closeSync(log);
  await sleep(2000); // the sink's next reading, and PostgreSQL's statistics flushed
  const db1 = await dbStats(s.platform.db);
  const total = sink.messages() - base;
  const reads = topReads(reads0, await readsByRelation(s.platform.db), total);
  const warnings = fs.readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length;
  const c = await s.platform.db('campaigns').select('state').where('id', prepared.campaignId).first();
  const rows: { state: string; n: string }[] = await s.platform
    .db('campaign_recipients')
    .select('state')
    .count('* as n')
    .where('campaign_id', prepared.campaignId)
    .groupBy('state');
  return {
    target,
    delivered: deliveredAtStop,
    afterStop: total - deliveredAtStop,
    reads,
    samples,
    firstAt: firstAt - t0,
    lastAt: lastAt - t0,
    duringList: duringList && {
      ...duringList,
      window: [duringList.window[0] - t0, duringList.window[1] - t0] as [number, number],
    },
    db: statsDelta(db0, db1),
    warnings,
    campaignState: String(c?.state),
    recipients: Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])),
  };
}

/**
 * As production runs it: the worker takes the start job itself and sends while it writes the recipients. How long
 * the writing takes there, how many send jobs ran before the campaign was `sending` (they find it `preparing`,
 * end as "waiting", and their recipients wait for the sweep), and when the last message went out.
 */
async function startInWorker(s: Services, sink: Sink, user: User) {
  out(`\n## 1b. The start job run by the worker (as in production), while it sends`);
  const db = s.platform.db;
  const campaignId = await newCampaign(s, user);
  const queue = s.platform.jobs.queue('campaigns');
  const base = sink.messages();
  const t0 = performance.now();
  const { launcher, log } = await spawnWorker(s, sink);
  const recipients = async () => {
    const rows: { state: string; n: string }[] = await db('campaign_recipients')
      .select('state')
      .count('* as n')
      .where('campaign_id', campaignId)
      .groupBy('state');
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  };
  let sendingAt = 0;
  let atSending: Record<string, unknown> = {};
  let lastDelivered = 0;
  let stalledSince = performance.now();
  const timeline: { t: number; delivered: number; waiting: number }[] = [];
  for (;;) {
    await sleep(sendingAt ? 1000 : 200);
    const c = await db('campaigns').select('state', 'started_at', 'updated_at', 'run').where('id', campaignId).first();
    const now = performance.now();
    const delivered = sink.messages() - base;
    if (!sendingAt && c.state !== 'scheduled' && c.state !== 'preparing') {
      sendingAt = now;
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed');
      const r = await recipients();
      const prepareMs = new Date(c.updated_at).getTime() - new Date(c.started_at).getTime();
      atSending = { prepareMs, run: c.run, jobs: counts, recipients: r, delivered };
      out(
        `  ${c.state} after ${fmt(prepareMs)} ms of writing (started_at → the state change); then: ${fmt(r.queued ?? 0)}` +
          ` recipients queued, ${fmt(counts.waiting + counts.active)} send jobs left in Redis, ${fmt(delivered)} delivered`,
      );
    }
    if (sendingAt) {
      const waiting = (await queue.getJobCounts('waiting')).waiting;
      timeline.push({ t: now - t0, delivered, waiting });
      if (timeline.length % 30 === 0)
        out(`  ${fmt((now - t0) / 1000)} s: ${fmt(delivered)} delivered, ${fmt(waiting)} jobs waiting, run ${c.run}`);
    }
    if (delivered > lastDelivered) {
      lastDelivered = delivered;
      stalledSince = now;
    }
    if (c.state === 'sent' || now - stalledSince > 60_000) break;
  }
  await stopWorker(launcher);
  fs.closeSync(log);
  const c = await db('campaigns').select('state', 'run').where('id', campaignId).first();
  // The gap: no message while the queue's last jobs were "waiting" ones and the sweep had not yet re-enqueued.
  let gap = { from: 0, ms: 0 };
  for (let i = 1; i < timeline.length; i++) {
    let j = i;
    while (j < timeline.length && timeline[j].delivered === timeline[i - 1].delivered) j++;
    const ms = (timeline[Math.min(j, timeline.length - 1)].t ?? 0) - timeline[i - 1].t;
    if (j > i && ms > gap.ms) gap = { from: timeline[i - 1].delivered, ms };
    i = j;
  }
  const total = (performance.now() - t0) / 1000;
  out(
    `  campaign ${c.state} (run ${c.run}) ${fmt(total)} s after the worker started; ${fmt(lastDelivered)} delivered;` +
      ` longest pause in delivery ${fmt(gap.ms / 1000)} s, after ${fmt(gap.from)} messages;` +
      ` recipients ${JSON.stringify(await recipients())}`,
  );
  return { campaignId, atSending, state: c.state, run: c.run, delivered: lastDelivered, totalS: total, gap, timeline };
}

/** Messages per second between two moments (ms since the worker started), from the 1 s samples. */
function rateBetween(samples: Sample[], from: number, to: number): number {
  const a = samples.find((x) => x.t >= from);
  const b = [...samples].reverse().find((x) => x.t <= to);
  if (!a || !b || b.t <= a.t) return NaN;
  return ((b.delivered - a.delivered) * 1000) / (b.t - a.t);
}
const at = (samples: Sample[], delivered: number) => samples.find((x) => x.delivered >= delivered) ?? samples[0];

function report(d: Delivery) {
  const sm = d.samples;
  const last = sm[sm.length - 1];
  const overall = (d.delivered * 1000) / (d.lastAt - d.firstAt);
  const fromSpawn = (d.delivered * 1000) / d.lastAt;
  // Steady state: from 5% to 95% of the messages, leaving out the lead-list load and 2 s either side of it.
  const from = at(sm, d.target * 0.05).t;
  const to = at(sm, d.target * 0.95).t;
  const win = d.duringList?.window;
  let steady = rateBetween(sm, from, to);
  if (win) {
    const before = rateBetween(sm, from, win[0] - 4000);
    const after = rateBetween(sm, win[1] + 2000, to);
    const spans = [
      [before, win[0] - 4000 - from],
      [after, to - win[1] - 2000],
    ].filter(([r, span]) => Number.isFinite(r) && span > 5000);
    steady = spans.reduce((a, [r, span]) => a + r * span, 0) / spans.reduce((a, [, span]) => a + span, 0);
  }
  const during = win ? rateBetween(sm, win[0], win[1]) : NaN;
  const rss = sm.filter((x) => x.t >= d.firstAt - 1000 && x.t <= d.lastAt + 1000).map((x) => x.rssKb);
  const mid = at(sm, d.delivered / 2);
  const per = (x: number) => (x * 1000) / d.delivered;
  const cpu = {
    worker: last.workerCpuS,
    pg: last.pgCpuS,
    redis: last.redisCpuS,
    sink: last.sinkCpuS,
  };
  const busy = sm.filter((x) => x.t >= from && x.t <= to).map((x) => x.machineBusy);
  const result = {
    delivered: d.delivered,
    overall,
    fromSpawn,
    steady,
    during,
    rssMb: {
      start: rss[0] / 1024,
      middle: mid.rssKb / 1024,
      end: rss[rss.length - 1] / 1024,
      max: Math.max(...rss) / 1024,
    },
    cpuMsPerMessage: {
      worker: per(cpu.worker),
      postgres: per(cpu.pg),
      redis: per(cpu.redis),
      sink: per(cpu.sink),
    },
    workerCpuShare: cpu.worker / ((d.lastAt - d.firstAt) / 1000),
    machineBusy: busy.reduce((a, b) => a + b, 0) / busy.length,
    perMessage: Object.fromEntries(Object.entries(d.db).map(([k, v]) => [k, v / (d.delivered + d.afterStop)])),
    reads: d.reads,
  };
  out(
    `  ${fmt(d.delivered)} delivered: ${fmt(overall)}/s first to last message (${fmt(fromSpawn)}/s from the worker's start),` +
      ` steady state ${fmt(steady)}/s${win ? `, during the lead-list load ${fmt(during)}/s` : ''}`,
  );
  out(
    `  worker RSS: ${fmt(result.rssMb.start)} MB at the first message, ${fmt(result.rssMb.middle)} MB half-way, ` +
      `${fmt(result.rssMb.end)} MB at the end, ${fmt(result.rssMb.max)} MB max`,
  );
  out(
    `  CPU per message: worker ${fmt(result.cpuMsPerMessage.worker, 2)} ms (${fmt(result.workerCpuShare * 100)}% of a core),` +
      ` PostgreSQL ${fmt(result.cpuMsPerMessage.postgres, 2)} ms, Redis ${fmt(result.cpuMsPerMessage.redis, 2)} ms,` +
      ` sink ${fmt(result.cpuMsPerMessage.sink, 2)} ms; machine ${fmt(result.machineBusy * 100)}% busy`,
  );
  out(
    `  PostgreSQL per message: ${Object.entries(result.perMessage)
      .map(([k, v]) => `${k} ${fmt(v, 1)}`)
      .join(', ')}`,
  );
  out(`  reads per message: ${d.reads.map(([k, v]) => `${k} ${fmt(v, 1)}`).join(', ')}`);
  out(
    `  campaign ${d.campaignState}; recipients ${JSON.stringify(d.recipients)}; ${d.afterStop} more messages after the` +
      ` target (in flight when the worker was stopped); ${d.warnings} worker log lines`,
  );
  return result;
}

/** The transport's ceiling: messages like the campaign's straight to the sink, nodemailer pooled as MailService. */
async function transportCeiling(s: Services, sink: Sink, n: number, inFlight: number) {
  const m = await s.platform
    .db('outbox')
    .where('dedupe_key', 'like', 'campaign-recipient-%')
    .whereNotNull('sent_at')
    .orderBy('id', 'desc')
    .first();
  if (!m) throw new Error('no campaign message in the outbox to copy');
  const transport = nodemailer.createTransport(`smtp://127.0.0.1:${sink.port}?pool=true&maxConnections=5`);
  await sleep(1500); // a fresh reading of the sink
  const base = sink.messages();
  const cpu0 = process.cpuUsage();
  const sinkPid = workPid(sink.child.pid!);
  const sink0 = procStat(sinkPid)?.ticks ?? 0;
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < n) {
        const i = next++;
        await transport.sendMail({
          from: m.from_address,
          to: m.to_address,
          replyTo: m.reply_to,
          subject: m.subject,
          text: m.text_body,
          html: m.html_body,
          headers: m.headers,
          envelope: { from: m.envelope_from, to: m.to_address },
          messageId: `<bench-${i}-${Date.now()}@bench.valley.local>`,
        });
      }
    }),
  );
  const ms = performance.now() - t;
  transport.close();
  const cpu = process.cpuUsage(cpu0);
  await sleep(1500);
  const counted = sink.messages() - base;
  const rate = (n * 1000) / ms;
  const cpuMs = (cpu.user + cpu.system) / 1000 / n;
  const sinkMs = ((((procStat(sinkPid)?.ticks ?? 0) - sink0) / TICKS) * 1000) / n;
  const size = Buffer.byteLength(m.text_body) + Buffer.byteLength(m.html_body ?? '');
  out(
    `  nodemailer pooled (5 connections), ${inFlight} in flight: ${fmt(n)} messages in ${fmt(ms)} ms = ${fmt(rate)}/s` +
      ` (sink counted ${fmt(counted)}); ${fmt(cpuMs, 2)} ms CPU per message here, ${fmt(sinkMs, 2)} ms in the sink;` +
      ` body ${fmt(size)} bytes`,
  );
  return { inFlight, n, ms, rate, cpuMs, sinkMs };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const config = loadConfig();
  guard(config);
  const s = services({ ...config, LOG_LEVEL: 'warn' });
  const sink = opt['prepare-only'] ? undefined : await startSink();
  const results: Record<string, unknown> = {
    at: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}`,
    loadAtStart: os.loadavg(),
  };
  out(
    `${results.machine as string}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  try {
    const user = await s.users.findByEmail(opt.as);
    if (!user) throw new Error(`no user ${opt.as}: seed first (BENCHMARKS.md)`);
    await cleanUp(s);
    if (opt['start-in-worker']) {
      if (!sink) throw new Error('--start-in-worker sends: leave out --prepare-only');
      results.startInWorker = await startInWorker(s, sink, user);
      if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(results, null, 2));
      return;
    }
    const withList = !opt['skip-list'] && !opt['prepare-only'];
    if (withList) {
      out('\n## 3a. Lead list with no send running');
      results.listBefore = await leadList(config, 'no send, before');
    }
    const prepared = await prepare(s, user);
    results.prepare = prepared;
    if (sink) {
      const delivery = await deliver(s, sink, prepared, withList);
      results.delivery = { ...report(delivery), samples: delivery.samples, duringList: delivery.duringList };
      out(`\n## 2b. The transport's ceiling: nodemailer straight to the sink, one process`);
      const n = referenceCount || delivery.delivered;
      results.reference = [await transportCeiling(s, sink, n, 8), await transportCeiling(s, sink, n, 64)];
      if (withList) {
        out('\n## 3b. Lead list with no send running, again');
        results.listAfter = await leadList(config, 'no send, after');
      }
    }
    results.loadAtEnd = os.loadavg();
    out(
      `\nload average at the end ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(results, null, 2));
  } finally {
    sink?.child.kill('SIGTERM');
    await s.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
