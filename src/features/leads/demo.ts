// Realistic demo data for trying the portal and for benchmarks: users in teams, leads with statuses,
// tags, encrypted personal data, consent records and history. Bulk-loaded with COPY in batches.
//
// Speed (1,000,000 leads in a few minutes on two cores): rows are written in COPY's text format by hand, the
// next batch is generated while PostgreSQL stores the previous one, and a large seed into an empty lead table
// runs as one transaction that loads without the secondary indexes (COPY FREEZE: rows land already frozen
// and all-visible) and builds them once at the end. That transaction is all or nothing: a failed or
// interrupted seed leaves the tables as they were (empty, with every index), and running it again starts
// over. Otherwise (leads already exist, or a small seed) each batch is its own transaction, with every index
// in place: a failure keeps the batches already committed and a new run adds leads after them.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Actor } from '../../platform/audit/service';
import type { DataCipher } from '../../platform/crypto';
import type { UserAdminService } from '../accounts';
import type { OrganisationService } from '../organisation';
import type { Batch, DemoLoader } from './data/demoLoader';
import { BASES, COMPANY_A, COMPANY_B, COMPANY_C, FIRST, LAST, SOURCES, TAGS, TITLES } from './demoData';

/** A large seed into an empty lead table uses the one-transaction bulk path (load, then build indexes). */
export const BULK_PATH_MIN = 100_000;
const BATCH = 50_000;
export interface SeedResult {
  users: number;
  leads: number;
  seconds: number;
  /** 'bulk': one transaction, indexes built after the load; 'batches': one transaction per batch. */
  path: 'bulk' | 'batches';
}

const pick = <T>(list: readonly T[], n: number) => list[n % list.length];
/** Demo data only (nothing secret): a fast non-cryptographic draw from 0..n-1. */
const rnd = (n: number) => Math.floor(Math.random() * n);

/** One value in COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped. */
function field(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
}
const line = (values: (string | number | boolean | null | undefined)[]) => `${values.map(field).join('\t')}\n`;

export class DemoSeeder {
  constructor(
    private readonly loader: DemoLoader,
    private readonly cipher: DataCipher,
    private readonly users: Pick<UserAdminService, 'create' | 'findByEmail' | 'list'>,
    private readonly organisation: Pick<
      OrganisationService,
      'listTeams' | 'createTeam' | 'assignTeam' | 'listStatuses'
    >,
  ) {}

  /** Teams and staff to own the leads (created once; returns their ids). */
  private async people(
    password: string,
    actor: Actor,
  ): Promise<{ ids: number[]; teams: Map<number, number | null>; created: number }> {
    const teamNames = ['North', 'South', 'Enterprise', 'Partners'];
    // Team names are unique in any letter case: an existing "north" is the demo's North.
    const known = new Map((await this.organisation.listTeams()).map((t) => [t.name.toLowerCase(), t.id]));
    for (const name of teamNames.map((n) => n.toLowerCase()))
      if (!known.has(name))
        known.set(name, await this.organisation.createTeam(name[0].toUpperCase() + name.slice(1), actor));
    const teams = teamNames.map((name) => ({ name, id: known.get(name.toLowerCase())! }));
    let created = 0;
    for (let i = 1; i <= 24; i++) {
      const email = `demo.staff${i}@valley.local`;
      let user = await this.users.findByEmail(email);
      if (!user) {
        user = await this.users.create(
          { email, name: `${pick(FIRST, i * 7)} ${pick(LAST, i * 11)}`, role: 'staff' },
          password,
          actor,
        );
        created++;
      }
      await this.organisation.assignTeam(user.id, teams[i % teams.length].id, actor);
    }
    for (const [role, email] of [
      ['compliance', 'demo.compliance@valley.local'],
      ['admin', 'demo.admin@valley.local'],
    ] as const) {
      if (!(await this.users.findByEmail(email))) {
        await this.users.create(
          { email, name: role === 'admin' ? 'Demo Admin' : 'Demo Compliance', role },
          password,
          actor,
        );
        created++;
      }
    }
    const staff = (await this.users.list())
      .filter((u) => /^demo\.staff\d+@valley\.local$/.test(u.email))
      .sort((a, b) => a.id - b.id);
    return { ids: staff.map((u) => u.id), teams: new Map(staff.map((u) => [u.id, u.teamId])), created };
  }

