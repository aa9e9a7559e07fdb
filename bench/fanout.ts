// The fan-out of one maintenance notice (--kind notice) or one terms version (--kind terms: published as an
// admin would, then its broadcast) to 100,000 users: every user's e-mail written to the outbox (one insert per
// batch, with its delivery row or in-app notification) and enqueued for delivery (one addBulk per batch), timed from the
// first batch to the last job in Redis, with the process's heap sampled throughout (constant memory: a batch
// at a time, never the audience). Beside it, in the same run, the reference: the same number of outbox rows
// written by one bare INSERT … SELECT, and the same number of delivery jobs (one per 100 messages) added with
// one addBulk: the floor of the same writes, without reading the audience, composing or the delivery rows.
//
//   npm run bench:fanout -- [--users 100000] [--runs 3] [--kind notice|terms]
//
// Defaults: valley_bench (DATABASE_URL), Redis index 9 (REDIS_URL). The bench users (bench.fanout.N@…) are
// made once and kept; each run's window, notices, outbox rows and jobs are removed after it.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';
import { DEFAULT_BATCH } from '../src/features/status/notices';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';

const { values: opt } = parseArgs({
  options: {
    users: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    kind: { type: 'string', default: 'notice' },
  },
});
const USERS = Number(opt.users);
const HOUR = 3_600_000;

type S = ReturnType<typeof services>;

async function ensureUsers(s: S): Promise<void> {
  const have = Number(
    (await s.platform.db('users').where('email', 'like', 'bench.fanout.%').count<{ n: string }[]>('* as n'))[0].n,
  );
  if (have >= USERS) return;
  await s.platform.db.raw(
    `insert into users (email, name, role, status, password_changed_at)
     select 'bench.fanout.' || g || '@example.test', 'Bench user ' || g, 'staff', 'active', now()
     from generate_series(?::int, ?::int) g`,
    [have + 1, USERS],
  );
}

/** Heap in use, sampled every 20 ms while `fn` runs: the peak above the start, and what is still held after a
 * full collection at the end (what the run retained), in MB. */
async function withHeap<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number; keptMb: number }> {
  global.gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const t = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  clearInterval(timer);
  global.gc?.();
  return { value, ms, peakMb: (peak - start) / 1e6, keptMb: (process.memoryUsage().heapUsed - start) / 1e6 };
}

async function cleanUp(s: S, windowId?: number): Promise<void> {
  await s.platform.jobs.mail.obliterate({ force: true });
  await s.platform.db('outbox').where('kind', 'like', 'status.%').orWhere('kind', 'bench.reference').del();
  await s.platform.db('outbox').where('kind', 'notice.terms').del();
  if (windowId === undefined) return;
  const notices = s.platform.db('status_notices').where({ window_id: windowId }).select('id');
  await s.platform.db('status_deliveries').whereIn('notice_id', notices).del();
  await s.platform.db('status_notices').where({ window_id: windowId }).del();
  await s.platform.db('maintenance_windows').where({ id: windowId }).del();
}

const activeUsers = async (s: S) =>
  Number((await s.platform.db('users').where({ status: 'active' }).count<{ n: string }[]>('* as n'))[0].n);
const queuedNow = async (s: S) =>
  Object.values(await s.platform.jobs.mail.getJobCounts('waiting', 'delayed', 'prioritized')).reduce(
    (a, b) => a + b,
    0,
  );

