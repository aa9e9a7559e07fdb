// Load (issue 15): 200 signed-in users at once — 150 staff, 30 compliance officers, 20 admins, each with their own
// session signed in through the real login form (and second factor) — browsing their role's pages and writing
// through the real forms (bench/load-roles.ts) for --seconds, with a think time of 0..--think ms between steps.
// Every response is checked; the run fails (exit 1) on any error or when the web process's peak RSS during the
// load passes --max-rss MB. Reported: requests, requests/s, p50/p99 per kind of page, errors (the first few with
// method, path and status), the web process's CPU ms per request (/proc/PID/stat) and peak RSS (every 200 ms);
// beforehand, in the same run, the ceiling (bench/ceiling-server.ts) at the same concurrency for reference.
//
//   CRM_PASSWORD='…' npm run bench:load [-- --seconds 60]
//
// Defaults to its own data set: DATABASE_URL postgres://…/valley_load, REDIS_URL redis://127.0.0.1:6379/8, VAR_DIR
// var/load, seeded with `npm run crm -- seed:demo --leads 20000` (BENCHMARKS.md, "200 users at once"). The users
// (load.staff001…@valley.local) are made on the first run with CRM_PASSWORD and kept; leads created are kept too.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/platform/config';
import { cpuMsOf, rssMbOf, signIn, signedInCeiling, startServer } from './lib/web';
import { csrfOf, quantile } from './load-forms';
import { nextAction, Session, type Hit } from './load-roles';
import { inPool, prepareLoad, type Fixture } from './load-users';

// Read by loadConfig() in main(), after these defaults.
process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_load';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/8';
process.env.VAR_DIR ??= 'var/load';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    staff: { type: 'string', default: '150' },
    compliance: { type: 'string', default: '30' },
    admin: { type: 'string', default: '20' },
    think: { type: 'string', default: '200' },
    port: { type: 'string', default: '3951' },
    'ceiling-seconds': { type: 'string', default: '5' },
    'sign-in-concurrency': { type: 'string', default: '4' },
    'max-rss': { type: 'string', default: '250' },
    json: { type: 'string' },
  },
});
const seconds = Number(opt.seconds);
const think = Number(opt.think);
const counts = { staff: Number(opt.staff), compliance: Number(opt.compliance), admin: Number(opt.admin) };
const users = counts.staff + counts.compliance + counts.admin;
const ceilingSeconds = Number(opt['ceiling-seconds']);
const signInConcurrency = Number(opt['sign-in-concurrency']);
const maxRss = Number(opt['max-rss']);
if (!(seconds > 0 && seconds <= 600 && think >= 0 && users > 0 && users <= 1000 && ceilingSeconds >= 0))
  throw new Error('--seconds 1..600, --think ≥ 0 ms, 1..1000 users in all, --ceiling-seconds ≥ 0');

const password = process.env.CRM_PASSWORD;
if (!password) {
  process.stderr.write("Set CRM_PASSWORD to the demo users' password (the one given to seed:demo).\n");
  process.exit(2);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const thinkTime = () => sleep(Math.random() * think);

/** Samples a process's RSS every 200 ms; `peak()` is the highest so far. */
function rssSampler(pid: number) {
  let peak = rssMbOf(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMbOf(pid));
    } catch {
      // the process has ended
    }
  }, 200);
  return { peak: () => Math.round(peak), stop: () => clearInterval(timer) };
}

/** The ceiling's page with as many connections as there are users, for a reference figure. */
async function ceiling(port: number) {
  const { server, base, cookie } = await signedInCeiling(port);
  try {
    const run = (duration: number) =>
      autocannon({ url: `${base}/page`, connections: users, duration, headers: { cookie } });
    await run(1);
    const rss = rssSampler(server.pid!);
    const cpu0 = cpuMsOf(server.pid!);
    const r = await run(ceilingSeconds);
    rss.stop();
    return {
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
      cpuMs: Number(((cpuMsOf(server.pid!) - cpu0) / r.requests.total).toFixed(2)),
      rssMb: rss.peak(),
      errors: r.errors + r.timeouts + r.non2xx,
    };
  } finally {
    server.kill('SIGTERM');
  }
}

/** Every user at once: an action of their role, a think, again, until the time is up. */
async function load(sessions: Session[]) {
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (s) => {
      await sleep(Math.random() * think); // not all in the same millisecond
      while (Date.now() < end) {
        await nextAction(s.user.role)(s);
        await s.think();
      }
    }),
  );
}

function report(hits: Hit[], elapsedS: number) {
  const kinds = new Map<string, Hit[]>();
  for (const h of hits) if (h.ms > 0) kinds.set(h.kind, [...(kinds.get(h.kind) ?? []), h]);
  const lines = [
    '| kind | requests | p50 ms | p99 ms | max ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [kind, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
    const ms = list.map((h) => h.ms).sort((a, b) => a - b);
    const errors = list.filter((h) => !h.ok).length;
    lines.push(
      `| ${kind} | ${list.length} | ${Math.round(quantile(ms, 0.5))} | ${Math.round(quantile(ms, 0.99))} | ${Math.round(ms[ms.length - 1])} | ${errors} |`,
    );
  }
  const all = hits
    .filter((h) => h.ms > 0)
    .map((h) => h.ms)
    .sort((a, b) => a - b);
  lines.push(
    `| **all** | ${all.length} | ${Math.round(quantile(all, 0.5))} | ${Math.round(quantile(all, 0.99))} | ${Math.round(all[all.length - 1] ?? NaN)} | ${hits.filter((h) => !h.ok).length} |`,
  );
  process.stdout.write(
    `\n${lines.join('\n')}\n(${(all.length / elapsedS).toFixed(0)} req/s over ${elapsedS.toFixed(1)} s)\n`,
  );
}

