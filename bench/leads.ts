// Load benchmark of the lead pages: list, filter, full-text search, exact lookup, detail, a deep keyset page
// and the dashboard, each with autocannon (32 connections) against a session signed in through the real login
// form, as a staff user (team scope) and as an admin (every lead). Loopback only; bounded in time. First, in the
// same run, the ceiling (bench/ceiling-server.ts: a bare Express + helmet + session + EJS page of 50 rows): every
// scenario is reported with its requests/s as a ratio to the ceiling's, and the web process's CPU ms per request
// (from /proc/PID/stat over the load) and peak RSS.
//
//   CRM_PASSWORD='…' npm run bench                       # starts the web process on 127.0.0.1:3901 itself
//   CRM_PASSWORD='…' npm run bench -- --url http://127.0.0.1:3005   # against a running `npm run web`
//   CRM_PASSWORD='…' npm run bench -- --cpu-prof DIR   # the web process under --cpu-prof (bench/cpu-profile.ts)
//
// Defaults to the benchmark data set made by BENCHMARKS.md's seed command: DATABASE_URL
// postgres://…/valley_bench, REDIS_URL redis://127.0.0.1:6379/9, VAR_DIR var/bench (its generated keys).
// CRM_PASSWORD is the demo users' password (given to seed:demo); the bench admin gets the same one.
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig, type Config } from '../src/platform/config';
import { services } from '../src/services';
import { readScope } from '../src/features/leads/access';
import { applyScope } from '../src/features/leads/data/scope';
import { cpuMsOf, ensureUser, rssMbOf, signIn, signedInCeiling, startServer } from './lib/web';

// Read by loadConfig() in main(), after these defaults.
process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';

