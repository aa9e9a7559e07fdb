// THE route × role test: every route the app registers has a line in a hand-written table of who may use it,
// its declared rule (routeTable) says the same, and it answers each kind of visitor the way that line says.
import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { app, csrfOf, makeUser, signIn, unique, PASSWORD, type Agent, type TestUser } from '../support/helpers';
import { createApp } from '../../src/app';
import { routeTable } from '../../src/routes';
import type { Role } from '../../src/features/accounts';

type Actor = 'anonymous' | Role;
const ACTORS: Actor[] = ['anonymous', 'staff', 'compliance', 'admin'];
type Outcome = 'allowed' | 'to-login' | 'forbidden' | 'to-2fa-setup';

interface Checked {
  key: string; // "GET /admin/users"
  method: 'get' | 'post';
  path: string;
  who: Who;
}
const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/**
 * Who may use every route, written out by hand (not read from the table under test): 'public' (anyone),
 * 'signed-in' (any active user) or the roles allowed. A new route must be added here; the first test fails otherwise.
 * Beside routeTable: the load-balancer probes (before sessions) and the job board, mounted with its own rule.
 */
type Who = 'public' | 'signed-in' | Role[];
const ADMIN: Role[] = ['admin'];
const READERS: Role[] = ['staff', 'admin', 'compliance'];
const WRITERS: Role[] = ['staff', 'admin'];
const OFFICERS: Role[] = ['compliance'];
const EXPECTED: Record<string, Who> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /': 'signed-in',
  'GET /terms': 'public',
  'GET /privacy': 'public',
  'GET /login': 'public',
  'POST /login': 'public',
  'GET /login/2fa': 'public',
  'POST /login/2fa': 'public',
  'POST /logout': 'signed-in',
  'GET /password/forgot': 'public',
  'POST /password/forgot': 'public',
  'GET /password/reset/:token': 'public',
  'POST /password/reset/:token': 'public',
  'GET /invite/:token': 'public',
  'POST /invite/:token': 'public',
  'GET /leads': READERS,
  'GET /leads/new': WRITERS,
  'POST /leads/new': WRITERS,
  'POST /leads/bulk': WRITERS,
  'POST /leads/export': READERS,
  'GET /leads/import': WRITERS,
  'POST /leads/import': WRITERS,
  'GET /leads/import/:id': WRITERS,
  'POST /leads/import/:id/dry-run': WRITERS,
  'POST /leads/import/:id/start': WRITERS,
  'GET /leads/import/:id/progress': WRITERS,
  'GET /leads/import/:id/rejects': WRITERS,
  'POST /leads/import/:id/undo': WRITERS,
  'GET /leads/:id': READERS,
  'GET /leads/:id/edit': WRITERS,
  'POST /leads/:id/edit': WRITERS,
  'POST /leads/:id/verify': WRITERS,
  'GET /leads/:id/merge': WRITERS,
  'POST /leads/:id/merge': WRITERS,
  'POST /leads/:id/consents': READERS,
  'POST /leads/:id/compliance': ['compliance', 'admin'],
  'GET /campaigns': READERS,
  'GET /campaigns/new': WRITERS,
  'POST /campaigns/new': WRITERS,
  'GET /campaigns/:id': READERS,
  'GET /campaigns/:id/edit': WRITERS,
  'POST /campaigns/:id/edit': WRITERS,
  'POST /campaigns/:id/test': WRITERS,
  'POST /campaigns/:id/send': WRITERS,
  'POST /campaigns/:id/pause': WRITERS,
  'POST /campaigns/:id/resume': WRITERS,
  'POST /campaigns/:id/cancel': WRITERS,
  'GET /campaigns/:id/progress': READERS,
  'POST /campaigns/:id/attachments': WRITERS,
  'POST /campaigns/:id/attachments/:attachmentId/remove': WRITERS,
  // compliance officers only: staff (and admins, who administer but do not judge) never reach /compliance/…
  'GET /compliance/flags': OFFICERS,
  'GET /compliance/flags/:id': OFFICERS,
  'POST /compliance/flags/:id/decide': OFFICERS,
  'GET /compliance/flags/:id/case': OFFICERS,
  'GET /compliance/flags/:id/case.json': OFFICERS,
  'POST /compliance/users/:id/suspend': OFFICERS,
  'POST /compliance/users/:id/reinstate': OFFICERS,
  'POST /compliance/users/:id/terminate': OFFICERS,
  'POST /compliance/terminations/:id/confirm': OFFICERS,
  // a recipient's own links and the mail provider's events: no session, no CSRF (token or signature instead)
  'GET /u/:token': 'public',
  'POST /u/:token': 'public',
  'POST /webhooks/mail-events': 'public',
  'GET /account/password': 'signed-in',
  'POST /account/password': 'signed-in',
  'GET /account/security': 'signed-in',
  'POST /account/security/sessions/:sid/revoke': 'signed-in',
  'POST /account/security/sessions/revoke-others': 'signed-in',
  'GET /account/2fa/setup': 'signed-in',
  'POST /account/2fa/setup': 'signed-in',
  'GET /account/2fa/codes': 'signed-in',
  'POST /account/2fa/disable': 'signed-in',
  'GET /admin/users': ADMIN,
  'GET /admin/users/invite': ADMIN,
  'POST /admin/users/invite': ADMIN,
  'GET /admin/users/:id': ADMIN,
  'POST /admin/users/:id/role': ADMIN,
  'POST /admin/users/:id/deactivate': ADMIN,
  'POST /admin/users/:id/reactivate': ADMIN,
  'POST /admin/users/:id/team': ADMIN,
  'GET /admin/teams': ADMIN,
  'POST /admin/teams': ADMIN,
  'GET /status': 'public',
  'GET /status.json': 'public',
  'GET /status.atom': 'public',
  'POST /status/banner/:id/dismiss': 'signed-in',
  'GET /admin/maintenance': ADMIN,
  'POST /admin/maintenance': ADMIN,
  'GET /admin/maintenance/:id': ADMIN,
  'POST /admin/maintenance/:id': ADMIN,
  'POST /admin/maintenance/:id/cancel': ADMIN,
  'POST /admin/maintenance/:id/end': ADMIN,
  'GET /admin/maintenance/:id/deliveries.csv': ADMIN,
  'GET /admin/incidents': ADMIN,
  'POST /admin/incidents': ADMIN,
  'GET /admin/incidents/:id': ADMIN,
  'POST /admin/incidents/:id/updates': ADMIN,
  'GET /admin/statuses': ADMIN,
  'POST /admin/statuses': ADMIN,
  'POST /admin/statuses/:id': ADMIN,
  'GET /admin/campaign-settings': ADMIN,
  'POST /admin/campaign-settings': ADMIN,
  'GET /admin/audit': ['admin', 'compliance'],
  'GET /admin/mail': ADMIN,
  'GET /admin/mail/:id': ADMIN,
  'GET /admin/queues': ADMIN,
  'GET /admin/queues/api/queues': ADMIN,
  'GET /terms/versions/:version': 'public',
  'GET /privacy/versions/:version': 'public',
  'GET /terms/compare/:from/:to': 'public',
  'GET /privacy/compare/:from/:to': 'public',
  'POST /policies/accept': 'signed-in',
  'POST /policies/decline': 'signed-in',
  'GET /admin/terms': ADMIN,
  'POST /admin/terms': ADMIN,
  'GET /admin/terms/:id': ADMIN,
  'POST /admin/terms/:id': ADMIN,
  'POST /admin/terms/:id/publish': ADMIN,
  'POST /admin/terms/:id/withdraw': ADMIN,
  'GET /compliance/acceptance': ['compliance', 'admin'],
  'GET /compliance/acceptance/:id/acceptance.csv': ['compliance', 'admin'],
  'GET /notifications': 'signed-in',
  'POST /notifications/read-all': 'signed-in',
  'POST /notifications/:id/read': 'signed-in',
  'GET /account/notifications': 'signed-in',
  'POST /account/notifications': 'signed-in',
  'GET /account/export': 'signed-in',
  'POST /account/export': 'signed-in',
  'GET /account/export/:id/progress': 'signed-in',
  'GET /account/export/:id/download': 'signed-in',
  'GET /changes': 'signed-in',
  'GET /admin/announcements': ADMIN,
  'POST /admin/announcements': ADMIN,
  'GET /admin/backups': ADMIN,
  'POST /admin/backups': ADMIN,
  'POST /admin/backups/acknowledge': ADMIN,
  'GET /admin/backups/:id': ADMIN,
  'GET /admin/backups/:id/progress': ADMIN,
  'POST /admin/backups/:id/pin': ADMIN,
  'GET /admin/backups/:id/download': ADMIN,
  'POST /admin/backups/:id/download': ADMIN,
  'GET /admin/retention': ADMIN,
  'GET /admin/retention/runs': ADMIN,
  'GET /admin/retention/runs/:id': ADMIN,
  'POST /admin/retention/:key': ADMIN,
  'GET /admin/retention/:key/preview': ADMIN,
  'POST /admin/retention/:key/run': ADMIN,
  'GET /contact': 'public',
  'POST /contact': 'public',
  'GET /contact/sent': 'public',
  'GET /contact/confirm/:token': 'public',
  'POST /contact/confirm/:token': 'public',
  'GET /compliance/requests': ['compliance', 'admin'],
  'GET /compliance/requests/chart.json': ['compliance', 'admin'],
  'GET /compliance/requests/:id': ['compliance', 'admin'],
  'POST /compliance/requests/:id/notes': ['compliance', 'admin'],
  'POST /compliance/requests/:id/state': ['compliance', 'admin'],
  'POST /compliance/requests/:id/reply': ['compliance', 'admin'],
  'POST /compliance/requests/:id/extend': ['compliance', 'admin'],
  'GET /compliance/requests/:id/attachment': ['compliance', 'admin'],
  'GET /compliance/subjects': ['compliance', 'admin'],
  'POST /compliance/subjects': ['compliance', 'admin'],
  'GET /compliance/subjects/:kind/:bidx.json': ['compliance', 'admin'],
  'GET /compliance/subjects/:kind/:bidx': ['compliance', 'admin'],
  'POST /compliance/subjects/:kind/:bidx/erase': ['compliance', 'admin'],
};
/** Signed-in routes an admin or compliance officer may use before setting up two-factor sign-in (to set it up). */
const BEFORE_ENROLMENT = new Set([
  'POST /logout',
  'GET /account/password',
  'POST /account/password',
  'GET /account/2fa/setup',
  'POST /account/2fa/setup',
  'GET /account/2fa/codes',
  'POST /policies/accept',
  'POST /policies/decline',
]);
/** Registered outside routeTable: the probes (app routes) and the job board's pages (behind its own authorize). */
const OUTSIDE_TABLE = ['GET /healthz', 'GET /readyz'];
const JOB_BOARD = ['GET /admin/queues', 'GET /admin/queues/api/queues'];
/** Mount points (app.use with a path) that are not routes: static files, and the job board. */
const KNOWN_MOUNTS = [
  '/admin/announcements',
  '/admin/incidents', // the incident and maintenance forms' larger parser (RouteSpec.bodyLimit)
  '/admin/incidents/:id/updates',
  '/admin/maintenance',
  '/admin/maintenance/:id',
  '/admin/queues',
  '/admin/terms', // the terms and announcement forms' larger parser
  '/admin/terms/:id',
  '/campaigns/:id/attachments', // the attachment form's multipart parser (RouteSpec.upload)
  '/campaigns/:id/edit', // the draft forms' larger parser (RouteSpec.bodyLimit)
  '/campaigns/new',
  '/contact', // the privacy form's anonymous upload (RouteSpec.upload)
  '/leads/import', // the import's upload, streamed to disk (RouteSpec.upload)
  '/public',
  '/public/vendor/chart.umd.min.js',
];

