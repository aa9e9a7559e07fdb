// One role's walk over the portal: from the home page, every same-origin link (GET), and every form found on the
// way sent with hostile values, once with the page's CSRF token, then with a forged token and with none (those two
// must be refused with 403 and change nothing). Failures are collected, not thrown, so one run reports them all.
import { isDeepStrictEqual } from 'node:util';
import request, { type Response } from 'supertest';
import { app, signedInAgent, signIn, type Agent, type TestUser } from '../support/helpers';
import {
  defaultBody,
  Findings,
  fingerprint,
  forged,
  formsOf,
  hostileVariants,
  linksOf,
  patternOf,
  sameOrigin,
  sendForm,
  storedVariant,
  type FormSpec,
} from '../support/crawl';

export const MAX_PAGES = 150;
/** Pages that differ only in their ids (or query values) are walked this many times each, not once per lead. */
const PER_PATTERN = 2;
/** File downloads (a user's data export is a ZIP): fetched by the tests of their own feature, not crawled. */
const DOWNLOAD = /\/download$/;
/** Ids that are no ids (URL-encoded): a word, past bigint, invalid UTF-8, SQL, a sign, a fraction, markup. Forms'
 * actions get the first four. */
const ODD_IDS = ['abc', '99999999999999999999', '%FF', '1%20OR%201%3D1', '-1', '1.5', '%3Cscript%3E'];

/**
 * Forms sent only with forged or missing tokens, never with a valid one, and why:
 * - /logout and /policies/decline end the crawler's session (declining the terms signs the user out);
 * - /account/password and /account/2fa/*: wrong current passwords and codes count towards the crawler's own lockout
 *   (tried: the staff crawler is locked out half-way through its walk), and a disabled second factor makes an
 *   admin's or officer's next page the enrolment page;
 * - /account/security/sessions/*: "revoke" lists the crawler's own session too;
 * - /admin/terms/:id/publish: a new Terms version puts every user of every later suite behind the interstitial;
 * - /admin/users/:id/{role,deactivate} and /compliance/users/:id/*: an admin or officer would demote, deactivate or
 *   suspend the other crawlers (and the owner of the foreign records) between their walks.
 */
const KEEP_OUT = [
  /^\/logout$/,
  /^\/policies\/decline$/,
  /^\/account\/password$/,
  /^\/account\/2fa\//,
  /^\/account\/security\/sessions\//,
  /^\/admin\/terms\/\d+\/publish$/,
  /^\/admin\/users\/\d+\/(role|deactivate)$/,
  /^\/compliance\/users\/\d+\//,
];

export class Crawler {
  readonly findings = new Findings();
  /** Every page walked (path and query), in order. */
  readonly pages: string[] = [];
  /** One form per pattern of its action (its page's token is the session's). */
  readonly forms = new Map<string, FormSpec>();
  /** How the hostile bodies sent with a valid token were answered: status → count. */
  readonly answers = new Map<number, number>();
  private readonly queue: string[] = [];
  private readonly seen = new Set<string>();
  private readonly patterns = new Map<string, number>();
  /** The crawler's signed-in agent (after run). */
  agent!: Agent;

  /** A signed-in user's walk, or a visitor's (no user). */
  constructor(private readonly user?: TestUser) {}

  async run(start = '/'): Promise<this> {
    this.agent = this.user ? await signedInAgent(this.user) : request.agent(app());
    this.enqueue(start);
    while (this.queue.length && this.pages.length < MAX_PAGES) await this.visit(this.queue.shift()!);
    return this;
  }

  /** GETs every page walked again: values the forms stored must show escaped wherever they are shown. */
  async revisit(): Promise<void> {
    for (const page of this.pages) this.findings.check(await this.get(page), 'GET', page, 'revisit');
  }

  async get(path: string): Promise<Response> {
    let res = await this.agent.get(path);
    if (this.user && res.status === 302 && res.headers.location === '/login') {
      // a form signed the crawler out after all: note which page it was on, sign in again, carry on
      this.findings.fail('GET', path, 'crawl', 302, 'signed out');
      await signIn(this.agent, this.user);
      res = await this.agent.get(path);
    }
    return res;
  }