const BENCH_ADMIN = 'bench.admin@valley.local';
const SCENARIOS = ['list', 'filter', 'search', 'lookup', 'detail', 'page', 'dashboard'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values: opt } = parseArgs({
  options: {
    url: { type: 'string' },
    port: { type: 'string', default: '3901' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    as: { type: 'string', default: 'staff,admin' },
    only: { type: 'string', default: SCENARIOS.join(',') },
    staff: { type: 'string', default: 'demo.staff1@valley.local' },
    json: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const duration = Number(opt.duration);
const warmup = Number(opt.warmup);
const connections = Number(opt.connections);
const roles = opt.as.split(',') as ('staff' | 'admin')[];
const only = opt.only.split(',') as Scenario[];
for (const s of only)
  if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario ${s}; choose from ${SCENARIOS.join(', ')}`);
if (!(duration > 0 && duration <= 120 && warmup >= 0 && warmup <= 30 && connections > 0 && connections <= 256))
  throw new Error('duration 1..120 s, warmup 0..30 s, connections 1..256');

const password = process.env.CRM_PASSWORD;
if (!password) {
  process.stderr.write("Set CRM_PASSWORD to the demo users' password (the one given to seed:demo).\n");
  process.exit(2);
}

interface Who {
  role: 'staff' | 'admin';
  email: string;
  totpSecret?: string;
  ids: number[];
  emails: string[];
  inScope: number;
}

/** The users to sign in as, and some of the leads each may see (for detail and lookup). */
async function prepare(config: Config): Promise<Who[]> {
  const s = services({ ...config, LOG_LEVEL: 'silent' });
  try {
    const out: Who[] = [];
    for (const role of roles) {
      let email = opt.staff;
      let totpSecret: string | undefined;
      if (role === 'admin') {
        // A dedicated admin for the benchmark, with two-factor sign-in enrolled here (admins must use it).
        email = BENCH_ADMIN;
        ({ totpSecret } = await ensureUser(s, { email, name: 'Bench Admin', role: 'admin' }, password!, true));
      }
      const user = await s.users.findByEmail(email);
      if (!user) throw new Error(`no user ${email}: seed first (npm run crm -- seed:demo --leads N)`);
      const scope = readScope(user);
      const sample = await applyScope(s.platform.db('leads'), scope)
        .select('leads.id', 'leads.email_enc')
        .whereNotNull('leads.email_enc')
        .orderByRaw('random()')
        .limit(500);
      const [{ count }] = await applyScope(s.platform.db('leads'), scope).count<{ count: string }[]>('* as count');
      out.push({
        role,
        email,
        totpSecret,
        ids: sample.map((r) => Number(r.id)),
        emails: sample.map((r) => s.platform.cipher.decrypt(r.email_enc)),
        inScope: Number(count),
      });
    }
    return out;
  } finally {
    await s.close();
  }
}

/** Cursor URLs of pages 2..n of the unfiltered list, by following the page's own "Next page" links. */
async function deepPages(base: string, cookie: string, n: number): Promise<string[]> {
  const out: string[] = [];
  let p = '/leads';
  for (let i = 0; i < n; i++) {
    const res = await fetch(base + p, { headers: { cookie } });
    const href = /<a href="\?([^"]*after=[^"]+)" rel="next">/.exec(await res.text())?.[1];
    if (!href) break;
    p = `/leads?${href.replace(/&amp;/g, '&')}`;
    out.push(p);
  }
  return out;
}

function pathsFor(s: Scenario, who: Who, pages: string[]): string[] {
  switch (s) {
    case 'list':
      return ['/leads'];
    case 'filter': {
      const tags = ['vip', 'enterprise', 'follow-up'];
      return [1, 2, 3, 4, 5, 6].flatMap((st) => tags.map((t) => `/leads?status=${st}&tag=${t}&stale=1`));
    }
    case 'search':
      return ['smi', 'pat', 'ava', 'north', 'kow', 'smi acm', 'jo', 'okafor dental'].map(
        (q) => `/leads?q=${encodeURIComponent(q)}`,
      );
    case 'lookup':
      return who.emails.map((e) => `/leads?lookup=${encodeURIComponent(e)}`);
    case 'detail':
      return who.ids.map((id) => `/leads/${id}`);
    case 'page':
      return pages;
    case 'dashboard':
      return ['/'];
  }
}

interface Row {
  as: string;
  scenario: Scenario | 'ceiling';
  example: string;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** 1-minute load average when the run started and ended: other work on the machine shows up here. */
  load: [number, number];
  /** The server process's CPU (user + system) per request, its peak RSS during the run, requests/s ÷ ceiling's. */
  cpuMs: number;
  rssMb: number;
  ratio: number;
}

/** One measured run against `pid`'s server: latency, requests/s and errors, its CPU per request and peak RSS. */
async function measure(base: string, cookie: string, list: string[], pid: number | undefined) {
  const cpu0 = pid ? cpuMsOf(pid) : 0;
  let rss = pid ? rssMbOf(pid) : 0;
  const sampler = pid ? setInterval(() => (rss = Math.max(rss, rssMbOf(pid))), 200) : undefined;
  const loadBefore = os.loadavg()[0];
  const r = await cannon(base, cookie, list, duration);
  clearInterval(sampler);
  const cpuMs = pid && r.requests.total ? (cpuMsOf(pid) - cpu0) / r.requests.total : NaN;
  return { r, loadBefore, cpuMs: Number(cpuMs.toFixed(2)), rssMb: Math.round(rss) };
}

function cannon(base: string, cookie: string, list: string[], seconds: number): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { cookie },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: list[i++ % list.length] }) }],
  });
}

/** A measured run as a row of the report (its ratio is set once the ceiling is known). */
function rowOf(as: string, scenario: Row['scenario'], first: string, m: Awaited<ReturnType<typeof measure>>): Row {
  const { r } = m;
  const row: Row = {
    as,
    scenario,
    example: first.length > 60 ? `${first.slice(0, 57)}…` : first,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    rps: Math.round(r.requests.average),
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    load: [Number(m.loadBefore.toFixed(2)), Number(os.loadavg()[0].toFixed(2))],
    cpuMs: m.cpuMs,
    rssMb: m.rssMb,
    ratio: NaN,
  };
  if (!r.requests.total) Object.assign(row, { p50: NaN, p90: NaN, p99: NaN, max: NaN }); // nothing answered
  process.stdout.write(
    `  ${scenario.padEnd(9)} p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  ${String(row.rps).padStart(5)} req/s  ${String(row.cpuMs).padStart(5)} CPU ms/req  ${row.rssMb} MB${row.non2xx || row.errors ? `  NON-2XX ${row.non2xx} ERRORS ${row.errors}` : ''}\n`,
  );
  return row;
}

/** The ceiling's page, signed in, measured like any scenario. */
async function ceiling(port: number): Promise<Row> {
  const { server, base, cookie } = await signedInCeiling(port);
  try {
    process.stdout.write(`\nceiling: bare Express 5 + helmet + express-session (connect-redis) + EJS, 50 rows\n`);
    if (warmup) await cannon(base, cookie, ['/page'], warmup);
    return rowOf('bare', 'ceiling', '/page', await measure(base, cookie, ['/page'], server.pid));
  } finally {
    server.kill('SIGTERM');
  }
}

async function main() {
  const config = loadConfig();
  const url = opt.url ? new URL(opt.url) : new URL(`http://127.0.0.1:${opt.port}`);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    throw new Error('loopback only: --url must be http://127.0.0.1:PORT or localhost');
  const base = url.origin;
  const people = await prepare(config);
  process.stdout.write(
    `${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ${connections} connections, ${duration} s per scenario after ${warmup} s warm-up\n`,
  );
  const top = await ceiling(Number(url.port) + 1);
  const profile = opt['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(opt['cpu-prof'])}`] : [];
  const server = opt.url ? undefined : await startServer(config, Number(url.port), profile);
  const rows: Row[] = [top];
  try {
    for (const who of people) {
      const { cookie } = await signIn(base, who, password!);
      const pages = await deepPages(base, cookie, 10);
      process.stdout.write(`\n${who.role} ${who.email}: ${who.inScope.toLocaleString('en')} live leads in scope\n`);
      for (const scenario of only) {
        const list = pathsFor(scenario, who, pages);
        if (!list.length) throw new Error(`no URLs for ${scenario}`);
        for (const p of list.slice(0, 3)) {
          const r = await fetch(base + p, { headers: { cookie }, redirect: 'manual' });
          if (r.status !== 200) throw new Error(`${p} answered ${r.status} as ${who.email}`);
        }
        if (warmup) await cannon(base, cookie, list, warmup);
        rows.push(rowOf(who.role, scenario, list[0], await measure(base, cookie, list, server?.pid)));
      }
    }
  } finally {
    if (server) {
      await new Promise((r) => setTimeout(r, 3000)); // let requests still queued from the last run finish first
      server.kill('SIGTERM');
    }
  }
  for (const r of rows) r.ratio = Number((r.rps / top.rps).toFixed(3));
  process.stdout.write(
    `\n| as | scenario | example URL | p50 ms | p99 ms | req/s | ÷ ceiling | CPU ms/req | peak RSS MB | non-2xx | load avg |\n| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `| ${r.as} | ${r.scenario} | \`${r.example}\` | ${r.p50} | ${r.p99} | ${r.rps} | ${(r.ratio * 100).toFixed(1)}% | ${r.cpuMs} | ${r.rssMb} | ${r.non2xx + r.errors} | ${r.load[0]}→${r.load[1]} |\n`,
    );
  if (opt.json)
    fs.writeFileSync(opt.json, JSON.stringify({ at: new Date().toISOString(), connections, duration, rows }, null, 2));
  const bad = rows.filter((r) => r.non2xx || r.errors);
  process.exitCode = bad.length ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
