// Key rotation (keys:rotate, keys:status): every value sealed with the data cipher — leads, lead history, TOTP
// secrets, privacy requests with their events and attachment files, the previous values imports keep for undo and
// lead exports' filters — re-encrypted under the newest DATA_KEYS key in resumable batches (a sweep re-enqueues a
// rotation whose job Redis lost), after which every one reads with the new key alone. Rotation rewrites the whole
// database, so it runs in a database of its own.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'chai';
import { Client } from 'pg';
import request from 'supertest';
import { crm } from '../support/cli';
import { testServices, type TestServices } from '../support/setup';
import { signIn, PASSWORD, type TestUser } from '../support/helpers';
import { leadInput, word } from '../support/leads';
import { buildExports, byPhase, PNG, readKeyed, redisReady, seedKeyed, SEEDED, type Keyed } from '../support/keyed';
import { loadConfig } from '../../src/platform/config';
import { createApp } from '../../src/app';
import { closeDb, createDb } from '../../src/platform/db';
import { newTotpSecret } from '../../src/features/accounts/totp';
import type { User } from '../../src/features/accounts';
import { runJob } from '../../src/jobs';

describe('keys: rotation (keys:rotate, keys:status)', function () {
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
  let startedAt: number;
  let owner: User;
  let totpUser: TestUser;
  let ids: number[];
  const expected = new Map<number, Record<string, string | null>>();
  let expectedHistory: { id: number; field: string; oldValue: string | null; newValue: string | null }[];
  let keyed: Keyed;
  let expectedKeyed: Awaited<ReturnType<typeof readKeyed>>;
  /** How many rows (files) of each phase are sealed under the key before the rotation's, as keys:status counts. */
  let perPhase: Record<string, number>;
  const total = () => Object.values(perPhase).reduce((a, b) => a + b, 0);

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
    startedAt = Date.now();
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

    // and what other features seal with the same cipher
    const other = await s1.users.create(
      { email: `other-${word()}@example.test`, name: 'Other Person', role: 'staff' },
      PASSWORD,
      actor,
    );
    keyed = await seedKeyed(s1, owner, other, expected.get(ids[1])!.email!);
    expectedKeyed = await readKeyed(s1, keyed, owner);
    expect(expectedKeyed.requests[0].file).to.equal(PNG.toString('base64'));
    expect(expectedKeyed.requests.flatMap((r) => r.events).filter((b) => b !== null)).to.have.length(3);
    expect(expectedKeyed.previous.filter((v) => v !== null)).to.have.length(SEEDED.import_rows);
    expect(expectedKeyed.filters.map((f) => f.lookup ?? f.q)).to.deep.equal(keyed.exports.map((e) => e.lookup ?? e.q));
  });

  after(async () => {
    // the jobs this suite's processes enqueued (mail, export builds) name rows of its own database: none outlives it
    for (const q of s1.jobs.all) for (const j of await q.getJobs()) if (j.timestamp >= startedAt) await j.remove();
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
    const s2 = await redisReady(build(`1:${k[0]},2:${k[1]}`));
    const encryptedHistory = Number(
      (await s2.db('lead_history').where({ encrypted: true }).count<{ count: string }[]>('* as count'))[0].count,
    );
    expect(encryptedHistory).to.be.above(8);
    perPhase = { leads: ids.length, history: encryptedHistory, users: 1, ...SEEDED };
    expect(
      await byPhase(s2),
      'every place the data keys seal values, in the order a rotation visits them',
    ).to.deep.equal(perPhase);
    expect(Object.keys(await byPhase(s2))).to.deep.equal(Object.keys(perPhase));
    expect(await s2.keyRotation.remaining()).to.equal(total());

    const rotation = await s2.keyRotation.start();
    expect(rotation).to.include({ targetKeyId: 2, phase: 'leads', rowsDone: 0, finishedAt: null });
    expect((await s2.keyRotation.start()).id, 'one rotation at a time').to.equal(rotation.id);
    await s2.keyRotation.enqueue(rotation.id); // as keys:rotate does (no worker runs here)
    const jobOf = (svc: TestServices) => svc.jobs.maintenance.getJob(`keys-rotate-${rotation.id}`);
    expect((await jobOf(s2))?.data).to.deep.equal({ rotationId: rotation.id });

    // one small batch, then "crash"
    expect(await s2.keyRotation.step(rotation.id, 3)).to.equal(true);
    const row = await s2.db('key_rotations').where({ id: rotation.id }).first();
    expect(row).to.include({ phase: 'leads', cursor: String(ids[2]), rows_done: '3' });
    expect((await s2.db('leads').orderBy('id')).map((r) => r.key_id)).to.deep.equal([2, 2, 2, 1, 1, 1, 1, 1]);
    expect(await s2.keyRotation.remaining()).to.equal(total() - 3);
    // mid-rotation the portal reads values under either key
    for (const [id, v] of await decryptAll(s2)) expect(v, `lead ${id}`).to.deep.equal(expected.get(id));
    expect((await s2.leads.get(owner, ids[5])).email).to.equal(expected.get(ids[5])!.email);

    // a new process (the worker after a restart) carries on from the cursor in PostgreSQL
    const s2b = await redisReady(build(`1:${k[0]},2:${k[1]}`));
    expect((await s2b.keyRotation.unfinished()).map((r) => r.id)).to.deep.equal([rotation.id]);
    // Redis lost the job (a FLUSHALL, here only that job): the sweep enqueues it again from PostgreSQL
    await (await jobOf(s2b))!.remove();
    expect(await jobOf(s2b)).to.equal(undefined);
    expect(await runJob(s2b, 'keys-sweep')).to.deep.equal({ enqueued: 1 });
    expect((await jobOf(s2b))?.data).to.deep.equal({ rotationId: rotation.id });
    await (await jobOf(s2b))!.remove(); // and this process runs it instead of a worker
    await s2b.keyRotation.run(rotation.id, 3);
    const done = (await s2b.keyRotation.latest())!;
    expect(done).to.include({ id: rotation.id, phase: 'done' });
    expect(done.finishedAt).to.be.an.instanceOf(Date);
    expect(done.rowsDone, 'every row and file re-encrypted exactly once').to.equal(total());
    expect(await byPhase(s2b)).to.deep.equal(Object.fromEntries(Object.keys(perPhase).map((p) => [p, 0])));
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
    const file = (await s2b.db('privacy_requests').where({ id: keyed.requests[0] }).first()).attachment_file;
    const sealed = await fs.readFile(path.join('var/test/privacy-attachments', file), 'utf8');
    expect(s2b.cipher.keyIdOf(sealed)).to.equal(2);

    // with key 2 alone: every lead, every history value, the blind index and TOTP sign-in still work, and so does
    // every other sealed value (the requests, their events and attachment, import rows' values, export filters)
    const s3 = build(`2:${k[1]}`);
    expect(await s3.keyRotation.remaining()).to.equal(0);
    expect(await readKeyed(s3, keyed, owner)).to.deep.equal(expectedKeyed);
    const exportsBuilt = await buildExports(s3, keyed);
    expect(exportsBuilt.map((e) => e.built)).to.deep.equal([true, true]);
    expect(exportsBuilt[0].rows, 'the lookup read back finds its lead').to.equal(1);
    // rotating again changes nothing
    const again = await s3.keyRotation.start();
    await s3.keyRotation.run(again.id, 3);
    expect((await s3.keyRotation.latest())!).to.include({ id: again.id, phase: 'done', rowsDone: 0 });
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
    const run = async (args: string[]) => {
      const r = await crm(args, env(keys));
      return { code: r.code, out: r.stdout + r.stderr };
    };
    // a rotation to key 2 was started but never finished (say the worker was stopped) before key 3 was added
    const stuck = await build(`2:${k[1]}`).keyRotation.start();
    expect(stuck).to.include({ targetKeyId: 2, finishedAt: null });
    const before = await run(['keys:status']);
    expect(before.code, before.out).to.equal(0);
    const where = Object.entries(perPhase).map(([phase, n]) => `${phase} ${n}`);
    expect(before.out).to.contain(`values under older keys: ${total()} (${where.join(', ')})`);
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
    expect(await readKeyed(s4, keyed, owner)).to.deep.equal(expectedKeyed);
    const [entry] = await s4.audit.find({ action: 'keys.rotate' });
    expect(entry).to.deep.include({ targetId: '3', actorId: null });
  });
});
