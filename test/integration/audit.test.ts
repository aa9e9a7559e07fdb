import { expect } from 'chai';
import request from 'supertest';
import type { Knex } from 'knex';
import { s } from '../support/setup';
import { hashEntry } from '../../src/platform/audit/service';
import { AuditStore, type AuditEntry } from '../../src/platform/audit/store';
import { app, makeUser, signedInAgent, unique, type Agent, type TestUser } from '../support/helpers';

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: PromiseLike<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  return expect.fail('expected the statement to fail');
}

const rowIn = (html: string, id: number) => html.includes(`<td>${id}</td><td>`);
const day = (d: Date, offset = 0) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + offset)).toISOString().slice(0, 10);

describe('audit log', () => {
  describe('hash chain', () => {
    it('links every row to the previous one: prev_hash is the previous row’s hash, and each hash covers its row', async () => {
      const actor = { userId: null, ip: '192.0.2.1', requestId: unique('req') };
      const a = await s.audit.record(actor, {
        action: 'test.chain',
        targetType: 'thing',
        targetId: 1,
        details: { n: 1, nested: { z: 1, a: [1, 'two'] } },
      });
      const b = await s.audit.record(actor, {
        action: 'test.chain',
        targetType: 'thing',
        targetId: 2,
        details: { n: 2 },
      });
      expect(b.id).to.be.above(a.id);
      expect(b.prevHash).to.equal(a.hash);

      const rows: AuditEntry[] = [];
      for await (const e of new AuditStore(s.db).all()) rows.push(e);
      expect(rows.length).to.be.at.least(2);
      expect(rows[0].prevHash, 'the first row starts the chain').to.equal('');
      for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash, `row ${rows[i].id}`).to.equal(rows[i - 1].hash);
      for (const e of rows)
        expect(hashEntry(e), `row ${e.id}`)
          .to.equal(e.hash)
          .and.match(/^[0-9a-f]{64}$/);

      // what is stored is what was hashed
      const stored = rows.find((e) => e.id === a.id)!;
      expect(stored).to.include({
        action: 'test.chain',
        targetType: 'thing',
        targetId: '1',
        ip: '192.0.2.1',
        requestId: actor.requestId,
      });
      expect(stored.details).to.deep.equal({ n: 1, nested: { z: 1, a: [1, 'two'] } });
      expect(await s.audit.verify()).to.deep.include({ ok: true });
    });

    it('does not fork under concurrent appends', async () => {
      const written = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          s.audit.record({ userId: null }, { action: 'test.concurrent', details: { i } }),
        ),
      );
      const prevs = new Set(written.map((e) => e.prevHash));
      expect(prevs.size, 'no two rows share a predecessor').to.equal(written.length);
      expect((await s.audit.verify()).ok).to.equal(true);
    });

    it('writes appends made meanwhile together, and one that fails fails only itself', async () => {
      const before = await s.db('audit_log').count<{ n: string }[]>({ n: '*' });
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          s.audit.record(
            { userId: null },
            { action: 'test.grouped', details: i === 7 ? { bad: 'nul \u0000 in jsonb' } : { i } },
          ),
        ),
      );
      expect(results.map((r) => r.status)).to.deep.equal(results.map((_, i) => (i === 7 ? 'rejected' : 'fulfilled')));
      const after = await s.db('audit_log').count<{ n: string }[]>({ n: '*' });
      expect(Number(after[0].n) - Number(before[0].n)).to.equal(19);
      const ids = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.id] : []));
      expect(new Set(ids).size).to.equal(19);
      expect((await s.audit.verify()).ok).to.equal(true);
    });

    it('rolls an event back with the change it records', async () => {
      const action = unique('test.rollback');
      await rejection(
        s.db.transaction(async (trx) => {
          await s.audit.record({ userId: null }, { action }, trx);
          throw new Error('the change failed');
        }),
      );
      expect(await s.audit.find({ action })).to.have.length(0);
      expect((await s.audit.verify()).ok).to.equal(true);
    });
  });

  describe('append-only in the database', () => {
    // Each statement runs in a transaction that is rolled back, so history survives even if the guard were missing.
    async function attempt(sql: (trx: Knex.Transaction) => PromiseLike<unknown>): Promise<Error> {
      const trx = await s.db.transaction();
      try {
        return await rejection(sql(trx));
      } finally {
        await trx.rollback().catch(() => undefined);
      }
    }

    let entry: AuditEntry;
    before(async () => {
      entry = await s.audit.record({ userId: null }, { action: 'test.append_only', details: { keep: true } });
    });

    it('refuses UPDATE from the application’s connection', async () => {
      const err = await attempt((trx) =>
        trx('audit_log')
          .where({ id: entry.id })
          .update({ details: JSON.stringify({ keep: false }) }),
      );
      expect(err.message).to.contain('audit_log is append-only');
      const err2 = await attempt((trx) => trx.raw(`UPDATE audit_log SET action = 'forged'`));
      expect(err2.message).to.contain('append-only');
    });

    it('refuses DELETE and TRUNCATE', async () => {
      expect((await attempt((trx) => trx.raw('DELETE FROM audit_log'))).message).to.contain('append-only');
      expect((await attempt((trx) => trx('audit_log').where({ id: entry.id }).delete())).message).to.contain(
        'append-only',
      );
      expect((await attempt((trx) => trx.raw('TRUNCATE audit_log'))).message).to.contain('append-only');
    });

    it('leaves the row and the chain as they were', async () => {
      const [row] = await s.audit.find({ action: 'test.append_only' });
      expect(row).to.deep.equal(entry);
      expect((await s.audit.verify()).ok).to.equal(true);
    });
  });

  describe('the audit page', () => {
    let admin: Agent;
    let compliance: Agent;
    let alice: TestUser;
    let bob: TestUser;
    let aliceLogin: AuditEntry;
    let bobLogin: AuditEntry;
    let aliceOther: AuditEntry;

    before(async () => {
      admin = await signedInAgent(await makeUser('admin'));
      compliance = await signedInAgent(await makeUser('compliance'));
      alice = await makeUser('staff', { name: 'Alice Auditee' });
      bob = await makeUser('staff', { name: 'Bob Auditee' });
      await signedInAgent(alice);
      await signedInAgent(bob);
      [aliceLogin] = await s.audit.find({ actorId: alice.user.id, action: 'login.success' });
      [bobLogin] = await s.audit.find({ actorId: bob.user.id, action: 'login.success' });
      aliceOther = await s.audit.record({ userId: alice.user.id }, { action: 'test.page_filter' });
      expect(aliceLogin && bobLogin && aliceOther).to.not.equal(undefined);
    });

    it('is readable by admins and compliance officers, newest first', async () => {
      for (const agent of [admin, compliance]) {
        const res = await agent.get('/admin/audit');
        expect(res.status).to.equal(200);
        expect(res.text).to.contain('<h1>Audit log</h1>');
        expect(rowIn(res.text, aliceOther.id)).to.equal(true);
        expect(res.text.indexOf(`<td>${aliceOther.id}</td>`)).to.be.below(
          res.text.indexOf(`<td>${aliceLogin.id}</td>`),
        );
      }
    });

    it('is refused to staff with 403', async () => {
      const staff = await signedInAgent(await makeUser('staff'));
      const res = await staff.get('/admin/audit');
      expect(res.status).to.equal(403);
      expect(res.text).to.not.contain('<h1>Audit log</h1>');
      expect((await staff.get('/admin/audit?verify=1')).status).to.equal(403);
    });

    it('sends anyone not signed in to the sign-in page', async () => {
      const res = await request(app()).get('/admin/audit');
      expect(res.status).to.equal(302);
      expect(res.headers.location).to.equal('/login');
    });

    it('filters by user', async () => {
      const res = await compliance.get(`/admin/audit?user=${alice.user.id}`);
      expect(res.status).to.equal(200);
      expect(rowIn(res.text, aliceLogin.id)).to.equal(true);
      expect(rowIn(res.text, aliceOther.id)).to.equal(true);
      expect(rowIn(res.text, bobLogin.id)).to.equal(false);
      expect(res.text).to.contain(`<option value="${alice.user.id}" selected>Alice Auditee</option>`);
    });

    it('filters by action, alone and with a user', async () => {
      const byAction = await admin.get('/admin/audit?action=login.success');
      expect(rowIn(byAction.text, aliceLogin.id)).to.equal(true);
      expect(rowIn(byAction.text, bobLogin.id)).to.equal(true);
      expect(rowIn(byAction.text, aliceOther.id)).to.equal(false);

      const both = await admin.get(`/admin/audit?user=${alice.user.id}&action=login.success`);
      expect(rowIn(both.text, aliceLogin.id)).to.equal(true);
      expect(rowIn(both.text, aliceOther.id)).to.equal(false);
      expect(rowIn(both.text, bobLogin.id)).to.equal(false);
    });

    it('filters by date range (YYYY-MM-DD, both ends inclusive, UTC)', async () => {
      const today = day(aliceOther.at);
      const q = (from: string, to: string) => admin.get(`/admin/audit?user=${alice.user.id}&from=${from}&to=${to}`);
      const same = await q(today, today);
      expect(same.status).to.equal(200);
      expect(rowIn(same.text, aliceOther.id), 'from = to = the day of the row').to.equal(true);
      expect(same.text).to.contain(`value="${today}"`);

      const before = await q(day(aliceOther.at, -30), day(aliceOther.at, -1));
      expect(before.status).to.equal(200);
      expect(rowIn(before.text, aliceOther.id), 'range ending the day before').to.equal(false);

      const after = await q(day(aliceOther.at, 1), '');
      expect(rowIn(after.text, aliceOther.id), 'range starting the day after').to.equal(false);

      const openStart = await q('', today);
      expect(rowIn(openStart.text, aliceOther.id)).to.equal(true);
    });

    for (const [what, query, fieldName] of [
      ['an impossible from date', 'from=2024-13-45', 'from'],
      ['a to date in another format', 'to=25/12/2024', 'to'],
      ['words instead of a date', 'from=yesterday', 'from'],
      ['a day that does not exist', 'to=2023-02-30', 'to'],
      ['a date with a time', 'from=2024-01-01T00:00:00Z', 'from'],
    ] as const) {
      it(`answers ${what} with 400 and an error beside the field, not a 500`, async () => {
        const res = await admin.get(`/admin/audit?${query}`);
        expect(res.status).to.equal(400);
        expect(res.text).to.contain('<h1>Audit log</h1>');
        expect(res.text).to.match(
          new RegExp(
            `<p class="field-error" id="${fieldName}-error">Enter a valid value \\(dates as YYYY-MM-DD\\)\\.</p>`,
          ),
        );
        expect(res.text).to.match(new RegExp(`id="${fieldName}"[^>]*aria-invalid="true"`));
        expect(res.text).to.not.contain('Something went wrong');
      });
    }

    it('answers a malformed user filter with 400, not a 500', async () => {
      for (const query of ['user=abc', 'user=-1', 'before=nope', 'action=login.success&action=logout']) {
        const res = await admin.get(`/admin/audit?${query}`);
        expect(res.status, query).to.equal(400);
        expect(res.text).to.contain('There is a problem');
      }
    });

    it('verifies the chain on request', async () => {
      const res = await compliance.get('/admin/audit?verify=1');
      expect(res.status).to.equal(200);
      expect(res.text).to.match(/Chain intact: \d+ rows verified\./);
    });
  });
});
