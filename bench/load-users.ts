// The people of bench/load.ts, made once and kept: staff spread over the demo teams, compliance officers and
// admins (these two with two-factor sign-in enrolled), all with the demo users' password; some privacy requests
// for the officers to write notes on; and samples of the leads each kind of user may open.
import type { Config } from '../src/platform/config';
import { services, type Services } from '../src/services';
import type { Role } from '../src/features/accounts';
import { readScope } from '../src/features/leads/access';
import { applyScope } from '../src/features/leads/data/scope';
import { ensureUser } from './lib/web';

export interface LoadUser {
  role: Role;
  email: string;
  totpSecret?: string;
  id: number;
  teamId: number | null;
}

export interface Fixture {
  users: LoadUser[];
  /** Lead ids a staff user of the team may open and change, by team id. */
  teamLeads: Map<number, number[]>;
  /** Lead ids anyone with every lead in scope (compliance, admin) may open. */
  anyLeads: number[];
  /** Privacy requests officers may write notes on. */
  requests: number[];
}

export type Counts = Record<Role, number>;
const ACTOR = { userId: null, ip: 'bench' };
const REQUESTS = 12;

/** Runs `fn` over `items`, at most `n` at a time. */
export async function inPool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The bench's users: load.staff001…, load.compliance01…, load.admin01… @valley.local. */
function wanted(counts: Counts): { email: string; name: string; role: Role }[] {
  const out: { email: string; name: string; role: Role }[] = [];
  for (const role of ['staff', 'compliance', 'admin'] as const)
    for (let i = 1; i <= counts[role]; i++) {
      const n = pad(i, role === 'staff' ? 3 : 2);
      out.push({
        email: `load.${role}${n}@valley.local`,
        name: `Load ${role[0].toUpperCase()}${role.slice(1)} ${n}`,
        role,
      });
    }
  return out;
}

async function ensureUsers(s: Services, counts: Counts, password: string, concurrency: number): Promise<LoadUser[]> {
  const teams = await s.organisation.listTeams();
  if (!teams.length) throw new Error('no teams: seed first (npm run crm -- seed:demo --leads N)');
  const list = wanted(counts);
  const t0 = Date.now();
  // argon2 hashes a new user's password: a few at a time
  const made = await inPool(list, concurrency, (who) => ensureUser(s, who, password, who.role !== 'staff'));
  const rows = await s.platform
    .db('users')
    .whereIn(
      'id',
      made.map((m) => m.id),
    )
    .select<{ id: number; team_id: number | null; status: string }[]>('id', 'team_id', 'status');
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  let staffNo = 0;
  const users: LoadUser[] = [];
  for (const [i, who] of list.entries()) {
    const row = byId.get(made[i].id)!;
    if (row.status !== 'active')
      throw new Error(`${who.email} is ${row.status}: reactivate it or use a fresh database`);
    let teamId = row.team_id === null ? null : Number(row.team_id);
    if (who.role === 'staff') {
      const team = teams[staffNo++ % teams.length].id;
      if (teamId !== team) await s.organisation.assignTeam(made[i].id, (teamId = team), ACTOR);
    }
    users.push({ role: who.role, email: who.email, totpSecret: made[i].totpSecret, id: made[i].id, teamId });
  }
  process.stdout.write(`${users.length} users ready in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  return users;
}

/** Privacy requests (from the contact form's service, as people would send them) until there are REQUESTS. */
async function ensureRequests(s: Services): Promise<number[]> {
  const have = async () =>
    (await s.platform.db('privacy_requests').orderBy('id').limit(REQUESTS).select<{ id: number }[]>('id')).map((r) =>
      Number(r.id),
    );
  const ids = await have();
  for (let i = ids.length; i < REQUESTS; i++)
    await s.privacyIntake.submit(
      {
        kind: 'question',
        name: `Load Requester ${i}`,
        email: `load.requester${i}.${Date.now()}@example.test`,
        phone: '',
        message: 'Which of my details do you keep, and why? (bench/load.ts)',
        honeypot: '',
      },
      `192.0.2.${i + 1}`,
    );
  return ids.length < REQUESTS ? have() : ids;
}

async function sampleLeads(s: Services, user: LoadUser, n: number): Promise<number[]> {
  const rows = await applyScope(s.platform.db('leads'), readScope(user))
    .select<{ id: number }[]>('leads.id')
    .orderByRaw('random()')
    .limit(n);
  return rows.map((r) => Number(r.id));
}

export async function prepareLoad(config: Config, counts: Counts, password: string, concurrency: number) {
  const s = services({ ...config, LOG_LEVEL: 'silent' });
  try {
    const users = await ensureUsers(s, counts, password, concurrency);
    const teamLeads = new Map<number, number[]>();
    for (const u of users)
      if (u.role === 'staff' && u.teamId !== null && !teamLeads.has(u.teamId))
        teamLeads.set(u.teamId, await sampleLeads(s, u, 500));
    const officer = users.find((u) => u.role !== 'staff');
    const anyLeads = officer ? await sampleLeads(s, officer, 500) : [];
    const fixture: Fixture = { users, teamLeads, anyLeads, requests: await ensureRequests(s) };
    return fixture;
  } finally {
    await s.close();
  }
}