  /** Every kind of page with a query string, each of its parameters hostile (as a GET form's fields are). */
  async probeQueries(): Promise<void> {
    const done = new Set<string>();
    for (const page of this.pages.filter((p) => p.includes('?'))) {
      if (done.has(patternOf(page))) continue;
      done.add(patternOf(page));
      const [action, query] = page.split('?');
      const fields = [...new URLSearchParams(query).keys()].map((name) => ({
        name,
        value: '',
        type: 'text',
        sent: true,
      }));
      await this.search({ page, method: 'get', action, multipart: false, fields, csrf: undefined });
    }
  }

  /** Every kind of page with an id, and every form whose action has one, given ids that are no ids. */
  async probeIds(): Promise<void> {
    const odd = (path: string, id: string) => path.replace(/\/\d+(?=\/|$)/, `/${id}`);
    const done = new Set<string>();
    for (const page of this.pages.map((p) => p.split('?')[0])) {
      if (!/\/\d+(\/|$)/.test(page) || done.has(patternOf(page))) continue;
      done.add(patternOf(page));
      for (const id of ODD_IDS) this.findings.check(await this.get(odd(page, id)), 'GET', odd(page, id), `id ${id}`);
    }
    for (const form of this.forms.values()) {
      if (form.method !== 'post' || form.multipart || !/\/\d+(\/|$)/.test(form.action) || this.keptOut(form)) continue;
      for (const id of ODD_IDS.slice(0, 4)) {
        const res = await sendForm(this.agent, { ...form, action: odd(form.action, id) }, defaultBody(form), form.csrf);
        this.findings.check(res, 'POST', odd(form.action, id), `id ${id}`);
      }
    }
  }

  private keptOut(form: FormSpec): boolean {
    return KEEP_OUT.some((re) => re.test(form.action.split('?')[0]));
  }

  private enqueue(link: string): void {
    const path = link.split('#')[0];
    if (this.seen.has(path) || DOWNLOAD.test(path.split('?')[0])) return;
    const pattern = patternOf(path);
    const n = this.patterns.get(pattern) ?? 0;
    if (n >= PER_PATTERN) return;
    this.seen.add(path);
    this.patterns.set(pattern, n + 1);
    this.queue.push(path);
  }

  private async visit(path: string): Promise<void> {
    const res = await this.get(path);
    this.findings.check(res, 'GET', path, 'crawl');
    const location = res.headers.location as string | undefined;
    if (location) {
      const next = sameOrigin(location, path);
      if (next) this.enqueue(next);
      return;
    }
    if (!/^text\/html/.test(String(res.headers['content-type'] ?? ''))) return;
    this.pages.push(path);
    for (const link of linksOf(res.text, path)) this.enqueue(link);
    for (const form of formsOf(res.text, path)) {
      const key = `${form.method} ${patternOf(form.action.split('?')[0])}`;
      if (this.forms.has(key)) continue;
      this.forms.set(key, form);
      if (form.method === 'get') await this.search(form);
      else if (!form.multipart) await this.attack(form, formsOf(res.text, path).find((f) => f.csrf)?.csrf);
    }
  }

  /** A GET form (filters, search): hostile values in its query (no 1 MB one: that is a URL no proxy passes). */
  private async search(form: FormSpec): Promise<void> {
    const names = [...new Set(form.fields.map((f) => f.name))];
    for (const v of hostileVariants(names).filter((x) => !['1 MB', 'long'].includes(x.label))) {
      const res = await sendForm(this.agent, form, v.body, undefined);
      this.findings.check(res, 'GET', form.action, v.label);
      if (res.status >= 500) await this.blame(form, v.label, undefined);
    }
  }

  /** After a 5xx: the fields that fail on their own with that variant (the others keep the page's values). */
  private async blame(form: FormSpec, label: string, token: string | undefined): Promise<void> {
    const names = [...new Set(form.fields.map((x) => x.name))];
    const culprits = [];
    for (const name of names) {
      // (markup stored: the field with markup alone)
      const all = hostileVariants([name]);
      const one = (all.find((x) => x.label === label) ?? all[0]).body;
      const rest = defaultBody({ ...form, fields: form.fields.filter((x) => x.name !== name) });
      const res = await sendForm(this.agent, form, [one, rest].filter(Boolean).join('&'), token);
      if (res.status >= 500) culprits.push(name);
    }
    const problem = culprits.length ? `fails in field ${culprits.join(', ')}` : 'fails with no single field';
    this.findings.fail(form.method.toUpperCase(), form.action, label, 500, problem);
  }

