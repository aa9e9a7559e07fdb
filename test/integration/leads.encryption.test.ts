// Personal data at rest: e-mail, phone, address and notes are AES-256-GCM ciphertext (with the key id in
// each value) in leads and in lead_history; exact lookups go through an HMAC blind index. Key rotation
// re-encrypts everything under the newest DATA_KEYS key in resumable batches, after which the old key
// can be removed. Rotation rewrites the whole database, so it runs in a database of its own.
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';
import { Client } from 'pg';
import request from 'supertest';
import { s, testServices, type TestServices } from '../support/setup';
import { makeUser, signedInAgent, signIn, PASSWORD, type Agent, type TestUser } from '../support/helpers';
import { createViaForm, leadForm, leadInput, loadStatuses, londonPhone, post, word } from '../support/leads';
import { loadConfig } from '../../src/platform/config';

import { createApp } from '../../src/app';
import { closeDb, createDb } from '../../src/platform/db';
import { newTotpSecret } from '../../src/features/accounts/totp';
import type { User } from '../../src/features/accounts';

const root = path.join(__dirname, '..', '..');
const CIPHERTEXT = /^v1\.(\d+)\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/;

describe('leads: encryption at rest', function () {
  this.timeout(60_000);
  let staff: TestUser;
  let agent: Agent;

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff');
    agent = await signedInAgent(staff);
  });

  it('stores e-mail, phone, address and notes only as ciphertext with the key id, in leads and in history', async () => {
    const secrets = {
      email: `${word()}@example.test`,
      phone: londonPhone(),
      address: `${word()} Lane\nLeeds`,
      notes: `Allergic to ${word()}`,
    };
    const next = {
      email: `${word()}@example.test`,
      phone: londonPhone(),
      address: `${word()} Road\nYork`,
      notes: `Moved to ${word()}`,
    };
    const names = { lastName: `Curie ${word()}`, company: `Radium ${word()}` };
    const form = leadForm({
      ...names,
      email: secrets.email,
      phone: secrets.phone.local,
      address: secrets.address,
      notes: secrets.notes,
    });
    const id = await createViaForm(agent, form);
    const edited = await post(
      agent,
      `/leads/${id}/edit`,
      {
        ...form,
        ownerId: String(staff.user.id),
        email: next.email,
        phone: next.phone.local,
        address: next.address,
        notes: next.notes,
      },
      `/leads/${id}/edit`,
    );
    expect(edited.status).to.equal(302);

    const plaintexts = [secrets, next].flatMap((v) => [
      v.email,
      v.email.split('@')[0],
      v.phone.e164,
      v.phone.local,
      v.phone.e164.slice(3),
      v.address,
      v.address.split('\n')[0],
      v.notes,
      v.notes.split(' ').pop()!,
    ]);
    const lead = await s.db('leads').where({ id }).first();
    const history = await s.db('lead_history').where({ lead_id: id });
    const audit = await s.db('audit_log').where({ target_type: 'lead', target_id: String(id) });
    const stored = JSON.stringify({ lead, history, audit }).toLowerCase();
    for (const p of plaintexts)
      expect(stored, `plaintext "${p}" in the database`).to.not.contain(p.toLowerCase().replace(/\n/g, '\\n'));
    expect(stored, 'names are not personal fields here: the row is really the lead').to.contain(
      names.lastName.toLowerCase(),
    );

    const key = String(s.cipher.currentKeyId);
    for (const col of ['email_enc', 'phone_enc', 'address_enc', 'notes_enc'])
      expect(lead[col], col)
        .to.match(CIPHERTEXT)
        .and.satisfy((v: string) => v.split('.')[1] === key);
    expect(lead.key_id).to.equal(s.cipher.currentKeyId);
    expect(lead.email_bidx).to.equal(s.cipher.blindIndex(next.email));
    expect(lead.phone_bidx).to.equal(s.cipher.blindIndex(next.phone.e164));
    expect(lead.email_bidx, 'the blind index is keyed, not a plain hash').to.not.equal(
      crypto.createHash('sha256').update(next.email).digest('base64url'),
    );

    const personal = history.filter((h) => ['email', 'phone', 'address', 'notes'].includes(h.field));
    expect(personal.map((h) => h.field)).to.have.members(['email', 'phone', 'address', 'notes']);
    for (const h of personal) {
      expect(h).to.include({ encrypted: true, key_id: s.cipher.currentKeyId });
      expect(h.old_value, h.field).to.match(CIPHERTEXT);
      expect(h.new_value, h.field).to.match(CIPHERTEXT);
    }
    expect(history.find((h) => h.field === 'created')).to.include({ encrypted: false, key_id: null });

    // …and the people allowed to see it read it back
    const page = await agent.get(`/leads/${id}`);
    expect(page.text)
      .to.contain(next.email)
      .and.contain(next.phone.e164)
      .and.contain(`Allergic to`)
      .and.contain(secrets.email);
    const read = await s.leads.get(await s.users.get(staff.user.id), id);
    expect(read).to.include({ email: next.email, phone: next.phone.e164, address: next.address, notes: next.notes });
  });

  it('gives the same value a different ciphertext each time but the same blind index; a changed ciphertext does not decrypt', async () => {
    const email = `${word()}@example.test`;
    const one = await createViaForm(agent, { email });
    const two = await createViaForm(agent, { email: email.toUpperCase() });
    const [a, b] = await Promise.all([
      s.db('leads').where({ id: one }).first(),
      s.db('leads').where({ id: two }).first(),
    ]);
    expect(a.email_enc).to.not.equal(b.email_enc);
    expect(a.email_bidx).to.equal(b.email_bidx);
    expect(s.cipher.decrypt(a.email_enc)).to.equal(email);
    const parts = a.email_enc.split('.');
    const ct = Buffer.from(parts[4], 'base64url');
    ct[0] ^= 1;
    expect(() => s.cipher.decrypt([...parts.slice(0, 4), ct.toString('base64url')].join('.'))).to.throw();
    expect(() => s.cipher.decrypt(a.email_enc.replace(/^v1\.\d+\./, 'v1.99.'))).to.throw(/unknown key id 99/);
  });
});

