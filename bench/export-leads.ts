// An export of the lead list at 1,000,000 leads (issue 14: constant memory): the bench data set of bench/export.ts
// (demo seeder, every lead given to one staff user and their team) brought to --leads, then an export of the whole
// list (no filter, newest first, the scope of that staff user: all of them) built exactly as the worker builds it
// (ExportService.build: one repeatable-read snapshot, the count, the leads feature's cursor with the list's filter
// and scope, decrypted, through the portal's CSV writer or the JSON array writer into one file), timed, with the
// process's peak RSS sampled every 50 ms. Beside it, in the same run, the references: the same rows by the raw
// cursor alone, and the same rows through a bare csv-stringify into a file (no mapping, no decryption).
//
//   DATABASE_URL=…/valley_bench_export REDIS_URL=redis://127.0.0.1:6379/8 VAR_DIR=/work/bench-var \
//     npm run bench:export-leads -- [--leads 1000000] [--format csv|json] [--runs 1]
//   (node --max-old-space-size=96 --import tsx bench/export-leads.ts … to show the memory does not grow)
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify';
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench_export';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/8';
process.env.VAR_DIR ??= 'var/bench-export';

const { values: opt } = parseArgs({
  options: {
    leads: { type: 'string', default: '1000000' },
    format: { type: 'string', default: 'csv' },
    runs: { type: 'string', default: '1' },
  },
});
const LEADS = Number(opt.leads);
const RUNS = Number(opt.runs);
const EXPORTER = 'demo.staff1@valley.local';
type S = ReturnType<typeof services>;

/** Seeds the leads up to LEADS (the demo seeder) and gives every one of them to the exporter and their team. */
async function ensureLeads(s: S) {
  const db = s.platform.db;
  const have = Number((await db('leads').count<{ n: string }[]>({ n: '*' }))[0].n);
  if (have < LEADS) {
    const t0 = Date.now();
    const r = await s.demo.seed(LEADS - have, process.env.CRM_PASSWORD ?? 'bench export password 1', { userId: null });
    console.log(`seeded ${r.leads} leads (${r.path}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const user = await s.users.findByEmail(EXPORTER);
  if (!user) throw new Error(`no ${EXPORTER}`);
  await db('leads').whereNot('owner_id', user.id).update({ owner_id: user.id, team_id: user.teamId });
  return user;
}

/** Runs `fn`, sampling the process's RSS; its time and the peak. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number; startMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  try {
    const value = await fn();
    return {
      value,
      ms: performance.now() - t0,
      peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
      startMb: start / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

async function exportRun(s: S, userId: number) {
  const db = s.platform.db;
  const dir = path.join(s.config.varDir, 'exports');
  for (const old of await db('data_exports').where({ created_by: userId }).whereNotNull('file_path'))
    fs.rmSync(path.join(dir, String(old.file_path)), { force: true });
  await db('data_exports').where({ created_by: userId }).del();
  const e = await s.dataExports.requestLeads({ id: userId }, {}, opt.format, { userId });
  await s.platform.jobs.queue('exports').remove(`export-${e.id}`); // built here, not by a worker
  const run = await measured(() => s.dataExports.build(e.id));
  const row = await db('data_exports').where({ id: e.id }).first();
  return { ...run, rows: Number(row.rows_total), bytes: Number(row.file_bytes) };
}

/** The raw cursor over the same rows in the list's order, and the same rows through a bare csv-stringify. */
async function references(s: S, user: { id: number; teamId: number | null }) {
  const db = s.platform.db;
  const query = () =>
    db('leads')
      .whereNull('merged_into_id')
      .where((w) => void w.where('owner_id', user.id).orWhere('team_id', user.teamId ?? -1))
      .select('*')
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
  const cursor = await measured(async () => {
    let n = 0;
    for await (const _ of query().stream({ batchSize: 2000 })) n++;
    return n;
  });
  const target = path.join(s.config.varDir, 'bench-reference.csv');
  const csv = await measured(async () => {
    await pipeline(
      Readable.from(query().stream({ batchSize: 2000 })),
      stringify({ header: true }),
      fs.createWriteStream(target),
    );
    return fs.statSync(target).size;
  });
  fs.rmSync(target, { force: true });
  return { cursor, csv };
}

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
const mib = (b: number) => (b / 2 ** 20).toFixed(1);

async function main() {
  const s = services(loadConfig(process.env));
  try {
    const user = await ensureLeads(s);
    for (let run = 1; run <= RUNS; run++) {
      const r = await exportRun(s, user.id);
      console.log(
        `run ${run}: export of the list, ${r.rows.toLocaleString('en')} leads as ${opt.format} in ${(r.ms / 1000).toFixed(1)} s: ` +
          `${rate(r.rows, r.ms)} rows/s, file ${mib(r.bytes)} MiB, peak RSS ${r.peakMb.toFixed(0)} MiB (${r.startMb.toFixed(0)} MiB before)`,
      );
      const ref = await references(s, user);
      console.log(
        `        reference: raw cursor ${ref.cursor.value.toLocaleString('en')} rows in ${(ref.cursor.ms / 1000).toFixed(1)} s ` +
          `(${rate(ref.cursor.value, ref.cursor.ms)} rows/s, peak RSS ${ref.cursor.peakMb.toFixed(0)} MiB); bare csv-stringify to a file ` +
          `${(ref.csv.ms / 1000).toFixed(1)} s (${rate(ref.cursor.value, ref.csv.ms)} rows/s, ${mib(ref.csv.value)} MiB, peak RSS ${ref.csv.peakMb.toFixed(0)} MiB)`,
      );
    }
  } finally {
    await s.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
