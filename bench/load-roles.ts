// What each kind of user of bench/load.ts does, one action at a time: staff browse the lead list, its filters,
// search, a lead, campaigns and imports, and create leads (with e-mail consent) and edit them through the real
// forms; compliance officers read the review queue, privacy requests and the audit log, and note on requests;
// admins read users, maintenance, backups, terms and retention, save their e-mail choices and note on requests.
// Every request is timed and handed to `record`; a status other than the expected one is an error.
import type { Browser } from './lib/web';
import { csrfOf, formFields } from './load-forms';
import type { Fixture, LoadUser } from './load-users';

export interface Hit {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  status: number;
  ms: number;
  ok: boolean;
  /** For an error: the page's title or the network error. */
  note?: string;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? html.slice(0, 80);
const SEARCHES = ['smi', 'pat', 'ava', 'north', 'kow', 'smi acm', 'jo', 'okafor dental'];
const TAGS = ['vip', 'enterprise', 'follow-up'];
const SYLLABLES = ['qua', 'zel', 'vor', 'myx', 'ptah', 'gru', 'wib', 'knu', 'yss', 'fex', 'olt', 'drim'];
const word = () => {
  const w = Array.from({ length: 3 }, () => pick(SYLLABLES)).join('');
  return w[0].toUpperCase() + w.slice(1);
};
const today = () => new Date().toISOString().slice(0, 10);

/** One signed-in user's browser, timing and checking every request it makes. */
export class Session {
  private made = 0;
  /** Leads this user created in this run: edited as well as the team's. */
  readonly own: number[] = [];
  constructor(
    readonly b: Browser,
    readonly user: LoadUser,
    readonly fx: Fixture,
    private readonly record: (h: Hit) => void,
    readonly think: () => Promise<void>,
  ) {}

