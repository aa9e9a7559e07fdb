// Helpers for the import suites: CSV text of lead rows, an upload through the page (multipart with the page's
// CSRF token), the mapping form, and an import's row in SQL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { csrfOf, type Agent } from './helpers';
import { config, s } from './setup';
import { londonPhone, today, word } from './leads';
import { importDir } from '../../src/features/imports';

export const HEADER = ['First name', 'Last name', 'Company', 'Email', 'Phone', 'Tags', 'Lawful basis', 'Notes'];

/** One valid row (unique person) as cells in HEADER's order; `over` replaces cells by header name. */
export function row(over: Partial<Record<(typeof HEADER)[number], string>> = {}): string[] {
  const w = word();
  const cells: Record<string, string> = {
    'First name': 'Grace',
    'Last name': `Hopper ${w}`,
    Company: `Navy ${word()}`,
    Email: `${w}@example.test`,
    Phone: londonPhone().local,
    Tags: 'imported',
    'Lawful basis': 'legitimate_interest',
    Notes: `Imported ${w}`,
    ...over,
  };
  return HEADER.map((h) => cells[h]);
}

const quote = (c: string) => (/[",\n\r;\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
/** CSV text of the header and rows. */
export const csv = (rows: string[][], delimiter = ',', header = HEADER) =>
  [header, ...rows].map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';

/** The mapping form for HEADER, with the lawful basis evidence as one value for the file. */
export function mappingForm(over: Record<string, string> = {}): Record<string, string> {
  return {
    col_firstName: '0',
    col_lastName: '1',
    col_company: '2',
    col_email: '3',
    col_phone: '4',
    col_tags: '5',
    col_lawfulBasis: '6',
    col_notes: '7',
    val_basisMethod: 'spreadsheet from trade fair',
    val_basisSource: 'Fair 2026 sign-up sheet',
    val_basisObtainedAt: today(),
    val_basisWording: 'Assessment LIA-9',
    duplicates: 'skip',
    ...over,
  };
}

/** Uploads `bytes` as `name` from the import page; the response (a redirect to the import, or the page again). */
export async function upload(agent: Agent, bytes: Buffer | string, name = 'leads.csv') {
  const page = await agent.get('/leads/import');
  return agent
    .post('/leads/import')
    .field('_csrf', csrfOf(page.text))
    .attach('file', Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), name);
}

export const importIdFrom = (location: string | undefined) => {
  const m = /^\/leads\/import\/(\d+)$/.exec(location ?? '');
  if (!m) throw new Error(`not an import's address: ${location}`);
  return Number(m[1]);
};

/** Posts the mapping form of import `id` to `action` ('dry-run', 'start', 'undo'). */
export async function postImport(agent: Agent, id: number, action: string, form: Record<string, string> = {}) {
  const page = await agent.get(`/leads/import/${id}`);
  return agent
    .post(`/leads/import/${id}/${action}`)
    .type('form')
    .send({ ...form, _csrf: csrfOf(page.text) });
}

/** A CSV written straight into the imports folder (as an upload would be), recorded through the service. */
export async function uploadDirect(userId: number, text: string) {
  const dir = importDir(config.varDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const file = path.join(dir, crypto.randomUUID());
  await fs.promises.writeFile(file, text);
  return s.imports.upload({ id: userId }, { path: file, originalName: 'direct.csv', size: text.length }, { userId });
}

export const importRow = (id: number) => s.db('imports').where({ id }).first();