  /** A POST form: forged and missing tokens refused with 403 and no change, then every hostile body. */
  private async attack(form: FormSpec, pageToken: string | undefined): Promise<void> {
    const f = this.findings;
    const token = form.csrf ?? pageToken;
    if (!form.csrf) f.fail('POST', form.action, '-', 0, 'no token');
    const before = await fingerprint();
    for (const [label, t] of [
      ['forged token', forged(token ?? 'x'.repeat(43))],
      ['no token', undefined],
    ] as const) {
      const res = await sendForm(this.agent, form, defaultBody(form), t);
      f.check(res, 'POST', form.action, label);
      if (res.status !== 403) f.fail('POST', form.action, label, res.status, 'not refused');
    }
    const after = await fingerprint();
    if (!isDeepStrictEqual(before, after)) {
      const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
      f.fail('POST', form.action, 'bad token', 403, `changed ${changed.join(', ')}`);
    }
    if (this.keptOut(form)) return;
    const names = [...new Set(form.fields.map((x) => x.name))];
    const stored = storedVariant(form);
    for (const v of [...(stored ? [stored] : []), ...hostileVariants(names)]) {
      const res = await sendForm(this.agent, form, v.body, token);
      f.check(res, 'POST', form.action, v.label);
      if (res.status >= 500 && names.length > 1) await this.blame(form, v.label, token);
      this.answers.set(res.status, (this.answers.get(res.status) ?? 0) + 1);
      const next = res.headers.location ? sameOrigin(res.headers.location, form.action) : undefined;
      // where the answer sends the browser shows what was stored: checked now, walked later
      if (next && res.status < 400 && next !== '/login') {
        f.check(await this.get(next), 'GET', next, `after ${v.label} to ${form.action}`);
        this.enqueue(next);
      }
    }
  }
}

export interface Foreign {
  lead: number;
  campaign: number;
  import: number;
}
/**
 * A staff crawl's pages and forms again, with another staff member's ids in their URLs (and in the bodies of the
 * forms that name a lead there): each is a 403 or a 404 that does not show `secret`, the other's records' name.
 */
export async function probeForeign(c: Crawler, foreign: Foreign, secret: string, ownLead: number) {
  const findings = new Findings();
  const kinds: [RegExp, number][] = [
    [/^\/leads\/import\/\d+/, foreign.import],
    [/^\/leads\/\d+/, foreign.lead],
    [/^\/campaigns\/\d+/, foreign.campaign],
  ];
  const swap = (path: string) => {
    const kind = kinds.find(([re]) => re.test(path));
    return kind && path.replace(/^(\/leads\/import|\/leads|\/campaigns)\/\d+/, `$1/${kind[1]}`);
  };
  const refused = (res: Response, method: string, path: string) => {
    findings.check(res, method, path, 'foreign id');
    if (![403, 404].includes(res.status) || String(res.text ?? '').includes(secret))
      findings.fail(method, path, 'foreign id', res.status, 'not refused');
  };
  const probed = new Set<string>();
  for (const page of c.pages.map(swap).filter((p) => p !== undefined)) {
    if (probed.has(patternOf(page))) continue;
    probed.add(patternOf(page));
    refused(await c.get(page), 'GET', page);
  }
  for (const form of [...c.forms.values()].filter((f) => f.method === 'post' && !f.multipart)) {
    const action = swap(form.action);
    if (action) refused(await sendForm(c.agent, { ...form, action }, defaultBody(form), form.csrf), 'POST', action);
  }
  // pages no link leads to
  for (const page of [
    `/leads/import/${foreign.import}/progress`,
    `/leads/import/${foreign.import}/rejects`,
    `/campaigns/${foreign.campaign}/progress`,
    `/leads/${ownLead}/merge?other=${foreign.lead}`,
  ])
    refused(await c.get(page), 'GET', page);
  // forms that name a lead in their body: the caller checks that the lead did not change
  const token = c.forms.get('post /leads/bulk')?.csrf;
  for (const [action, body] of [
    ['/leads/bulk', { ids: String(foreign.lead), action: 'tag', tagValue: 'taken' }],
    ['/leads/bulk', { ids: String(foreign.lead), action: 'status', statusValue: '1' }],
    [`/leads/${ownLead}/merge`, { other: String(foreign.lead) }],
  ] as const) {
    const res = await c.agent
      .post(action)
      .type('form')
      .send({ ...body, _csrf: token });
    findings.check(res, 'POST', action, `foreign id in the body: ${JSON.stringify(body)}`);
  }
  return { findings, probed: probed.size };
}
