// The crawler of the abuse tier: pages parsed with htmlparser2 (a real HTML parser), their same-origin links and
// forms, hostile form bodies, what counts as a failure (a 5xx, a payload reflected unescaped), and a cheap
// fingerprint of the database (row counts and the audit log's length) to show that a refused request changed nothing.
import { expect } from 'chai';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Response } from 'supertest';
import { s } from './setup';
import type { Agent } from './helpers';

type Element = ReturnType<typeof DomUtils.findAll>[number];
const ORIGIN = 'http://portal.test';

export const SCRIPT = '<script>alert(1)</script>';
export const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
export const SQL = "' OR 1=1 --";
export const CONTROL = 'a\u0000b\u0007c\u001bd';
export const MEGABYTE = 'A'.repeat(1024 * 1024);

export interface Field {
  name: string;
  value: string;
  /** The input's type ('text' when it has none), or 'textarea', 'select', 'button'. */
  type: string;
  /** What a browser sends of it untouched: a checked box, the first submit button, never a file. */
  sent: boolean;
}
export interface FormSpec {
  page: string;
  method: 'get' | 'post';
  action: string;
  multipart: boolean;
  /** Every named field but the CSRF token, with the value the page gave it. */
  fields: Field[];
  csrf: string | undefined;
}

/** A path of this portal (path and query), or undefined for another origin, mailto: and the like. */
export function sameOrigin(href: string, from: string): string | undefined {
  try {
    const url = new URL(href, ORIGIN + from);
    return url.origin === ORIGIN ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}

/** "/leads/12/edit?x=1&y=2" → "/leads/:id/edit?x&y": pages and forms that differ only in ids are one. */
export function patternOf(pathAndQuery: string): string {
  const [p, q = ''] = pathAndQuery.split('?');
  const keys = [...new URLSearchParams(q).keys()].sort().join('&');
  return p.replace(/\/\d+(?=\/|$)/g, '/:id').replace(/\/[0-9a-f-]{32,}(?=\/|$)/gi, '/:uuid') + (keys ? `?${keys}` : '');
}

const elements = (html: string, test: (e: Element) => boolean) => DomUtils.findAll(test, parseDocument(html).children);

/** The same-origin links of a page (a[href]), without fragments. */
export function linksOf(html: string, page: string): string[] {
  const hrefs = elements(html, (e) => e.name === 'a' && e.attribs.href !== undefined).map((a) => a.attribs.href);
  return [...new Set(hrefs.map((h) => sameOrigin(h.split('#')[0] || page, page)).filter((h) => h !== undefined))];
}

function fieldsOf(form: Element): Field[] {
  const named = DomUtils.findAll(
    (e) => ['input', 'textarea', 'select', 'button'].includes(e.name) && !!e.attribs.name,
    form.children,
  );
  let button = false;
  return named.map((e) => {
    const name = e.attribs.name;
    if (e.name === 'textarea') return { name, value: DomUtils.textContent(e), type: 'textarea', sent: true };
    if (e.name === 'select') {
      const options = DomUtils.findAll((o) => o.name === 'option', e.children);
      const chosen = options.find((o) => o.attribs.selected !== undefined) ?? options[0];
      const value = chosen?.attribs.value ?? (chosen ? DomUtils.textContent(chosen) : '');
      return { name, value, type: 'select', sent: true };
    }
    const type = e.name === 'button' ? 'button' : (e.attribs.type ?? 'text').toLowerCase();
    const submit = type === 'button' || type === 'submit';
    const sent = submit
      ? !button
      : type === 'file'
        ? false
        : ['checkbox', 'radio'].includes(type)
          ? 'checked' in e.attribs
          : true;
    button ||= submit;
    return { name, value: e.attribs.value ?? '', type, sent };
  });
}

/** Every form of a page: method, action (resolved against the page), fields and the CSRF token it carries. */
export function formsOf(html: string, page: string): FormSpec[] {
  return elements(html, (e) => e.name === 'form').flatMap((form) => {
    const action = sameOrigin(form.attribs.action || page, page);
    if (!action) return [];
    const all = fieldsOf(form);
    return [
      {
        page,
        method: (form.attribs.method ?? 'get').toLowerCase() === 'post' ? 'post' : 'get',
        action,
        multipart: /multipart/i.test(form.attribs.enctype ?? ''),
        fields: all.filter((f) => f.name !== '_csrf'),
        csrf: all.find((f) => f.name === '_csrf')?.value,
      },
    ];
  });
}

/** A form body piece: a value to encode, or bytes already percent-encoded (to send invalid UTF-8). */
type Piece = [name: string, value: string | { raw: string }];
const encode = (pieces: Piece[]) =>
  pieces.map(([k, v]) => `${encodeURIComponent(k)}=${typeof v === 'string' ? encodeURIComponent(v) : v.raw}`).join('&');

export interface Variant {
  label: string;
  body: string;
}
/**
 * Hostile bodies for the given field names: markup and SQL in every field, control characters, a 1 MB value, long
 * values just under the body limit, invalid UTF-8, a field repeated (an array), a field as `name[a]` (an object,
 * under the extended parser), and no fields at all.
 */
export function hostileVariants(names: string[]): Variant[] {
  const every = (v: string | { raw: string }) => encode(names.map((n) => [n, v]));
  const long = 'x'.repeat(Math.floor(90_000 / Math.max(names.length, 1)) - SCRIPT.length) + SCRIPT;
  return [
    { label: 'script', body: every(SCRIPT) },
    { label: 'attribute', body: every(ATTRIBUTE) },
    { label: 'sql and control', body: every(`${SQL}${CONTROL}`) },
    { label: 'long', body: every(long) },
    { label: '1 MB', body: encode(names.map((n, i) => [n, i === 0 ? MEGABYTE : SCRIPT])) },
    { label: 'utf-8', body: encode(names.map((n, i) => [n, { raw: i % 2 ? '%FF' : '%C3%28' }])) },
    {
      label: 'array',
      body: encode(
        names.flatMap((n): Piece[] => [
          [n, SCRIPT],
          [n, ATTRIBUTE],
        ]),
      ),
    },
    {
      label: 'object',
      body: encode(
        names.flatMap((n): Piece[] => [
          [`${n}[a]`, '1'],
          [`${n}[]`, SCRIPT],
        ]),
      ),
    },
    { label: 'missing', body: '' },
  ];
}

/** The page's own values (what a browser would send), as a body. */
export const defaultBody = (form: FormSpec) => encode(form.fields.filter((f) => f.sent).map((f) => [f.name, f.value]));

/**
 * The page's own values with markup added to every free-text field (a name, a note, a subject): a body that gets past
 * validation, so that the markup is stored and shown on the pages that show it. None for a form without such a field
 * (its own values would only do what its button does).
 */
export function storedVariant(form: FormSpec): Variant | undefined {
  const free = (f: Field) => ['text', 'search', 'textarea'].includes(f.type);
  if (!form.fields.some((f) => f.sent && free(f))) return undefined;
  const pieces = form.fields
    .filter((f) => f.sent)
    .map((f): Piece => [f.name, free(f) ? `${f.value} ${SCRIPT} ${ATTRIBUTE}`.trim() : f.value]);
  return { label: 'stored markup', body: encode(pieces) };
}

/** A request of a form: a GET with the body as query string, or a urlencoded POST with the token first. */
export function sendForm(agent: Agent, form: FormSpec, body: string, csrf: string | undefined) {
  if (form.method === 'get')
    return agent.get(body ? `${form.action}${form.action.includes('?') ? '&' : '?'}${body}` : form.action);
  const full = [csrf === undefined ? '' : encode([['_csrf', csrf]]), body].filter(Boolean).join('&');
  return agent.post(form.action).set('Content-Type', 'application/x-www-form-urlencoded').send(full);
}

/** A token of the right shape that is not the session's. */
export const forged = (token: string) => `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;

export interface Failure {
  method: string;
  path: string;
  variant: string;
  status: number;
  problem: string;
}

/** Collects every failure of a crawl, to be reported all at once. */
export class Findings {
  readonly failures: Failure[] = [];
  requests = 0;

  /** Checks one answer: no 5xx; in HTML, no payload unescaped and no element an injected attribute made. */
  check(res: Response, method: string, path: string, variant: string): void {
    this.requests++;
    const add = (problem: string) =>
      this.failures.push({ method, path: path.slice(0, 160), variant, status: res.status, problem });
    if (res.status >= 500) add('server error');
    if (!/^text\/html/.test(String(res.headers['content-type'] ?? '')) || typeof res.text !== 'string') return;
    if (res.text.includes(SCRIPT)) add(`reflected unescaped: ${SCRIPT}`);
    if (res.text.includes('<img src=x onerror=alert(1)>')) add('reflected unescaped: onerror=alert(1)');
    const injected = elements(res.text, (e) => Object.keys(e.attribs).some((a) => /^on/i.test(a)));
    if (injected.length) add(`event-handler attribute on <${injected[0].name}>`);
  }

  fail(method: string, path: string, variant: string, status: number, problem: string): void {
    this.failures.push({ method, path: path.slice(0, 160), variant, status, problem });
  }

  expectNone(what: string): void {
    const lines = this.failures.map((f) => `${f.method} ${f.path} [${f.variant}] → ${f.status}: ${f.problem}`);
    expect(lines, `${what}: ${this.failures.length} failures in ${this.requests} requests`).to.deep.equal([]);
  }
}

const COUNTED = [
  'leads',
  'lead_history',
  'lead_consents',
  'campaigns',
  'campaign_attachments',
  'campaign_recipients',
  'imports',
  'users',
  'teams',
  'lead_statuses',
  'outbox',
  'maintenance_windows',
  'status_incidents',
  'policy_versions',
  'announcements',
  'privacy_requests',
  'notifications',
  'data_exports',
  'user_tokens',
  'mail_events',
  'email_suppressions',
];
/** Audit entries a refused or read-only request writes by design (the security detector counts them). */
const READ_ACTIONS = ['security.csrf_failure', 'lead.view', 'lead.not_found', 'lead.export'];

/** Row counts of the main tables and the number of audit entries that record a change. */
export async function fingerprint(): Promise<Record<string, number>> {
  const counts = COUNTED.map((t) => `(select count(*) from ${t})::int as ${t}`).join(', ');
  const { rows } = await s.db.raw<{ rows: Record<string, number>[] }>(
    `select ${counts}, (select count(*) from audit_log where not (action = any(?)))::int as audit_log`,
    [READ_ACTIONS],
  );
  return rows[0];
}
