// Helpers for the lead suites: valid lead forms with unique names, e-mails and phones; creating leads
// through the real form (CSRF on) or the real service; reading ids and HTML back.
import crypto from 'node:crypto';
import { expect } from 'chai';
import { config, s } from './setup';
import { parseLeadForm } from '../../src/features/leads/routes/input';
import { submit, type Agent, type TestUser } from './helpers';
import type { Lead } from '../../src/features/leads';

let phoneCounter = 0;

/** Lowercase letters only: one tsvector word, no accidental trigram overlap with other tests' names. */
export const word = (len = 10) =>
  Array.from(crypto.randomBytes(len), (b) => String.fromCharCode(97 + (b % 26))).join('');

/** A valid London number, unique within the run: "020 7xxx xxxx" and its E.164 form. */
export function londonPhone(): { local: string; e164: string } {
  const n = (crypto.randomInt(0, 900) * 1000 + (++phoneCounter % 1000)).toString().padStart(6, '0');
  const digits = `7${n.slice(0, 3)}${n.slice(3)}${crypto.randomInt(0, 10)}`; // 8 digits after 20
  return { local: `020 ${digits.slice(0, 4)} ${digits.slice(4)}`, e164: `+4420${digits}` };
}

export const today = () => new Date().toISOString().slice(0, 10);

/** A lead form as the controller reads it (parsed and validated): what the lead services take. */
export const leadInput = (over: Record<string, string> = {}) =>
  parseLeadForm(leadForm(over), config.DEFAULT_PHONE_COUNTRY);

/** A complete, valid lead form (lawful basis with evidence), unique person; `over` replaces fields. */
export function leadForm(over: Record<string, string> = {}): Record<string, string> {
  const w = word();
  return {
    firstName: 'Ada',
    lastName: `Lovelace ${w}`,
    company: `Analytical ${word()}`,
    jobTitle: 'Engineer',
    email: `${w}@example.test`,
    phone: londonPhone().local,
    address: `${crypto.randomInt(1, 999)} ${w} Street\nLondon`,
    notes: `Met at the ${w} fair`,
    source: 'Trade fair',
    statusId: String(firstStatusId),
    tags: 'fair',
    lawfulBasis: 'legitimate_interest',
    basisMethod: 'business card',
    basisSource: 'Trade fair stand',
    basisObtainedAt: today(),
    basisWording: 'Assessment LIA-7',
    ...over,
  };
}

let firstStatusId = 0;
/** Call once (before) in each suite: the id of the first status, for forms. */
export async function loadStatuses(): Promise<void> {
  firstStatusId = (await s.leads.statusList())[0].id;
}

/** The id in a /leads/:id redirect. */
export function leadIdFrom(location: string | undefined): number {
  const m = /^\/leads\/(\d+)$/.exec(location ?? '');
  if (!m) throw new Error(`not a lead address: ${location}`);
  return Number(m[1]);
}

/** Creates a lead through POST /leads/new (duplicates confirmed); returns its id. */
export async function createViaForm(agent: Agent, over: Record<string, string> = {}): Promise<number> {
  const res = await submit(agent, '/leads/new', '/leads/new', { ...leadForm(over), confirmDuplicate: '1' });
  expect(res.status, `create lead: ${JSON.stringify(fieldErrors(res.text))}`).to.equal(302);
  return leadIdFrom(res.headers.location);
}

/** Creates a lead through the service as `u` (the same code the form runs); returns it. */
export async function createLead(u: TestUser, over: Record<string, string> = {}): Promise<Lead> {
  const user = await s.users.get(u.user.id);
  const result = await s.leads.create(user, leadInput(over), true, { userId: user.id });
  if (result.status !== 'saved') throw new Error('not saved');
  return result.lead;
}

/** A form body as a browser sends it (repeated keys for lists, e.g. ids=1&ids=2). */
export function formBody(form: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return body.toString();
}

/** A POST to `action` with the CSRF token of `page` (a page the agent may open). */
export async function post(agent: Agent, action: string, form: Record<string, string | string[]>, page = '/leads') {
  const p = await agent.get(page);
  const m = /name="_csrf" value="([^"]+)"/.exec(p.text);
  if (!m) throw new Error(`no CSRF token on ${page}`);
  return agent
    .post(action)
    .type('form')
    .send(formBody({ ...form, _csrf: m[1] }));
}

/** The messages shown beside fields (partials/field and partials/textarea): name → text. */
export function fieldErrors(page: string): Record<string, string> {
  return Object.fromEntries([...page.matchAll(/id="([\w-]+)-error">([^<]*)</g)].map((m) => [m[1], m[2]]));
}

/** EJS escapes ' and " like this. */
export const html = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&#34;');

/** Row ids of the lead list page. */
export const listedIds = (page: string) => [...page.matchAll(/href="\/leads\/(\d+)"/g)].map((m) => Number(m[1]));

/** The number shown as the lead count. */
export function countOf(page: string): number {
  const m = /id="lead-count">([\d,]+) lead/.exec(page);
  if (!m) throw new Error('no count on the page');
  return Number(m[1].replace(/,/g, ''));
}

/** The whole row of a lead in SQL, as text (to search for plaintext). */
export async function rawRowText(
  table: 'leads' | 'lead_history' | 'lead_consents' | 'audit_log' | 'outbox',
  column: string,
  id: number,
): Promise<string> {
  const rows = await s.db(table).where(column, id);
  return JSON.stringify(rows);
}