describe('leads: key rotation (keys:rotate)', function () {
  this.timeout(120_000);
  const mainUrl = new URL(process.env.DATABASE_URL!);
  const dbName = `${mainUrl.pathname.slice(1)}_keys`;
  const url = Object.assign(new URL(mainUrl.toString()), { pathname: `/${dbName}` }).toString();
  const k = [1, 2, 3].map(() => crypto.randomBytes(32).toString('base64'));
  const fixed = {
    BLIND_INDEX_KEY: crypto.randomBytes(32).toString('base64url'),
    SESSION_SECRET: crypto.randomBytes(32).toString('base64url'),
  };
  const env = (keys: string) => ({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    VAR_DIR: 'var/test',
    BASE_URL: 'http://portal.test',
    DATABASE_URL: url,
    DATA_KEYS: keys,
    ...fixed,
  });
  const built: TestServices[] = [];
  const build = (keys: string) => {
    const svc = testServices(loadConfig(env(keys)));
    built.push(svc);
    return svc;
  };

  async function admin(sql: string): Promise<void> {
    const c = new Client({
      connectionString: Object.assign(new URL(mainUrl.toString()), { pathname: '/postgres' }).toString(),
    });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }

  let s1: TestServices;
  let owner: User;
  let totpUser: TestUser;
  let ids: number[];
  const expected = new Map<number, Record<string, string | null>>();
  let expectedHistory: { id: number; field: string; oldValue: string | null; newValue: string | null }[];

  /** Every lead (merged ones too) decrypted straight from the rows. */
  async function decryptAll(svc: TestServices) {
    const rows = await svc.db('leads').orderBy('id');
    return new Map(
      rows.map((r) => [
        Number(r.id),
        {
          email: svc.cipher.decryptOptional(r.email_enc),
          phone: svc.cipher.decryptOptional(r.phone_enc),
          address: svc.cipher.decryptOptional(r.address_enc),
          notes: svc.cipher.decryptOptional(r.notes_enc),
        },
      ]),
    );
  }
  const historyOf = async (svc: TestServices) =>
    (await svc.stores.leads.records.history(ids, 10_000))
      .map((h) => ({ id: h.id, field: h.field, oldValue: h.oldValue, newValue: h.newValue }))
      .sort((x, y) => x.id - y.id);

  before(async () => {
    expect(dbName).to.match(/^[a-z_][a-z0-9_]*$/);
    await admin(`drop database if exists ${dbName} with (force)`);
    await admin(`create database ${dbName}`);
    const db = createDb(url);
    await db.migrate.latest();
    await closeDb(db);

    s1 = build(`1:${k[0]}`);
    const actor = { userId: null };
    owner = await s1.users.create(
      { email: `owner-${word()}@example.test`, name: 'Key Owner', role: 'admin' },
      PASSWORD,
      actor,
    );
    // A TOTP secret is personal data under the same keys (set as enrolment stores it; no mail queued).
    const secret = newTotpSecret();
    const u = await s1.users.create(
      { email: `totp-${word()}@example.test`, name: 'Totp Person', role: 'staff' },
      PASSWORD,
      actor,
    );
    await s1
      .db('users')
      .where({ id: u.id })
      .update({ totp_secret_enc: s1.cipher.encrypt(secret), totp_enabled_at: new Date() });
    totpUser = { user: u, email: u.email, password: PASSWORD, totpSecret: secret };

    const statusId = String((await s1.leads.statusList())[0].id);
    ids = [];
    for (let i = 0; i < 8; i++) {
      const over: Record<string, string> = { statusId, ownerId: String(owner.id) };
      if (i % 3 === 0) Object.assign(over, { phone: '', address: '' });
      const r = await s1.leads.create(owner, leadInput(over), true, actor);
      if (r.status !== 'saved') throw new Error('not saved');
      ids.push(r.lead.id);
    }
    for (const id of ids.slice(0, 4)) {
      const r = await s1.leads.update(
        owner,
        id,
        leadInput({
          statusId,
          ownerId: String(owner.id),
          email: `changed-${word()}@example.test`,
          notes: `Changed ${word()}`,
        }),
        true,
        actor,
      );
      expect(r.status).to.equal('saved');
    }
    await s1.leadActions.merge(owner, ids[6], ids[7], actor); // a merged lead is rotated too
    for (const [id, v] of await decryptAll(s1)) expected.set(id, v);
    expectedHistory = await historyOf(s1);
    expect(expectedHistory.filter((h) => h.field === 'email')).to.have.length(4);
  });

  after(async () => {
    for (const svc of built) await svc.close();
    // FORCE ends our own leftover connections; an autovacuum worker there (the server's own role) cannot be ended
    // by us and goes away by itself within moments, so a refusal is tried again.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin(`drop database if exists ${dbName} with (force)`);
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== '42501' || attempt === 20) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  });

  it('re-encrypts every value under the newest key in resumable batches; then the old key can go', async () => {
    const s2 = build(`1:${k[0]},2:${k[1]}`);
    const encryptedHistory = Number(
      (await s2.db('lead_history').where({ encrypted: true }).count<{ count: string }[]>('* as count'))[0].count,
    );
    expect(encryptedHistory).to.be.above(8);
    expect(await s2.keyRotation.remaining()).to.equal(ids.length + encryptedHistory + 1);

    const rotation = await s2.keyRotation.start();
    expect(rotation).to.include({ targetKeyId: 2, phase: 'leads', rowsDone: 0, finishedAt: null });
    expect((await s2.keyRotation.start()).id, 'one rotation at a time').to.equal(rotation.id);

    // one small batch, then "crash"
    expect(await s2.keyRotation.step(rotation.id, 3)).to.equal(true);
    const row = await s2.db('key_rotations').where({ id: rotation.id }).first();
    expect(row).to.include({ phase: 'leads', cursor: String(ids[2]), rows_done: '3' });
    expect((await s2.db('leads').orderBy('id')).map((r) => r.key_id)).to.deep.equal([2, 2, 2, 1, 1, 1, 1, 1]);
    expect(await s2.keyRotation.remaining()).to.equal(ids.length + encryptedHistory + 1 - 3);
    // mid-rotation the portal reads values under either key
    for (const [id, v] of await decryptAll(s2)) expect(v, `lead ${id}`).to.deep.equal(expected.get(id));
    expect((await s2.leads.get(owner, ids[5])).email).to.equal(expected.get(ids[5])!.email);

    // a new process (the worker after a restart) carries on from the cursor in PostgreSQL
    const s2b = build(`1:${k[0]},2:${k[1]}`);
    expect((await s2b.keyRotation.unfinished()).map((r) => r.id)).to.deep.equal([rotation.id]);
    await s2b.keyRotation.run(rotation.id, 3);
    const done = (await s2b.keyRotation.latest())!;
    expect(done).to.include({ id: rotation.id, phase: 'done' });
    expect(done.finishedAt).to.be.an.instanceOf(Date);
    expect(done.rowsDone, 'every row re-encrypted exactly once').to.equal(ids.length + encryptedHistory + 1);
    expect(await s2b.keyRotation.remaining()).to.equal(0);
    expect(await s2b.keyRotation.step(rotation.id, 3), 'a finished rotation does nothing').to.equal(false);

    for (const r of await s2b.db('leads')) {
      expect(r.key_id).to.equal(2);
      for (const col of ['email_enc', 'phone_enc', 'address_enc', 'notes_enc'])
        if (r[col] !== null) expect(s2b.cipher.keyIdOf(r[col]), col).to.equal(2);
    }
    for (const h of await s2b.db('lead_history').where({ encrypted: true })) {
      expect(h.key_id).to.equal(2);
      for (const v of [h.old_value, h.new_value]) if (v !== null) expect(s2b.cipher.keyIdOf(v)).to.equal(2);
    }
    expect(
      s2b.cipher.keyIdOf((await s2b.db('users').where({ id: totpUser.user.id }).first()).totp_secret_enc),
    ).to.equal(2);

    // with key 2 alone: every lead, every history value, the blind index and TOTP sign-in still work
    const s3 = build(`2:${k[1]}`);
    expect(await s3.keyRotation.remaining()).to.equal(0);
    expect(await decryptAll(s3)).to.deep.equal(expected);
    expect(await historyOf(s3)).to.deep.equal(expectedHistory);
    for (const id of ids.slice(0, 7)) expect(await s3.leads.get(owner, id)).to.deep.include(expected.get(id)!);
    const email = expected.get(ids[1])!.email!;
    expect(await s3.stores.leads.list.count({ lookup: email }, { kind: 'all' })).to.equal(1);
    const browser = request.agent(createApp(s3));
    await signIn(browser, totpUser);
    expect((await browser.get('/')).status).to.equal(200);
    const page = await browser.get('/leads');
    expect(page.status).to.equal(200);
    // and key 1 alone no longer reads anything
    const r0 = await s1.db('leads').where({ id: ids[0] }).first();
    expect(() => s1.cipher.decrypt(r0.email_enc)).to.throw(/unknown key id 2/);
  });

  it('runs from the CLI: keys:rotate --wait rotates to a third key and exits 0; keys:status reports it', async () => {
    const keys = `2:${k[1]},3:${k[2]}`;
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve, reject) => {
        const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/index.ts', ...args], {
          cwd: root,
          env: env(keys),
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, out }));
      });
    // a rotation to key 2 was started but never finished (say the worker was stopped) before key 3 was added
    const stuck = await build(`2:${k[1]}`).keyRotation.start();
    expect(stuck).to.include({ targetKeyId: 2, finishedAt: null });
    const rotated = await run(['keys:rotate', '--wait']);
    expect(rotated.code, rotated.out).to.equal(0);
    expect(rotated.out)
      .to.match(/key rotation \d+ to key 3/)
      .and.contain('values still under other keys: 0');
    const status = await run(['keys:status']);
    expect(status.code, status.out).to.equal(0);
    expect(status.out)
      .to.match(/rotation \d+ to key 3: finished/)
      .and.contain('values under older keys: 0');

    const s4 = build(`3:${k[2]}`);
    expect(
      await s4.keyRotation.unfinished(),
      'the stale rotation to key 2 was closed, not left to block every later one',
    ).to.deep.equal([]);
    expect(await decryptAll(s4)).to.deep.equal(expected);
    expect(await historyOf(s4)).to.deep.equal(expectedHistory);
    const [entry] = await s4.audit.find({ action: 'keys.rotate' });
    expect(entry).to.deep.include({ targetId: '3', actorId: null });
  });
});
