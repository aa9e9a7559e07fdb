// An export of the lead list: one file (CSV through the portal's one CSV writer, formulas neutralized; or a JSON
// array written a lead at a time), from the leads feature's cursor over the list's filter and the user's scope,
// in constant memory. Written to `<target>.part` (mode 0600) and renamed once complete. Also the filter as the
// row keeps it (the lookup's e-mail or phone sealed) and as the audit log records it (without that value).
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataCipher } from '../../platform/crypto';
import type { ListedLead } from '../leads';
import { BuildSuperseded, csvOf, jsonArray } from './builder';
import { LEAD_COLUMNS, leadJson, leadRow } from './contents';
import type { DataExport, ExportCounts, LeadExportFilter, LeadFormat } from './model';

/** How often (in rows) the build reports progress. */
const PROGRESS_EVERY = 5_000;

export const LIST_COLUMNS = [...LEAD_COLUMNS.slice(0, 12), 'owner_id', 'owner', ...LEAD_COLUMNS.slice(12)];
const listedRow = (l: ListedLead) => ({ ...leadRow(l), owner_id: l.ownerId, owner: l.ownerName });
const listedJson = (l: ListedLead) => {
  const { ownerName, ...rest } = l;
  return { ...leadJson(rest), owner: ownerName };
};

export const fileNameOf = (format: LeadFormat, at: Date) => `leads-${at.toISOString().slice(0, 10)}.${format}`;
export const contentTypeOf = (format: LeadFormat) =>
  format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';

export interface LeadsFileInput {
  target: string;
  format: LeadFormat;
  rows: AsyncIterable<ListedLead>;
  /** Leads in the snapshot: the file must hold exactly these many. */
  total: number;
  /** Rows written so far; false stops the build (another run took the export). */
  onProgress(rowsDone: number): Promise<boolean>;
}

/** Writes the file at `input.target`; returns its size in bytes. */
export async function buildLeadsFile(input: LeadsFileInput): Promise<number> {
  const part = `${input.target}.part`;
  let done = 0;
  async function* counted<U>(map: (l: ListedLead) => U): AsyncGenerator<U> {
    for await (const l of input.rows) {
      yield map(l);
      if (++done % PROGRESS_EVERY === 0 && !(await input.onProgress(done))) throw new BuildSuperseded();
    }
  }
  const source =
    input.format === 'csv' ? csvOf(counted(listedRow), LIST_COLUMNS) : Readable.from(jsonArray(counted(listedJson)));
  try {
    await pipeline(source, fs.createWriteStream(part, { mode: 0o600 }));
    // the accounting check: every lead counted in the snapshot was written, and no other
    if (done !== input.total) throw new Error(`export wrote ${done} leads, expected ${input.total}`);
    await fs.promises.rename(part, input.target);
    return (await fs.promises.stat(input.target)).size;
  } catch (err) {
    source.destroy();
    await fs.promises.rm(part, { force: true });
    throw err;
  }
}

/**
 * The list's parameters as the row keeps them: the lookup (an e-mail or phone) and the search text (often a
 * person's name) sealed by the data cipher.
 */
export function sealFilter(values: Record<string, string>, at: Date, cipher: DataCipher): LeadExportFilter {
  const { lookup, q, ...rest } = values;
  const kept = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ''));
  return {
    values: kept,
    ...(lookup?.trim() ? { lookupSealed: cipher.encrypt(lookup) } : {}),
    ...(q?.trim() ? { qSealed: cipher.encrypt(q) } : {}),
    at: at.toISOString(),
  };
}

/** The parameters back as the list page reads them. */
export function openFilter(f: LeadExportFilter, cipher: DataCipher): Record<string, string> {
  return {
    ...f.values,
    ...(f.lookupSealed ? { lookup: cipher.decrypt(f.lookupSealed) } : {}),
    ...(f.qSealed ? { q: cipher.decrypt(f.qSealed) } : {}),
  };
}

/** The filter as the audit log records it: no personal value (a lookup or a search is named, not given). */
export const auditFilter = (f: LeadExportFilter) => ({
  ...f.values,
  ...(f.lookupSealed ? { lookup: '(given)' } : {}),
  ...(f.qSealed ? { q: '(given)' } : {}),
});

/** What the audit log records of a finished export: its counts (or rows, filter and format) and size. */
export function auditDetails(e: DataExport, f: { bytes: number; counts: ExportCounts | { rows: number } }) {
  if (e.kind !== 'leads' || !e.filter) return { ...f.counts, bytes: f.bytes };
  return { ...f.counts, filter: auditFilter(e.filter), format: e.format, bytes: f.bytes };
}
