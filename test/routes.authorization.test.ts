// THE route × role test: every route the app registers has a declared access rule (routeTable),
// and every route answers each kind of visitor the way its rule says.
import { expect } from 'chai';
import request from 'supertest';
import { s } from './setup';
import { app, csrfOf, makeUser, signIn, unique, PASSWORD, type Agent, type TestUser } from './support/helpers';
import { createApp } from '../src/app';
import { routeTable } from '../src/routes';
import { PUBLIC, roles, type Access } from '../src/middleware/auth';
import type { Role } from '../src/data/usersRepo';

type Actor = 'anonymous' | Role;
const ACTORS: Actor[] = ['anonymous', 'staff', 'compliance', 'admin'];
type Outcome = 'allowed' | 'to-login' | 'forbidden' | 'to-2fa-setup';

interface Checked {
  key: string; // "GET /admin/users"
  method: 'get' | 'post';
  path: string;
  access: Access;
}
const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/** Routes outside routeTable on purpose: load-balancer probes (before sessions), and the job board mounted with its own rule. */
const HEALTH: Checked[] = ['/healthz', '/readyz'].map((path) => ({ key: keyOf('get', path), method: 'get' as const, path, access: PUBLIC }));
const QUEUES: Checked[] = ['/admin/queues', '/admin/queues/api/queues'].map((path) => ({ key: keyOf('get', path), method: 'get' as const, path, access: roles('admin') }));
/** Mount points (app.use with a path) that are not routes: static files, and the job board. */
const KNOWN_MOUNTS = ['/admin/queues', '/public', '/public/vendor/chart.umd.min.js'];

const TABLE: Checked[] = routeTable.map((r) => ({ key: keyOf(r.method, r.path), method: r.method, path: r.path, access: r.access }));
const ALL_CHECKED = [...TABLE, ...HEALTH, ...QUEUES];

/** The admin pages, written out by hand: who may use each. A new /admin route must be added here. */
const ADMIN_EXPECTED: Record<string, Role[]> = {
  'GET /admin/users': ['admin'],
  'GET /admin/users/invite': ['admin'],
  'POST /admin/users/invite': ['admin'],
  'GET /admin/users/:id': ['admin'],
  'POST /admin/users/:id/role': ['admin'],
  'POST /admin/users/:id/deactivate': ['admin'],
  'POST /admin/users/:id/reactivate': ['admin'],
  'POST /admin/users/:id/team': ['admin'],
  'GET /admin/teams': ['admin'],
  'POST /admin/teams': ['admin'],
  'GET /admin/statuses': ['admin'],
  'POST /admin/statuses': ['admin'],
  'POST /admin/statuses/:id': ['admin'],
  'GET /admin/audit': ['admin', 'compliance'],
  'GET /admin/mail': ['admin'],
  'GET /admin/mail/:id': ['admin'],
  'GET /admin/queues': ['admin'],
  'GET /admin/queues/api/queues': ['admin'],
};

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
      for (const [method, on] of Object.entries(layer.route.methods)) if (on) out.routes.push(keyOf(method, join(prefix, layer.route.path as string)));
      continue;
    }
    expect(layer.rawPath, `layer ${layer.name}: mount path readable`).to.be.a('string');
    const here = layer.rawPath === '/' ? prefix : join(prefix, layer.rawPath as string);
    if (layer.handle?.stack) walk(layer.handle.stack, here, out);
    else if (here !== prefix) out.mounts.push(here);
  }
}

function expectedOutcome(access: Access, actor: Actor): Outcome {
  if (access.kind === 'public') return 'allowed';
  if (actor === 'anonymous') return 'to-login';
  if (access.kind === 'roles' && !access.roles.includes(actor)) return 'forbidden';
  return 'allowed';
}
const expectedActors = (access: Access): Actor[] => ACTORS.filter((a) => expectedOutcome(access, a) === 'allowed');

/** Harmless values for route parameters: a throwaway user for :id, made-up session ids and tokens. */
let targetId = 0;
const fill = (path: string) =>
  path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(({ id: String(targetId), sid: 'no-such-session', token: 'no-such-token-0123456789abcdef' } as Record<string, string>)[name] ?? '1'));

/** Public handlers that send a visitor without a pending sign-in back to /login themselves (with a message). */
const HANDLER_SENDS_TO_LOGIN = new Set(['GET /login/2fa', 'POST /login/2fa']);
const EXPIRED_NOTICE = 'Your sign-in took too long';