const ALL_CHECKED: Checked[] = Object.keys(EXPECTED).map((key) => {
  const [method, path] = key.split(' ') as ['GET' | 'POST', string];
  return { key, method: method.toLowerCase() as 'get' | 'post', path, who: EXPECTED[key] };
});

interface LayerLike {
  name?: string;
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean | undefined> };
  handle?: { stack?: LayerLike[] };
}
const join = (prefix: string, p: string) => (prefix === '' ? p : p === '/' ? prefix : `${prefix}${p}`);

/** Walks the Express 5 router stack, recursing into mounted routers. */
function walk(stack: LayerLike[], prefix: string, out: { routes: string[]; mounts: string[] }): void {
  for (const layer of stack) {
    if (layer.route) {
      expect(layer.route.path, 'route paths are strings').to.be.a('string');
      for (const [method, on] of Object.entries(layer.route.methods))
        if (on) out.routes.push(keyOf(method, join(prefix, layer.route.path as string)));
      continue;
    }
    expect(layer.rawPath, `layer ${layer.name}: mount path readable`).to.be.a('string');
    const here = layer.rawPath === '/' ? prefix : join(prefix, layer.rawPath as string);
    if (layer.handle?.stack) walk(layer.handle.stack, here, out);
    else if (here !== prefix) out.mounts.push(here);
  }
}

