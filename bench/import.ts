// A lead import of 100,000 rows (issue 14: ≤ 60 s, constant memory): a CSV of distinct people (valid e-mail and
// phone, every 20th row without a lawful basis) written to the imports folder, read once as an upload is
// (ImportService.upload: encoding, delimiter, row count), mapped, and run exactly as the worker runs it
// (ImportRunner.run: batches of IMPORT_BATCH_ROWS in one transaction each, with the import's progress), timed, with
// the process's peak RSS and heap sampled every 50 ms. Beside it, in the same run, the reference: csv-parse alone
// reading the same file.
//
//   bash -c 'source scripts/lib.sh && ensure_postgres valley_bench_import derive --recreate && ensure_redis && \
//     npm run crm migrate && npm run bench:import -- [--rows 100000]'
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';
import { importDir } from '../src/features/imports';

process.env.VAR_DIR ??= 'var/bench-import';
const { values: opt } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const ROWS = Number(opt.rows);
const IMPORTER = 'bench.importer@valley.local';

/** A random lower-case word: names and companies as different as real ones (no chance duplicates by name). */
const word = () => Array.from(crypto.randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('');

function writeFile(file: string) {
  const out = fs.openSync(file, 'w');
  const day = new Date().toISOString().slice(0, 10);
  let chunk = 'First name,Last name,Company,Email,Phone,Tags,Lawful basis,Notes\r\n';
  const run = crypto.randomBytes(3).toString('hex');
  for (let i = 0; i < ROWS; i++) {
    const basis = i % 20 === 19 ? '' : 'legitimate_interest';
    const phone = `020 7${String(i).padStart(7, '0').slice(0, 3)} ${String(i).padStart(7, '0').slice(3)}`;
    const [first, last, company] = [word(), word(), word()];
    chunk += `${first},${last},${company} Ltd,p${i}.${run}@example.test,${phone},bench,${basis},Row ${i} ${day}\r\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

async function measured<T>(fn: () => Promise<T>) {
  const start = process.memoryUsage();
  let rss = start.rss;
  let heap = start.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 50);
  const t0 = performance.now();
  try {
    const value = await fn();
    return {
      value,
      ms: performance.now() - t0,
      rssMb: rss / 2 ** 20,
      heapMb: heap / 2 ** 20,
      startRssMb: start.rss / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

async function importer(s: ReturnType<typeof services>) {
  const db = s.platform.db;
  const found = await db('users').where({ email: IMPORTER }).first();
  if (found) return { id: Number(found.id), teamId: found.team_id };
  const [u] = await db('users')
    .insert({
      email: IMPORTER,
      name: 'Bench importer',
      role: 'staff',
      status: 'active',
      password_changed_at: new Date(),
    })
    .returning(['id', 'team_id']);
  return { id: Number(u.id), teamId: u.team_id };
}

const report = (what: string, m: { ms: number; rssMb: number; heapMb: number; startRssMb: number }) =>
  console.log(
    `${what.padEnd(34)} ${(m.ms / 1000).toFixed(1).padStart(6)} s  ${Math.round(ROWS / (m.ms / 1000))
      .toLocaleString('en')
      .padStart(
        8,
      )} rows/s  peak RSS ${m.rssMb.toFixed(0)} MB (from ${m.startRssMb.toFixed(0)})  peak heap ${m.heapMb.toFixed(0)} MB`,
  );

async function main() {
  const s = services(loadConfig(process.env));
  try {
    const user = await importer(s);
    const dir = importDir(s.config.varDir);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, crypto.randomUUID());
    writeFile(file);
    const bytes = fs.statSync(file).size;
    console.log(
      `${ROWS.toLocaleString('en')} rows, ${(bytes / 2 ** 20).toFixed(1)} MB, batches of ${s.config.IMPORT_BATCH_ROWS}`,
    );
    const ref = await measured(async () => {
      let n = 0;
      for await (const _ of fs.createReadStream(file).pipe(parse({ relax_column_count: true }))) n++;
      return n;
    });
    report('reference: csv-parse alone', ref);
    const actor = { userId: user.id };
    const up = await measured(() =>
      s.imports.upload(user, { path: file, originalName: 'bench.csv', size: bytes }, actor),
    );
    report('upload (read once, counted)', up);
    const id = up.value.id;
    const today = new Date().toISOString().slice(0, 10);
    await s.imports.start(
      user,
      id,
      {
        ...Object.fromEntries(
          ['firstName', 'lastName', 'company', 'email', 'phone', 'tags', 'lawfulBasis', 'notes'].map((k, i) => [
            `col_${k}`,
            String(i),
          ]),
        ),
        val_basisMethod: 'bench',
        val_basisSource: 'bench file',
        val_basisObtainedAt: today,
        val_basisWording: 'bench',
        duplicates: 'skip',
      },
      actor,
    );
    await s.platform.jobs.queue('imports').remove(`import-${id}`); // run here, not by a worker
    const run = await measured(() => s.importRunner.run(id));
    report('import (ImportRunner.run)', run);
    const row = await s.platform.db('imports').where({ id }).first();
    console.log(`state ${row.state}, counts ${JSON.stringify(row.counts)}`);
  } finally {
    await s.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
