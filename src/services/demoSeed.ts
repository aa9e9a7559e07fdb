// Realistic demo data for trying the portal and for benchmarks: users in teams, leads with statuses,
// tags, encrypted personal data, consent records and history. Bulk-loaded with COPY in batches.
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { from as copyFrom } from 'pg-copy-streams';
import type { Knex } from 'knex';
import type { DataCipher } from './cipher';
import type { UserAdminService } from './users';
import type { Actor } from './audit';

const FIRST = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Leo', 'Ivy', 'Arthur', 'Freya', 'Oscar', 'Lily', 'Harry', 'Grace', 'Jack', 'Sofia', 'Theo', 'Ella', 'Finley', 'Priya', 'Mohammed', 'Chen', 'Fatima', 'Lukas', 'Elena', 'Mateo', 'Aisha', 'Kenji', 'Zara'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Khan', 'Clarke', 'Novak', 'Garcia', 'Müller', 'Rossi', 'Nakamura', 'Okafor', 'Larsen', 'Dubois', 'Kowalski', 'Silva'];
const COMPANY_A = ['North', 'Blue', 'River', 'Oak', 'Summit', 'Harbour', 'Bright', 'Granite', 'Silver', 'Meadow', 'Atlas', 'Pioneer', 'Cedar', 'Falcon', 'Iron'];
const COMPANY_B = ['Logistics', 'Foods', 'Analytics', 'Builders', 'Health', 'Energy', 'Textiles', 'Software', 'Consulting', 'Dental', 'Motors', 'Print', 'Legal', 'Travel', 'Labs'];
const TITLES = ['Office Manager', 'Purchasing Lead', 'Operations Director', 'Founder', 'IT Manager', 'Finance Officer', 'Head of Sales', 'Practice Manager', null];
const SOURCES = ['Web form', 'Trade fair 2026', 'Referral', 'Webinar', 'Cold call list', 'Partner'];
const TAGS = ['vip', 'newsletter', 'follow-up', 'enterprise', 'smb', 'renewal', 'event'];
const BASES = ['consent', 'contract', 'legitimate_interest', 'legitimate_interest', 'consent'];

export interface SeedResult {
  users: number;
  leads: number;
  seconds: number;
}

const pick = <T>(list: T[], n: number) => list[n % list.length];