function expectedOutcome(who: Who, actor: Actor): Outcome {
  if (who === 'public') return 'allowed';
  if (actor === 'anonymous') return 'to-login';
  if (who !== 'signed-in' && !who.includes(actor)) return 'forbidden';
  return 'allowed';
}

/** Harmless values for route parameters: a throwaway user for :id, made-up session ids and tokens. */
let targetId = 0;
const fill = (path: string) =>
  path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(
      (
        { id: String(targetId), sid: 'no-such-session', token: 'no-such-token-0123456789abcdef' } as Record<
          string,
          string
        >
      )[name] ?? '1',
    ),
  );

/** Public handlers that send a visitor without a pending sign-in back to /login themselves (with a message). */
const HANDLER_SENDS_TO_LOGIN = new Set(['GET /login/2fa', 'POST /login/2fa']);
const EXPIRED_NOTICE = 'Your sign-in took too long';

describe('routes × roles', () => {
  const users: Partial<Record<Role, TestUser>> = {};
  const agents: Partial<Record<Actor, Agent>> = {};

  before(async () => {
    const target = await s.users.create(
      { email: `${unique('target')}@example.test`, name: 'Route Target', role: 'staff' },
      PASSWORD,
      { userId: null },
    );
    targetId = target.id;
    for (const role of ['staff', 'compliance', 'admin'] as const) {
      users[role] = await makeUser(role); // admins and compliance officers come enrolled in two-factor sign-in
      agents[role] = request.agent(app());
      await signIn(agents[role], users[role]);
    }
    agents.anonymous = request.agent(app());
  });

  /** A page with a form, to take a CSRF token from (the agent's own session). */
  const formPage = (actor: Actor) => (actor === 'anonymous' ? '/login' : '/account/password');

  async function send(agent: Agent, csrfPage: string, method: 'get' | 'post', path: string) {
    if (method === 'get') return agent.get(path);
    const page = await agent.get(csrfPage);
    expect(page.status, `CSRF page ${csrfPage}`).to.equal(200);
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
  }

  /** Keeps a role's agent signed in (POST /logout, for one, ends the session). */
  async function stillSignedIn(agent: Agent, u: TestUser) {
    const res = await agent.get('/account/password');
    if (res.status !== 200) await signIn(agent, u);
  }

  async function flashShown(agent: Agent): Promise<boolean> {
    let res = await agent.get('/login');
    for (let i = 0; i < 3 && res.status === 302; i++) res = await agent.get(res.headers.location);
    return res.text.includes(EXPIRED_NOTICE);
  }

  async function probe(actor: Actor, route: Checked): Promise<{ outcome: Outcome; status: number }> {
    const agent = agents[actor]!;
    const res = await send(agent, formPage(actor), route.method, fill(route.path));
    const label = `${route.key} as ${actor}`;
    expect(res.status, `${label}: no server error`).to.be.below(500);
    let outcome: Outcome = 'allowed';
    if (res.status === 403) outcome = 'forbidden';
    else if (res.status === 302 && res.headers.location === '/login') {
      outcome = 'to-login';
      if (HANDLER_SENDS_TO_LOGIN.has(route.key) && route.who === 'public') {
        expect(await flashShown(agent), `${label}: the handler (not the gate) sent it to /login`).to.equal(true);
        outcome = 'allowed';
      }
    }
    if (actor !== 'anonymous') await stillSignedIn(agent, users[actor]!);
    return { outcome, status: res.status };
  }

  it('registers exactly the routes of the expected table, each with the rule written there', () => {
    const found = { routes: [] as string[], mounts: [] as string[] };
    const built = createApp(s) as unknown as { router: { stack: LayerLike[] } };
    walk(built.router.stack, '', found);
    const table = routeTable(s);
    const declared = table.map((r) => keyOf(r.method, r.path));
    expect(new Set(declared).size, 'no route declared twice').to.equal(declared.length);
    const undeclared = found.routes.filter((k) => !declared.includes(k) && !OUTSIDE_TABLE.includes(k));
    expect(undeclared, 'routes registered without an access rule in routeTable').to.deep.equal([]);
    expect([...found.routes].sort()).to.deep.equal([...declared, ...OUTSIDE_TABLE].sort());
    expect([...found.routes, ...JOB_BOARD].sort(), 'every route has a line in EXPECTED').to.deep.equal(
      Object.keys(EXPECTED).sort(),
    );
    // The declared rule says the same as the hand-written line (the probes below check what the app does).
    for (const r of table) {
      const who: Who =
        r.access.kind === 'public' ? 'public' : r.access.kind === 'signedIn' ? 'signed-in' : r.access.roles;
      const key = keyOf(r.method, r.path);
      expect(typeof who === 'string' ? who : [...who].sort(), key).to.deep.equal(
        typeof EXPECTED[key] === 'string' ? EXPECTED[key] : [...EXPECTED[key]].sort(),
      );
      expect(
        r.access.kind === 'signedIn' && Boolean(r.access.beforeEnrolment),
        `${key}: reachable before enrolment`,
      ).to.equal(BEFORE_ENROLMENT.has(key));
    }
    expect([...new Set(found.mounts)].sort(), 'mounted (non-route) paths').to.deep.equal(KNOWN_MOUNTS);
    expect(
      found.mounts.filter((m) => m === '/admin/queues'),
      'the job board sits behind its own authorize layer',
    ).to.have.length(2);
  });

  for (const route of ALL_CHECKED) {
    const rule = typeof route.who === 'string' ? route.who : route.who.join('+');
    it(`${route.key} (${rule})`, async () => {
      const seen: Record<string, Outcome> = {};
      const want: Record<string, Outcome> = {};
      for (const actor of ACTORS) {
        seen[actor] = (await probe(actor, route)).outcome;
        want[actor] = expectedOutcome(route.who, actor);
      }
      expect(seen).to.deep.equal(want);
    });
  }

  it('sends an admin or compliance officer without two-factor sign-in to set it up, except on enrolment routes', async function () {
    this.timeout(60_000);
    for (const role of ['admin', 'compliance'] as const) {
      const email = `${unique(`unenrolled-${role}`)}@example.test`;
      const user = await s.users.create({ email, name: `Unenrolled ${role}`, role }, PASSWORD, { userId: null });
      const u: TestUser = { user, email, password: PASSWORD };
      const agent = request.agent(app());
      await signIn(agent, u);
      const seen: Record<string, Outcome> = {};
      const want: Record<string, Outcome> = {};
      for (const route of ALL_CHECKED) {
        // the set-up page also puts the pending secret in the session, so POSTing the set-up form is meaningful
        const res = await send(agent, '/account/2fa/setup', route.method, fill(route.path));
        expect(res.status, `${route.key}: no server error`).to.be.below(500);
        const gate =
          res.status === 302 &&
          res.headers.location === '/account/2fa/setup' &&
          !(route.key === 'GET /account/2fa/codes' || route.key === 'POST /account/2fa/setup');
        seen[route.key] =
          res.status === 403
            ? 'forbidden'
            : gate
              ? 'to-2fa-setup'
              : res.status === 302 && res.headers.location === '/login' && !HANDLER_SENDS_TO_LOGIN.has(route.key)
                ? 'to-login'
                : 'allowed';
        want[route.key] = route.who === 'public' || BEFORE_ENROLMENT.has(route.key) ? 'allowed' : 'to-2fa-setup';
        if ((await agent.get('/account/password')).status !== 200) await signIn(agent, u);
      }
      expect(seen, role).to.deep.equal(want);
      expect((await s.users.get(user.id)).totpEnabledAt, 'still not enrolled').to.equal(null);
    }
  });
});
