// The ZIP of one user's export, built in one pass per file from cursors (constant memory): each CSV through the
// portal's one CSV writer (formulas neutralized), leads and campaigns also as JSON arrays written a row at a time,
// then manifest.json and README.txt with the counts. Written to `<target>.part` (mode 0600) and renamed to
// `target` only once complete, so a killed worker never leaves a file that looks finished.
import fs from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { ZipArchive } from 'archiver';
import { csvWriter } from '../../platform/csv';
import type { ExportCounts } from './model';
import {
  CAMPAIGN_COLUMNS,
  CONSENT_COLUMNS,
  HISTORY_COLUMNS,
  LEAD_COLUMNS,
  campaignJson,
  campaignRow,
  consentRow,
  historyRow,
  leadJson,
  leadRow,
  readme,
  rowsTotal,
  type ExportSources,
} from './contents';

/** How often (in rows) the build reports progress. */
const PROGRESS_EVERY = 5_000;

export interface BuildInput {
  target: string;
  userId: number;
  owner: { id: number; name: string; email: string };
  exportedAt: Date;
  counts: ExportCounts;
  sources: ExportSources;
  /** Rows written so far (over every file); false stops the build (another run took the export). */
  onProgress(rowsDone: number): Promise<boolean>;
}

export class BuildSuperseded extends Error {}

/** Rows from `rows`, mapped, counted into `tally`, reporting progress every PROGRESS_EVERY rows. */
async function* counted<T, U>(rows: AsyncIterable<T>, map: (r: T) => U, tally: Tally): AsyncGenerator<U> {
  for await (const r of rows) {
    yield map(r);
    if (++tally.done % PROGRESS_EVERY === 0 && !(await tally.report(tally.done))) throw new BuildSuperseded();
  }
}
interface Tally {
  done: number;
  report(n: number): Promise<boolean>;
}

/** Output is handed to the ZIP in pieces of about this size: each piece is one deflate call (off the main thread). */
const CHUNK = 256 * 1024;

/** Joins small chunks (a CSV line, a JSON element) into pieces of about CHUNK characters. */
export class Chunker extends Transform {
  private parts: string[] = [];
  private size = 0;
  constructor() {
    super({ decodeStrings: false, encoding: 'utf8' });
  }
  override _transform(chunk: string | Buffer, _enc: BufferEncoding, done: TransformCallback) {
    const s = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flushParts();
    done();
  }
  override _flush(done: TransformCallback) {
    this.flushParts();
    done();
  }
  private flushParts() {
    if (this.size) this.push(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** A JSON array written one element at a time, in pieces of about CHUNK characters. */
export async function* jsonArray(items: AsyncIterable<unknown>): AsyncGenerator<string> {
  let piece = '[';
  let first = true;
  for await (const item of items) {
    piece += `${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
    if (piece.length >= CHUNK) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n]\n`;
}

/** Rows as CSV in pieces; an error anywhere (the cursor, a superseded run) ends the last stream with it. */
export function csvOf(rows: AsyncIterable<Record<string, unknown>>, columns: string[]): Readable {
  const source = Readable.from(rows);
  const csv = csvWriter(columns);
  const out = new Chunker();
  for (const s of [source, csv]) s.on('error', (err) => out.destroy(err));
  return source.pipe(csv).pipe(out);
}

/** Builds the ZIP at `input.target`; returns its size in bytes. */
export async function buildZip(input: BuildInput): Promise<number> {
  const { sources, userId, exportedAt } = input;
  const part = `${input.target}.part`;
  const out = fs.createWriteStream(part, { mode: 0o600 });
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const failed = new Promise<never>((_, reject) => {
    zip.on('error', reject);
    zip.on('warning', reject);
    out.on('error', reject);
  });
  failed.catch(() => undefined);
  const written = new Promise<void>((resolve) => out.on('close', resolve));
  zip.pipe(out);
  const tally: Tally = { done: 0, report: (n) => input.onProgress(n) };
  /** Appends one entry and waits until the archive has taken all of it (entries are read one after another). */
  const add = async (name: string, source: Readable | string) => {
    const taken = new Promise<void>((resolve) => {
      const on = (e: { name: string }) => {
        if (e.name !== name) return;
        zip.off('entry', on);
        resolve();
      };
      zip.on('entry', on);
    });
    if (typeof source !== 'string') source.on('error', (err) => zip.emit('error', err));
    zip.append(source, { name, date: exportedAt });
    await Promise.race([taken, failed]);
  };
  try {
    await add('leads.csv', csvOf(counted(sources.leads(userId), leadRow, tally), LEAD_COLUMNS));
    await add('leads.json', Readable.from(jsonArray(counted(sources.leads(userId), leadJson, tally))));
    await add('consents.csv', csvOf(counted(sources.consents(userId), consentRow, tally), CONSENT_COLUMNS));
    await add('history.csv', csvOf(counted(sources.history(userId), historyRow, tally), HISTORY_COLUMNS));
    await add('campaigns.csv', csvOf(counted(sources.campaigns(userId), campaignRow, tally), CAMPAIGN_COLUMNS));
    await add('campaigns.json', Readable.from(jsonArray(counted(sources.campaigns(userId), campaignJson, tally))));
    // the accounting check: every row counted in the snapshot was written, and no other
    if (tally.done !== rowsTotal(input.counts))
      throw new Error(`export wrote ${tally.done} rows, expected ${rowsTotal(input.counts)}`);
    const manifest = { exportedAt: exportedAt.toISOString(), owner: input.owner, counts: input.counts };
    await add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    await add('README.txt', readme(input.owner.name, exportedAt, input.counts));
    await Promise.race([zip.finalize(), failed]);
    await Promise.race([written, failed]);
    await fs.promises.rename(part, input.target);
    return zip.pointer();
  } catch (err) {
    zip.abort();
    out.destroy();
    await fs.promises.rm(part, { force: true });
    throw err;
  }
}