/** Publishes a terms version (as an admin would) and times its broadcast to every active user. */
async function termsRun(s: S, run: number) {
  const current = (await s.policies.current('terms'))!;
  const body = `${current.body.replace(/\n\nBench run \d+\.$/, '')}\n\nBench run ${run}.`;
  const draft = await s.policyEditor.draft(
    { kind: 'terms', body, summary: `Bench run ${run}.`, material: true, effectiveAt: null },
    { userId: null },
  );
  const active = await activeUsers(s);
  const expected = Math.ceil(active / 100);
  const r = await withHeap(async () => {
    const v = await s.policyEditor.publish(draft, { userId: null });
    const written = await s.broadcasts.fanOut(v.broadcastId!);
    while ((await queuedNow(s)) < expected) await new Promise((done) => setTimeout(done, 5));
    return { written, v };
  });
  const queued = await queuedNow(s);
  await s.platform.jobs.mail.obliterate({ force: true });
  await s.platform.jobs.queue('notices').obliterate({ force: true });
  await s.platform.db('notifications').where({ broadcast_id: r.value.v.broadcastId }).del();
  await s.platform
    .db('policy_versions')
    .where({ id: r.value.v.id })
    .update({ state: 'withdrawn', withdrawn_at: new Date() });
  s.policies.invalidate();
  await cleanUp(s);
  return { written: r.value.written, active, queued, ms: r.ms, peakMb: r.peakMb, keptMb: r.keptMb };
}

/** One fan-out of a window's start notice to every active user. */
async function fanOutRun(s: S, run: number) {
  // a month off (its reminders not due); its start notice is made due now
  const startsAt = new Date(Date.now() + 30 * 24 * HOUR + run * HOUR);
  const w = await s.maintenance.schedule(
    { startsAt, endsAt: new Date(startsAt.getTime() + HOUR), impact: 'read_only', roles: null, message: 'Bench.' },
    { userId: null },
  );
  const start = (await s.maintenance.get(w.id)).notices.find((n) => n.kind === 'start')!;
  await s.platform.db('status_notices').where({ id: start.id }).update({ due_at: new Date() });
  const active = await activeUsers(s);
  const expected = Math.ceil(active / 100);
  // timed until the last batch's jobs are in Redis (each batch enqueues after its commit, without waiting)
  const r = await withHeap(async () => {
    const written = await s.noticeFanout.fanOut(start.id);
    while ((await queuedNow(s)) < expected) await new Promise((done) => setTimeout(done, 5));
    return written;
  });
  const queued = await queuedNow(s);
  await s.platform.db('notifications').where({ kind: 'maintenance' }).del();
  await cleanUp(s, w.id);
  return { written: r.value, active, queued, ms: r.ms, peakMb: r.peakMb, keptMb: r.keptMb };
}

/** The floor: as many bare outbox rows in one statement, and as many delivery jobs (one per 100 rows). */
async function referenceRun(s: S, n: number) {
  const r = await withHeap(async () => {
    await s.platform.db.raw(
      `insert into outbox (kind, to_address, subject, text_body)
       select 'bench.reference', 'bench.fanout.' || g || '@example.test', 'Reference', 'Reference body' from generate_series(1, ?::int) g`,
      [n],
    );
    const jobs = Array.from({ length: Math.ceil(n / 100) }, (_, k) => ({ data: { k }, jobId: `ref-${k}` }));
    await s.platform.jobs.addBulk('mail', 'bench-reference', jobs);
  });
  await cleanUp(s);
  return { ms: r.ms, peakMb: r.peakMb };
}

async function main() {
  const s = services(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  try {
    await ensureUsers(s);
    await cleanUp(s);
    console.log(
      `fan-out of one ${opt.kind === 'terms' ? 'terms version' : 'notice'}, ${USERS.toLocaleString('en')} bench users (+ any others active), batch ${s.config.NOTICE_BATCH ?? DEFAULT_BATCH}`,
    );
    for (let run = 1; run <= Number(opt.runs); run++) {
      const f = opt.kind === 'terms' ? await termsRun(s, run) : await fanOutRun(s, run);
      const ref = await referenceRun(s, f.written);
      console.log(
        `run ${run}: fan-out ${f.written.toLocaleString('en')} written and ${f.queued.toLocaleString('en')} queued in ${(f.ms / 1000).toFixed(2)} s ` +
          `(${Math.round(f.written / (f.ms / 1000)).toLocaleString('en')}/s), heap peak +${f.peakMb.toFixed(1)} MB, kept +${f.keptMb.toFixed(1)} MB · ` +
          `reference (bare insert + addBulk) ${(ref.ms / 1000).toFixed(2)} s, heap peak +${ref.peakMb.toFixed(1)} MB`,
      );
    }
  } finally {
    await s.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