describe('routes × roles', () => {
  const users: Partial<Record<Role, TestUser>> = {};
  const agents: Partial<Record<Actor, Agent>> = {};

  before(async () => {
    const target = await s.users.create({ email: `${unique('target')}@example.test`, name: 'Route Target', role: 'staff' }, PASSWORD, { userId: null });
    targetId = target.id;
    for (const role of ['staff', 'compliance', 'admin'] as const) {
      users[role] = await makeUser(role); // admins and compliance officers come enrolled in two-factor sign-in
      agents[role] = request.agent(app());
      await signIn(agents[role]!, users[role]!);
    }
    agents.anonymous = request.agent(app());
  });

  /** A page with a form, to take a CSRF token from (the agent's own session). */
  const formPage = (actor: Actor) => (actor === 'anonymous' ? '/login' : '/account/password');

  async function send(agent: Agent, csrfPage: string, method: 'get' | 'post', path: string) {
    if (method === 'get') return agent.get(path);
    const page = await agent.get(csrfPage);
    expect(page.status, `CSRF page ${csrfPage}`).to.equal(200);
    return agent.post(path).type('form').send({ _csrf: csrfOf(page.text) });
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
      if (HANDLER_SENDS_TO_LOGIN.has(route.key) && route.access.kind === 'public') {
        expect(await flashShown(agent), `${label}: the handler (not the gate) sent it to /login`).to.equal(true);
        outcome = 'allowed';
      }
    }
    if (actor !== 'anonymous') await stillSignedIn(agent, users[actor]!);
    return { outcome, status: res.status };
  }

  it('registers exactly the routes of routeTable (plus health probes and the job board), each with a rule', () => {
    const found = { routes: [] as string[], mounts: [] as string[] };
    const built = createApp(s) as unknown as { router: { stack: LayerLike[] } };
    walk(built.router.stack, '', found);

    const declared = TABLE.map((r) => r.key);
    expect(new Set(declared).size, 'no route declared twice').to.equal(declared.length);
    const allowedOutside = HEALTH.map((r) => r.key);
    const undeclared = found.routes.filter((k) => !declared.includes(k) && !allowedOutside.includes(k));
    expect(undeclared, 'routes registered without an access rule in routeTable').to.deep.equal([]);
    expect([...found.routes].sort()).to.deep.equal([...declared, ...allowedOutside].sort());
    for (const r of routeTable) expect(['public', 'signedIn', 'roles'], r.path).to.include(r.access.kind);

    expect([...new Set(found.mounts)].sort(), 'mounted (non-route) paths').to.deep.equal(KNOWN_MOUNTS);
    expect(found.mounts.filter((m) => m === '/admin/queues'), 'the job board sits behind its own authorize layer').to.have.length(2);
  });

  it('states the expected access of every admin page explicitly, matching routeTable', () => {
    const adminKeys = ALL_CHECKED.filter((r) => r.path.startsWith('/admin')).map((r) => r.key);
    expect([...adminKeys].sort(), 'every /admin route is listed in ADMIN_EXPECTED').to.deep.equal(Object.keys(ADMIN_EXPECTED).sort());
    for (const r of ALL_CHECKED.filter((x) => x.path.startsWith('/admin'))) {
      expect(expectedActors(r.access).sort(), r.key).to.deep.equal([...ADMIN_EXPECTED[r.key]].sort());
    }
  });

  for (const route of ALL_CHECKED) {
    const rule = route.access.kind === 'roles' ? route.access.roles.join('+') : route.access.kind;
    it(`${route.key} (${rule})`, async () => {
      const seen: Record<string, Outcome> = {};
      const want: Record<string, Outcome> = {};
      for (const actor of ACTORS) {
        seen[actor] = (await probe(actor, route)).outcome;
        want[actor] = expectedOutcome(route.access, actor);
      }
      expect(seen).to.deep.equal(want);
      const explicit = ADMIN_EXPECTED[route.key];
      if (explicit) expect(ACTORS.filter((a) => seen[a] === 'allowed').sort(), 'explicit admin table').to.deep.equal([...explicit].sort());
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
        const gate = res.status === 302 && res.headers.location === '/account/2fa/setup' && !(route.key === 'GET /account/2fa/codes' || route.key === 'POST /account/2fa/setup');
        seen[route.key] = res.status === 403 ? 'forbidden' : gate ? 'to-2fa-setup' : res.status === 302 && res.headers.location === '/login' && !HANDLER_SENDS_TO_LOGIN.has(route.key) ? 'to-login' : 'allowed';
        const a = route.access;
        want[route.key] = a.kind === 'public' || (a.kind === 'signedIn' && a.beforeEnrolment) ? 'allowed' : 'to-2fa-setup';
        if ((await agent.get('/account/password')).status !== 200) await signIn(agent, u);
      }
      expect(seen, role).to.deep.equal(want);
      expect((await s.users.get(user.id)).totpEnabledAt, 'still not enrolled').to.equal(null);
    }
  });
});
