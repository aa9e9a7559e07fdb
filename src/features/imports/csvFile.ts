// Reading an uploaded CSV: its encoding (a byte-order mark, else valid UTF-8, else chardet's guess, Windows-1252
// when it has none), its delimiter (comma, semicolon or tab: the one splitting the first lines most evenly), and
// its records streamed through iconv-lite and csv-parse, in constant memory. `analyze` reads the whole file once
// at upload, so a file the import could not finish (binary, empty, only a header, a row too large, a quote never
// closed, too many columns) is refused then with a clear message, before anything is written.
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import chardet from 'chardet';
import { parse } from 'csv-parse';
import { fileTypeFromBuffer } from 'file-type';
import iconv from 'iconv-lite';
import { ValidationError } from '../../platform/errors';
import { MAX_COLUMNS, MAX_RECORD_CHARS } from './model';

const SAMPLE = 64 * 1024;
const DELIMITERS = [',', ';', '\t'];

async function head(file: string): Promise<Buffer> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE);
    const { bytesRead } = await fd.read(buf, 0, SAMPLE, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fd.close();
  }
}

const refuse = (message: string) => new ValidationError({ file: message });

/** The encoding of the sample, as iconv-lite names it; refuses binary files. */
export async function detectEncoding(sample: Buffer): Promise<string> {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const guess = chardet.detect(sample);
  if (guess === 'UTF-16LE' || guess === 'UTF-16BE') return guess.toLowerCase();
  const kind = await fileTypeFromBuffer(sample).catch(() => undefined);
  if (kind || sample.includes(0))
    throw refuse('This is not a CSV file (it looks like a binary file). Save it as CSV and try again.');
  // a cut multi-byte character at the sample's end is not a reason to think it is not UTF-8
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 4)));
    return 'utf-8';
  } catch {
    // ISO-8859-1 is read as Windows-1252, its superset (as browsers do)
    const known = guess && iconv.encodingExists(guess) && /^(windows-125\d|ISO-8859-([2-9]|1\d))$/i.test(guess);
    return known ? guess.toLowerCase() : 'windows-1252';
  }
}

/** The delimiter splitting the first lines most evenly (outside quotes), comma when none does. */
export function sniffDelimiter(text: string): string {
  const lines = text
    .replace(/"[^"]*"/g, '""')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 10);
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length - 1);
    if (!counts.length || counts[0] === 0) continue;
    const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
    const score = consistent * counts[0];
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** The file's records (arrays of cells), the header first, decoded and parsed as they stream. */
export function records(file: string, encoding: string, delimiter: string): AsyncIterable<string[]> {
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  // pipeline: a reader that stops early (a preview, a refusal) destroys the parser, and with it the file's stream;
  // an error anywhere reaches the parser, so the reader's loop throws it (the callback has nothing left to do)
  return pipeline(fs.createReadStream(file), iconv.decodeStream(encoding, { stripBOM: true }), parser, () => {});
}

/** Why csv-parse stopped, said for a person. */
function parseMessage(err: unknown, rows: number): string {
  const code = (err as { code?: string }).code;
  const at = `near row ${rows + 1}`;
  if (code === 'CSV_MAX_RECORD_SIZE')
    return `A row ${at} is larger than ${MAX_RECORD_CHARS / 1_000_000} million characters (a cell far too large). Fix the file and try again.`;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return `A quote opened ${at} is never closed. Fix the file and try again.`;
  return `The file cannot be read as CSV ${at}. Check it is saved as CSV and try again.`;
}

export interface Analysis {
  encoding: string;
  delimiter: string;
  headers: string[];
  totalRows: number;
  preview: string[][];
}

/** One full read of the file: its encoding, delimiter, header and row count; refused with a clear message. */
export async function analyze(file: string, previewRows: number): Promise<Analysis> {
  const sample = await head(file);
  if (!sample.length) throw refuse('The file is empty.');
  const encoding = await detectEncoding(sample);
  const delimiter = sniffDelimiter(iconv.decode(sample, encoding));
  let headers: string[] | undefined;
  let totalRows = 0;
  const preview: string[][] = [];
  try {
    for await (const rec of records(file, encoding, delimiter)) {
      if (!headers) {
        headers = rec.map((h) => h.trim());
        if (headers.length > MAX_COLUMNS)
          throw refuse(`The file has ${headers.length} columns; at most ${MAX_COLUMNS} can be imported.`);
        continue;
      }
      totalRows++;
      if (preview.length < previewRows) preview.push(rec.map((c) => c.slice(0, 200)));
    }
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw refuse(parseMessage(err, totalRows));
  }
  if (!headers || headers.every((h) => !h)) throw refuse('The file is empty.');
  if (!totalRows) throw refuse('The file has only a header row: there are no leads in it.');
  return { encoding, delimiter, headers, totalRows, preview };
}