  private async send(kind: string, method: Hit['method'], path: string, expect: number[], body?: string) {
    const t0 = performance.now();
    try {
      const init: RequestInit =
        method === 'POST' ? { method, body, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {};
      const res = await this.b.request(path, init);
      const ok = expect.includes(res.status);
      this.record({
        kind,
        method,
        path,
        status: res.status,
        ms: performance.now() - t0,
        ok,
        note: ok ? undefined : `${titleOf(res.text)}${res.location ? ` → ${res.location}` : ''}`,
      });
      return ok ? res : undefined;
    } catch (err) {
      const note =
        err instanceof Error
          ? `${err.message} ${String((err.cause as Error | undefined)?.message ?? '')}`
          : String(err);
      this.record({ kind, method, path, status: 0, ms: performance.now() - t0, ok: false, note });
      return undefined;
    }
  }

  /** A page, expected to answer 200; its HTML, or undefined (the error is recorded). */
  async get(kind: string, path: string): Promise<string | undefined> {
    return (await this.send(kind, 'GET', path, [200]))?.text;
  }

  /**
   * Posts a form (expected: a redirect, followed as a browser would, the page recorded as `after`). With
   * `duplicates`, a 409 "this may be a lead you already have" is answered as a person would: "Save anyway".
   */
  async post(kind: string, action: string, fields: Record<string, string>, after: string, duplicates = false) {
    const expect = duplicates ? [302, 303, 409] : [302, 303];
    let res = await this.send(kind, 'POST', action, expect, new URLSearchParams(fields).toString());
    if (res?.status === 409) {
      this.record({ kind: `${kind} (duplicate warning)`, method: 'POST', path: action, status: 409, ms: 0, ok: true });
      await this.think();
      const token = csrfOf(res.text) ?? fields._csrf;
      const again = new URLSearchParams({ ...fields, _csrf: token, confirmDuplicate: '1' }).toString();
      res = await this.send(kind, 'POST', action, [302, 303], again);
    }
    if (res?.location) await this.get(after, res.location);
    return res?.location ?? undefined;
  }

  /** Opens a form's page, fills it with `fill`, thinks, and posts it to `action`. */
  async form(kind: string, page: string, action: string, fill: (f: Record<string, string>) => void, after: string) {
    const html = await this.get(`${kind} form`, page);
    const fields = html ? formFields(html, action) : undefined;
    if (!html || !fields) return undefined;
    fields._csrf = csrfOf(html) ?? '';
    fill(fields);
    await this.think();
    return this.post(kind, action, fields, after, kind.startsWith('lead '));
  }

  teamLead(): number {
    return pick(this.fx.teamLeads.get(this.user.teamId ?? -1) ?? this.fx.anyLeads);
  }

  newLeadFields(f: Record<string, string>) {
    const n = ++this.made;
    Object.assign(f, {
      firstName: word(),
      lastName: `${word()}-${this.user.id}`,
      company: `${word()} Ltd`,
      email: `load.${this.user.id}.${n}.${Date.now().toString(36)}@example.test`,
      notes: 'Met at the load test stand.',
      source: 'Load bench',
      tags: 'load',
      lawfulBasis: 'consent',
      basisMethod: 'web form',
      basisSource: 'https://valley.example/contact',
      basisObtainedAt: today(),
      basisWording: 'I agree that Valley keeps my details to answer my enquiry.',
      emailConsent: 'granted',
      consentMethod: 'web form checkbox',
      consentSource: 'https://valley.example/contact',
      consentObtainedAt: today(),
      consentWording: 'Send me news and offers by e-mail.',
    });
  }
}

type Action = [weight: number, run: (s: Session) => Promise<unknown>];

const leadList: Action[] = [
  [3, (s) => s.get('list', '/leads')],
  [2, (s) => s.get('filter', `/leads?status=${1 + Math.floor(Math.random() * 6)}&tag=${pick(TAGS)}`)],
  [2, (s) => s.get('search', `/leads?q=${encodeURIComponent(pick(SEARCHES))}`)],
];

const noteOnRequest: Action = [
  1,
  (s) => {
    const id = pick(s.fx.requests);
    return s.form(
      'request note',
      `/compliance/requests/${id}`,
      `/compliance/requests/${id}/notes`,
      (f) => (f.note = `Checked the records for this request (${s.user.email}, ${new Date().toISOString()}).`),
      'request',
    );
  },
];

export const ACTIONS: Record<LoadUser['role'], Action[]> = {
  staff: [
    ...leadList,
    [3, (s) => s.get('lead', `/leads/${s.teamLead()}`)],
    [1, (s) => s.get('campaigns', '/campaigns')],
    [1, (s) => s.get('imports', '/leads/import')],
    [1, (s) => s.get('dashboard', '/')],
    [
      1,
      async (s) => {
        const to = await s.form('lead create', '/leads/new', '/leads/new', (f) => s.newLeadFields(f), 'lead');
        const id = Number(/^\/leads\/(\d+)$/.exec(to ?? '')?.[1]);
        if (id) s.own.push(id);
      },
    ],
    [
      1,
      (s) => {
        const id = s.own.length && Math.random() < 0.5 ? pick(s.own) : s.teamLead();
        const stamp = `Called back ${new Date().toISOString()} (load bench).`;
        return s.form('lead edit', `/leads/${id}/edit`, `/leads/${id}/edit`, (f) => (f.notes = stamp), 'lead');
      },
    ],
  ],
  compliance: [
    [2, (s) => s.get('flags', '/compliance/flags')],
    [2, (s) => s.get('requests', '/compliance/requests')],
    [2, (s) => s.get('request', `/compliance/requests/${pick(s.fx.requests)}`)],
    [2, (s) => s.get('audit', '/admin/audit')],
    [1, (s) => s.get('acceptance', '/compliance/acceptance')],
    [1, (s) => s.get('list', '/leads')],
    [1, (s) => s.get('lead', `/leads/${pick(s.fx.anyLeads)}`)],
    noteOnRequest,
  ],
  admin: [
    [2, (s) => s.get('users', '/admin/users')],
    [2, (s) => s.get('maintenance', '/admin/maintenance')],
    [2, (s) => s.get('backups', '/admin/backups')],
    [2, (s) => s.get('terms', '/admin/terms')],
    [1, (s) => s.get('retention', '/admin/retention')],
    [1, (s) => s.get('audit', '/admin/audit')],
    [1, (s) => s.get('dashboard', '/')],
    [1, (s) => s.form('prefs save', '/account/notifications', '/account/notifications', () => undefined, 'prefs')],
    noteOnRequest,
  ],
};

/** An action of the role, at random by weight. */
export function nextAction(role: LoadUser['role']): Action[1] {
  const list = ACTIONS[role];
  let r = Math.random() * list.reduce((sum, [w]) => sum + w, 0);
  for (const [w, run] of list) if ((r -= w) < 0) return run;
  return list[list.length - 1][1];
}