export class DemoSeeder {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
    private readonly users: UserAdminService,
  ) {}

  /** Teams and staff to own the leads (created once; returns their ids). */
  private async people(password: string, actor: Actor): Promise<{ ids: number[]; teams: Map<number, number | null>; created: number }> {
    const teamNames = ['North', 'South', 'Enterprise', 'Partners'];
    for (const name of teamNames) await this.db('teams').insert({ name }).onConflict('name').ignore();
    const teams = await this.db('teams').select('id', 'name').whereIn('name', teamNames);
    let created = 0;
    for (let i = 1; i <= 24; i++) {
      const email = `demo.staff${i}@valley.local`;
      let user = await this.users.findByEmail(email);
      if (!user) {
        user = await this.users.create({ email, name: `${pick(FIRST, i * 7)} ${pick(LAST, i * 11)}`, role: 'staff' }, password, actor);
        created++;
      }
      await this.db('users').where({ id: user.id }).update({ team_id: teams[i % teams.length].id });
    }
    for (const [role, email] of [['compliance', 'demo.compliance@valley.local'], ['admin', 'demo.admin@valley.local']] as const) {
      if (!(await this.users.findByEmail(email))) {
        await this.users.create({ email, name: role === 'admin' ? 'Demo Admin' : 'Demo Compliance', role }, password, actor);
        created++;
      }
    }
    const staff = await this.db('users').select('id', 'team_id').where('email', 'like', 'demo.staff%@valley.local').orderBy('id');
    return { ids: staff.map((s) => s.id), teams: new Map(staff.map((s) => [s.id, s.team_id])), created };
  }

  async seed(count: number, password: string, actor: Actor, onProgress?: (done: number) => void): Promise<SeedResult> {
    const started = Date.now();
    const { ids: owners, teams, created } = await this.people(password, actor);
    const statuses: number[] = (await this.db('lead_statuses').select('id').orderBy('position')).map((r) => r.id);
    const [{ max }] = await this.db('leads').max('id as max');
    let nextId = Number(max ?? 0) + 1;
    const batch = 50_000;
    const now = Date.now();
    const twoYears = 730 * 86400_000;
    const c = this.cipher;
    for (let done = 0; done < count; done += batch) {
      const n = Math.min(batch, count - done);
      const leads: unknown[][] = [];
      const history: unknown[][] = [];
      const consents: unknown[][] = [];
      for (let k = 0; k < n; k++, nextId++) {
        const r = crypto.randomInt(1 << 30);
        const first = pick(FIRST, r);
        const last = pick(LAST, r >> 5);
        const company = `${pick(COMPANY_A, r >> 10)} ${pick(COMPANY_B, r >> 14)}`;
        const email = `${first}.${last}.${nextId}@${company.replace(' ', '').toLowerCase()}.example`.toLowerCase();
        const phone = `+447${String(700000000 + (nextId % 99999999)).padStart(9, '0')}`;
        const owner = pick(owners, r >> 3);
        const created = new Date(now - crypto.randomInt(twoYears));
        const verified = r % 5 < 3 ? new Date(created.getTime() + crypto.randomInt(Math.max(1, now - created.getTime()))) : null;
        const tags = [pick(TAGS, r >> 2), ...(r % 3 === 0 ? [pick(TAGS, r >> 9)] : [])];
        const basis = pick(BASES, r >> 4);
        leads.push([
          nextId, first, last, company, pick(TITLES, r >> 6), c.encrypt(email), c.blindIndex(email), c.encrypt(phone), c.blindIndex(phone),
          r % 4 === 0 ? c.encrypt(`${(r % 200) + 1} High Street\nLondon`) : null, r % 6 === 0 ? c.encrypt('Met at the stand; interested in a demo.') : null, c.currentKeyId,
          pick(SOURCES, r >> 8), pick(statuses, r >> 12), `{${[...new Set(tags)].join(',')}}`, owner, teams.get(owner), basis,
          'web form', 'https://valley.example/contact', created.toISOString(), 'I agree that Valley may keep my details to answer my enquiry.', owner,
          owner, created.toISOString(), (verified ?? created).toISOString(), verified?.toISOString() ?? null,
        ]);
        history.push([nextId, owner, created.toISOString(), 'created', null, `lawful basis: ${basis}`, false]);
        if (basis === 'consent' && r % 2 === 0) consents.push([nextId, 'email', 'granted', 'web form checkbox', 'https://valley.example/contact', created.toISOString(), 'Send me news and offers by e-mail.', owner, created.toISOString()]);
      }
      // One transaction per batch on one connection (COPY needs the raw pg client): a batch lands whole or not at all.
      const conn = await this.db.client.acquireConnection();
      try {
        await conn.query('BEGIN');
        await this.copy(conn, 'leads (id, first_name, last_name, company, job_title, email_enc, email_bidx, phone_enc, phone_bidx, address_enc, notes_enc, key_id, source, status_id, tags, owner_id, team_id, lawful_basis, basis_method, basis_source, basis_obtained_at, basis_wording, basis_recorded_by, created_by, created_at, updated_at, last_verified_at)', leads);
        await this.copy(conn, 'lead_history (lead_id, user_id, at, field, old_value, new_value, encrypted)', history);
        await this.copy(conn, 'lead_consents (lead_id, channel, status, method, source, obtained_at, wording, recorded_by, recorded_at)', consents);
        await conn.query('COMMIT');
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        await this.db.client.releaseConnection(conn);
      }
      onProgress?.(done + n);
    }
    await this.db.raw(`select setval('leads_id_seq', (select max(id) from leads))`);
    await this.db.raw('analyze leads; analyze lead_history; analyze lead_consents');
    return { users: created, leads: count, seconds: (Date.now() - started) / 1000 };
  }

  private async copy(conn: any, target: string, rows: unknown[][]): Promise<void> {
    if (!rows.length) return;
    const stream = conn.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`));
    await pipeline(Readable.from(rows), stringify({ cast: { boolean: (v) => (v ? 't' : 'f') } }), stream);
  }
}
