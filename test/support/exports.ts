// Helpers for the export suites: a ZIP read back with yauzl (every entry's text by name), its CSV files parsed.
import { parse } from 'csv-parse/sync';
import type { Response } from 'superagent';
import yauzl from 'yauzl';

/** Every entry of a ZIP (held in memory: test files are small), by name, as UTF-8 text. */
export function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const files = new Map<string, string>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** A CSV file with a header row, as records by column name. */
export const csvRows = (text: string): Record<string, string>[] =>
  parse<Record<string, string>>(text, { columns: true });

/** A supertest parser collecting a binary body (a download) as a Buffer. */
export function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
