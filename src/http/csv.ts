// A CSV download streamed from rows (a database cursor or a generator), in constant memory.
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { csvWriter } from '../platform/csv';

export async function sendCsv(
  req: Request,
  res: Response,
  filename: string,
  rows: AsyncIterable<object> | Readable,
  columns?: string[],
): Promise<void> {
  res.attachment(filename);
  res.type('text/csv; charset=utf-8');
  const source = rows instanceof Readable ? rows : Readable.from(rows);
  // pipeline: a client that goes away stops the database stream too
  await pipeline(source, csvWriter(columns), res).catch((err: Error) =>
    req.log?.warn({ err: err.message }, 'csv cut short'),
  );
}