  async seed(count: number, password: string, actor: Actor, onProgress?: (done: number) => void): Promise<SeedResult> {
    const started = Date.now();
    const { ids: owners, teams, created } = await this.people(password, actor);
    const statuses: number[] = (await this.organisation.listStatuses()).map((r) => r.id);
    const firstId = await this.loader.firstFreeId();
    const now = Date.now();
    const span = 730 * 86400_000; // two years of leads, added over time: created_at grows with the id
    const c = this.cipher;
    let nextId = firstId;

    /** Rows for `n` leads; yields to the event loop now and then so the previous batch keeps streaming. */
    const generate = async (n: number, done: number): Promise<Batch> => {
      const b: Batch = { leads: [], history: [], consents: [] };
      const recent: { first: string; last: string; company: string | null; email: string }[] = [];
      for (let k = 0; k < n; k++, nextId++) {
        if (k % 2000 === 1999) await yieldToLoop();
        // About 2% are the same person entered again (same name and company; half with the same e-mail address).
        const again = k > 0 && rnd(50) === 0 ? recent[rnd(recent.length)] : undefined;
        const first = again?.first ?? pick(FIRST, rnd(FIRST.length));
        const last = again?.last ?? pick(LAST, rnd(LAST.length));
        const brand = `${pick(COMPANY_A, rnd(COMPANY_A.length))} ${pick(COMPANY_B, rnd(COMPANY_B.length))}`;
        const suffix = pick(COMPANY_C, rnd(COMPANY_C.length));
        const company = again ? again.company : rnd(17) === 0 ? null : `${brand}${suffix ? ` ${suffix}` : ''}`;
        const domain = `${(company ? brand : `${first}${last}`)
          .normalize('NFKD')
          .replace(/[^A-Za-z]/g, '')
          .toLowerCase()}.example`;
        const email =
          again && rnd(2) === 0
            ? again.email
            : `${first}.${last}.${nextId}@${domain}`
                .normalize('NFKD')
                .replace(/[^A-Za-z0-9.@-]/g, '')
                .toLowerCase();
        if (!again) recent[k % 1000] = { first, last, company, email };
        const phone = `+447${String(700000000 + (nextId % 99999999)).padStart(9, '0')}`;
        const owner = pick(owners, rnd(owners.length));
        const createdAt = new Date(now - span + ((done + k + Math.random()) / count) * span);
        const age = now - createdAt.getTime();
        const status = rnd(10) < 3 ? statuses[0] : pick(statuses, rnd(statuses.length)); // about 40% still new
        const verified = rnd(5) < 3 ? new Date(createdAt.getTime() + rnd(Math.max(1, age))) : null;
        const tags = [
          ...new Set([pick(TAGS, rnd(TAGS.length)), ...(rnd(3) === 0 ? [pick(TAGS, rnd(TAGS.length))] : [])]),
        ];
        const basis = pick(BASES, rnd(BASES.length));
        const at = createdAt.toISOString();
        b.leads.push(
          line([
            nextId,
            first,
            last,
            company,
            pick(TITLES, rnd(TITLES.length)),
            c.encrypt(email),
            c.blindIndex(email),
            c.encrypt(phone),
            c.blindIndex(phone),
            rnd(4) === 0 ? c.encrypt(`${rnd(200) + 1} High Street\nLondon`) : null,
            rnd(6) === 0 ? c.encrypt('Met at the stand; interested in a demo.') : null,
            c.currentKeyId,
            pick(SOURCES, rnd(SOURCES.length)),
            status,
            `{${tags.join(',')}}`,
            owner,
            teams.get(owner),
            basis,
            'web form',
            'https://valley.example/contact',
            at,
            'I agree that Valley may keep my details to answer my enquiry.',
            owner,
            owner,
            at,
            (verified ?? createdAt).toISOString(),
            verified?.toISOString() ?? null,
          ]),
        );
        // History as the app writes it: created, then a status change, then "verified" (ids and dates as text).
        b.history.push(line([nextId, owner, at, 'created', null, `lawful basis: ${basis}`, false]));
        if (status !== statuses[0]) {
          const changed = new Date(createdAt.getTime() + rnd(Math.max(1, Math.min(age, 60 * 86400_000))));
          b.history.push(
            line([nextId, owner, changed.toISOString(), 'statusId', String(statuses[0]), String(status), false]),
          );
        }
        if (verified)
          b.history.push(
            line([
              nextId,
              owner,
              verified.toISOString(),
              'lastVerifiedAt',
              null,
              verified.toISOString().slice(0, 10),
              false,
            ]),
          );
        if (basis === 'consent' && rnd(2) === 0) {
          b.consents.push(
            line([
              nextId,
              'email',
              'granted',
              'web form checkbox',
              'https://valley.example/contact',
              at,
              'Send me news and offers by e-mail.',
              owner,
              at,
            ]),
          );
        }
      }
      return b;
    };

    const bulk = count >= BULK_PATH_MIN && (await this.loader.tablesEmpty());
    await this.loader.load(count, BATCH, generate, bulk, onProgress);
    return { users: created, leads: count, seconds: (Date.now() - started) / 1000, path: bulk ? 'bulk' : 'batches' };
  }
}