async function signInAll(base: string, fx: Fixture, record: (h: Hit) => void) {
  const t0 = Date.now();
  const sessions = await inPool(fx.users, signInConcurrency, async (u) => {
    const b = await signIn(base, u, password!);
    return new Session(b, u, fx, record, thinkTime);
  });
  process.stdout.write(
    `${sessions.length} users signed in (${signInConcurrency} at a time) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  return sessions;
}

/** Signs every session out (through the header's form), so that runs do not pile up sessions. */
async function signOutAll(sessions: Session[]) {
  const failed: string[] = [];
  await inPool(sessions, 8, async (s) => {
    const page = await s.b.request('/notifications');
    const res = await s.b.request('/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(page.text) ?? '' }).toString(),
    });
    if (res.status !== 302 && res.status !== 303) failed.push(`${s.user.email}: POST /logout ${res.status}`);
  });
  return failed;
}

/** The timed part on `pid`'s server: the hits, and the server's CPU and RSS over it. */
async function measured(pid: number, sessions: Session[], hits: Hit[]) {
  hits.length = 0; // the sign-ins are not part of the load
  const rss = rssSampler(pid);
  const rssAtStart = Math.round(rssMbOf(pid));
  const cpu0 = cpuMsOf(pid);
  const load0 = os.loadavg()[0];
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  await load(sessions);
  const elapsedS = (performance.now() - t0) / 1000;
  const cpuMs = cpuMsOf(pid) - cpu0;
  const client = process.cpuUsage(client0);
  rss.stop();
  const requests = hits.filter((h) => h.ms > 0).length;
  return {
    elapsedS,
    requests,
    rps: Math.round(requests / elapsedS),
    errors: hits.filter((h) => !h.ok).length,
    duplicateWarnings: hits.filter((h) => h.ms === 0).length,
    webCpuMsPerReq: Number((cpuMs / requests).toFixed(2)),
    webCpuCores: Number((cpuMs / 1000 / elapsedS).toFixed(2)),
    clientCpuCores: Number(((client.user + client.system) / 1e6 / elapsedS).toFixed(2)),
    rssAtStart,
    rssPeak: rss.peak(),
    load: [Number(load0.toFixed(2)), Number(os.loadavg()[0].toFixed(2))],
  };
}

async function main() {
  const config = loadConfig();
  const port = Number(opt.port);
  const base = `http://127.0.0.1:${port}`;
  process.stdout.write(
    `${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ${users} users (${counts.staff} staff, ${counts.compliance} compliance, ${counts.admin} admin), ${seconds} s, think 0..${think} ms\n`,
  );
  const fx = await prepareLoad(config, counts, password!, signInConcurrency);
  const top = ceilingSeconds ? await ceiling(port + 1) : undefined;
  if (top)
    process.stdout.write(
      `ceiling at ${users} connections: ${top.rps} req/s, p50 ${top.p50} ms, p99 ${top.p99} ms, ${top.cpuMs} CPU ms/req, ${top.rssMb} MB, ${top.errors} errors\n`,
    );
  const server = await startServer(config, port);
  const pid = server.pid!;
  const rssAtReady = Math.round(rssMbOf(pid));
  const hits: Hit[] = [];
  try {
    const signInRss = rssSampler(pid);
    const sessions = await signInAll(base, fx, (h) => void hits.push(h));
    signInRss.stop();
    const m = await measured(pid, sessions, hits);
    const failedOut = await signOutAll(sessions);
    report(hits, m.elapsedS);
    const errors = hits.filter((h) => !h.ok);
    process.stdout.write(
      `\n${m.requests} requests, ${m.rps} req/s, ${m.errors} errors (${m.duplicateWarnings} possible-duplicate warnings answered "Save anyway"); web process ${m.webCpuMsPerReq} CPU ms/req (${m.webCpuCores} cores), load generator ${m.clientCpuCores} cores\n` +
        `web RSS: ${rssAtReady} MB when ready, ${m.rssAtStart} MB when the load began, peak ${m.rssPeak} MB during it (limit ${maxRss}); peak while signing in ${signInRss.peak()} MB; load avg ${m.load[0]}→${m.load[1]}\n`,
    );
    for (const e of errors.slice(0, 10))
      process.stdout.write(`  ERROR ${e.method} ${e.path} → ${e.status} ${e.note ?? ''}\n`);
    if (errors.length > 10) process.stdout.write(`  … and ${errors.length - 10} more\n`);
    if (failedOut.length) process.stdout.write(`signing out failed for ${failedOut.length}: ${failedOut[0]}\n`);
    const summary = { at: new Date().toISOString(), users: counts, seconds, think, ...m, rssAtReady, ceiling: top };
    const rssMb = { ready: rssAtReady, signIn: signInRss.peak(), atStart: m.rssAtStart, peak: m.rssPeak, max: maxRss };
    if (opt.json)
      fs.writeFileSync(opt.json, JSON.stringify({ ...summary, rssMb, errorList: errors.slice(0, 100) }, null, 2));
    process.exitCode = m.errors || m.rssPeak > maxRss ? 1 : 0;
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
