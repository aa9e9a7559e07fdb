// Retention rules: saved with validation (an age within bounds, hostile input never a 500), admins only; a rule's
// preview lists exactly what its run then changes, for expired exports' files and for leads with no activity (on a
// moved clock); the daily job runs once a day however often it is enqueued; every run is in the report and the
// audit log with its counts and ids. The leads' anonymizer here is the test's own (it blanks the names and marks
// the lead erased), standing in for the subjects feature's, to prove the mechanism.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { config, s } from '../support/setup';
import { csrfOf, makeUser, type Agent, type TestUser } from '../support/helpers';
import { agentOn, clockedServices, type Movable } from '../support/status';
import { createLead, fieldErrors, loadStatuses } from '../support/leads';
import { runJob } from '../../src/jobs';
import type { Services } from '../../src/services';
import { createDb } from '../../src/platform/db';
import { InactiveLeadsStore } from '../../src/features/leads/data/inactiveStore';
import {
  createRetention,
  retentionStores,
  RUN_ID_LIMIT,
  type AnonymizeLeads,
  type RetentionService,
} from '../../src/features/retention';

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dir = () => path.join(config.varDir, 'exports');

/** The test's anonymizer: blanks the names and marks the leads erased (the subjects feature's does it all). */
const blankNames: AnonymizeLeads = async (ids: number[], _reason: string, trx: Knex.Transaction) => {
  await trx('leads').whereIn('id', ids).update({ first_name: '', last_name: '', erased_at: new Date() });
};

describe('retention rules', function () {
  this.timeout(60_000);
  let t: Services;
  let time: Movable;
  let retention: RetentionService;
  let admin: TestUser;
  let agent: Agent;

  before(async () => {
    await loadStatuses();
    // three years and more from now: everything the suites wrote is old
    ({ t, time } = clockedServices(Date.now() + 40 * 30 * DAY));
    retention = createRetention(t.platform, s.stores.retention, {
      inactiveLeads: t.inactiveLeads,
      anonymizeLeads: blankNames,
      targets: [t.expiredExports],
    }).retention;
    admin = await makeUser('admin');
    agent = await agentOn(t, admin);
    fs.mkdirSync(dir(), { recursive: true });
    // the leads earlier suites wrote (thousands, in a whole run) are active on this clock, so that only these
    // tests' leads are the rule's candidates, and its preview and runs stay small
    await s.db('leads').update({ updated_at: time.clock() });
  });
  after(async () => {
    await s.db('retention_rules').delete(); // no rule of these tests runs in later suites' workers
    await t.close();
  });
  beforeEach(async () => {
    await s.db('retention_rules').delete();
  });

  /** An export whose download expired `daysAgo` days before the clock, with its file on disk (or not). */
  async function expiredExport(owner: TestUser, daysAgo: number, onDisk = true, state = 'ready') {
    const expiresAt = new Date(time.clock().getTime() - daysAgo * DAY);
    const [row] = await s
      .db('data_exports')
      .insert({ created_by: owner.user.id, state: 'queued', created_at: new Date(expiresAt.getTime() - DAY) })
      .returning<{ id: string }[]>('id');
    const id = Number(row.id);
    const file = `export-${id}-retention.zip`;
    await s.db('data_exports').where({ id }).update({ state, file_path: file, expires_at: expiresAt });
    if (onDisk) fs.writeFileSync(path.join(dir(), file), 'zip');
    return { id, file: path.join(dir(), file) };
  }

  async function saveRule(key: string, form: Record<string, unknown>) {
    const page = await agent.get('/admin/retention');
    expect(page.status).to.equal(200);
    return agent
      .post(`/admin/retention/${key}`)
      .type('form')
      .send({ ...form, _csrf: csrfOf(page.text) });
  }

  it('saves a rule from the page, refusing an age out of bounds beside the field and any hostile input', async () => {
    const page = await agent.get('/admin/retention');
    expect(page.text).to.include('Delete the files of expired exports');
    expect(page.text).to.include('Anonymize leads with no activity');
    const ok = await saveRule('expired_exports', { 'enabled-expired_exports': 'on', 'age-expired_exports': '30' });
    expect(ok.status).to.equal(303);
    expect(ok.headers.location).to.equal('/admin/retention');
    expect(await s.db('retention_rules').where({ target_key: 'expired_exports' }).first()).to.include({
      enabled: true,
      age: 30,
      updated_by: admin.user.id,
    });
    const audit = await s.db('audit_log').where({ action: 'retention.rule' }).orderBy('id', 'desc').first();
    expect(audit.details).to.deep.include({ enabled: true, age: 30, unit: 'days' });

    for (const age of ['0', '-1', '3651', '1.5', 'abc', '', '3\u0000x', ' 12 x', 'x'.repeat(10_000)]) {
      const res = await saveRule('expired_exports', { 'enabled-expired_exports': 'on', 'age-expired_exports': age });
      expect(res.status, JSON.stringify(age.slice(0, 20))).to.equal(400);
      expect(fieldErrors(res.text)['age-expired_exports']).to.include('whole number of days from 1 to 3650');
      if (age.length < 20 && !age.includes('\u0000')) expect(res.text).to.include(`value="${age}"`);
    }
    const months = await saveRule('inactive_leads', { 'age-inactive_leads': '241' });
    expect(fieldErrors(months.text)['age-inactive_leads']).to.include('months from 1 to 240');
    for (const form of [{ 'age-expired_exports': ['1', '2'] }, { 'age-expired_exports': { a: 1 } }, {}]) {
      const res = await saveRule('expired_exports', form);
      expect(res.status).to.equal(400);
    }
    expect((await saveRule('no_such_target', { 'age-no_such_target': '3' })).status).to.equal(404);
    const huge = await saveRule('expired_exports', { 'age-expired_exports': 'y'.repeat(1_100_000) });
    expect(huge.status).to.be.below(500);
    expect(await s.db('retention_rules').where({ target_key: 'expired_exports' }).first()).to.include({
      enabled: true,
      age: 30,
    });
    const off = await saveRule('expired_exports', { 'age-expired_exports': '45' });
    expect(off.status).to.equal(303);
    expect(await s.db('retention_rules').where({ target_key: 'expired_exports' }).first()).to.include({
      enabled: false,
      age: 45,
    });
  });

  it('is for administrators only', async () => {
    const runsBefore = await s.db('retention_runs').count<{ n: string }[]>({ n: '*' });
    for (const role of ['staff', 'compliance'] as const) {
      const other = await agentOn(t, await makeUser(role));
      for (const url of ['/admin/retention', '/admin/retention/expired_exports/preview', '/admin/retention/runs'])
        expect((await other.get(url)).status, `${role} ${url}`).to.equal(403);
      const page = await other.get('/account/password');
      const res = await other
        .post('/admin/retention/expired_exports/run')
        .type('form')
        .send({ _csrf: csrfOf(page.text) });
      expect(res.status).to.equal(403);
    }
    expect(await s.db('retention_runs').count<{ n: string }[]>({ n: '*' })).to.deep.equal(runsBefore);
  });

  it('deletes exactly the expired exports’ files its preview listed, on the moved clock, reported and audited', async () => {
    const owner = await makeUser('staff');
    const old = await expiredExport(owner, 40);
    const oldExpired = await expiredExport(owner, 35, true, 'expired');
    const gone = await expiredExport(owner, 50, false, 'expired');
    const soon = await expiredExport(owner, 29);
    expect(
      (await saveRule('expired_exports', { 'enabled-expired_exports': 'on', 'age-expired_exports': '30' })).status,
    ).to.equal(303);

    const page = await agent.get('/admin/retention/expired_exports/preview');
    expect(page.status).to.equal(200);
    const preview = await retention.preview('expired_exports');
    const mine = preview.ids.filter((id) => [old.id, oldExpired.id, gone.id, soon.id].includes(Number(id)));
    expect(mine, 'oldest expiry first; a file already gone or expired 29 days ago is not listed').to.deep.equal([
      String(old.id),
      String(oldExpired.id),
    ]);
    expect(page.text).to.include(`data-id="${old.id}"`);
    expect(page.text).to.include(`by ${owner.user.name}`);
    expect(page.text).to.not.include(`data-id="${soon.id}"`);

    time.advance(2 * DAY); // now the 29-day one is past 30 days too
    const later = await retention.preview('expired_exports');
    expect(later.ids).to.include(String(soon.id));
    const run = await agent
      .post('/admin/retention/expired_exports/run')
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(run.status).to.equal(303);
    const runId = Number(/\/admin\/retention\/runs\/(\d+)$/.exec(run.headers.location)![1]);
    const recorded = await s.db('retention_runs').where({ id: runId }).first();
    expect(recorded).to.include({ trigger: 'manual', run_by: admin.user.id, scheduled_day: null });
    const [result] = recorded.results as { key: string; ids: string[]; count: number; sampled: boolean }[];
    expect(result.key).to.equal('expired_exports');
    expect(result.ids, 'the run changed exactly what the preview listed').to.deep.equal(later.ids);
    expect(result.count).to.equal(later.count);
    expect(later.count).to.equal(later.ids.length);
    for (const e of [old, oldExpired, soon]) {
      expect(fs.existsSync(e.file), `file of ${e.id}`).to.equal(false);
      expect(await s.db('data_exports').where({ id: e.id }).first()).to.include({ state: 'expired', file_path: null });
    }
    expect((await retention.preview('expired_exports')).ids, 'nothing left to do').to.deep.equal([]);

    const report = await agent.get(run.headers.location);
    expect(report.status).to.equal(200);
    expect(report.text).to.include(`data-ids="${later.ids.join(',')}"`);
    expect(report.text).to.include(admin.user.name);
    const runs = await agent.get('/admin/retention/runs');
    expect(runs.text).to.include(`data-run="${runId}"`);
    const audit = await s
      .db('audit_log')
      .where({ action: 'retention.run', target_id: String(runId) })
      .first();
    expect(audit.actor_id).to.equal(admin.user.id);
    expect(audit.details).to.deep.equal({
      trigger: 'manual',
      results: [{ key: 'expired_exports', count: later.ids.length, ids: later.ids, sampled: false, failed: false }],
    });
  });

  it('anonymizes exactly the leads with no activity its preview listed, leaving active, merged and erased ones', async () => {
    const owner = await makeUser('staff');
    const [idle, contacted, edited, merged, erased, other] = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => createLead(owner)),
    );
    const recent = new Date(time.clock().getTime() - 30 * DAY);
    await s
      .db('lead_contacts')
      .insert({ lead_id: contacted.id, kind: 'email', at: recent, ref: `ret-${contacted.id}` });
    await s
      .db('lead_history')
      .insert({ lead_id: edited.id, at: recent, field: 'status', old_value: 'a', new_value: 'b' });
    await s.db('leads').where({ id: merged.id }).update({ merged_into_id: other.id });
    await s.db('leads').where({ id: erased.id }).update({ erased_at: new Date() });
    await retention.save('inactive_leads', { enabled: 'on', age: '36' }, { userId: admin.user.id });

    const preview = await retention.preview('inactive_leads');
    const ours = [idle, contacted, edited, merged, erased, other].map((l) => String(l.id));
    expect(preview.ids.filter((id) => ours.includes(id)).sort()).to.deep.equal(
      [String(idle.id), String(other.id)].sort(),
    );
    const described = preview.sample.find((i) => i.id === String(idle.id));
    if (described) expect(described.detail).to.equal(`Owner: ${owner.user.name}`);

    const run = await retention.runNow('inactive_leads', { userId: admin.user.id });
    // the whole suite's leads are old on this clock: the report keeps RUN_ID_LIMIT of them, the count is exact
    expect(run.results[0].count, 'the run changed as many as the preview counted').to.equal(preview.count);
    expect(preview.ids.length).to.equal(Math.min(preview.count, RUN_ID_LIMIT));
    expect(run.results[0].ids, 'the run changed exactly what the preview listed').to.deep.equal(preview.ids);
    expect(run).to.include({ state: 'done', changed: preview.count });
    const rows = await s.db('leads').whereIn('id', ours.map(Number)).select('id', 'first_name', 'erased_at');
    const blanked = rows.filter((r) => r.first_name === '').map((r) => String(r.id));
    expect(blanked.sort()).to.deep.equal([String(idle.id), String(other.id)].sort());
    expect((await retention.preview('inactive_leads')).ids.filter((id) => ours.includes(id))).to.deep.equal([]);
  });

  it('leaves a lead alone that became active between the preview and the run', async () => {
    const owner = await makeUser('staff');
    const lead = await createLead(owner);
    await retention.save('inactive_leads', { enabled: 'on', age: '36' }, { userId: admin.user.id });
    const ids = (await retention.preview('inactive_leads')).ids;
    expect(ids).to.include(String(lead.id));
    await s
      .db('lead_history')
      .insert({ lead_id: lead.id, at: time.clock(), field: 'notes', old_value: null, new_value: null });
    const run = await retention.runNow('inactive_leads', { userId: admin.user.id });
    expect(run.results[0].ids).to.not.include(String(lead.id));
    expect(await s.db('leads').where({ id: lead.id }).first()).to.include({ erased_at: null });
  });

  it('anonymizes a batch at a time, each batch in a transaction of its own, in the preview’s order', async () => {
    const owner = await makeUser('staff');
    const ours = (await Promise.all([1, 2, 3, 4, 5].map(() => createLead(owner))))
      .map((l) => l.id)
      .sort((a, b) => a - b);
    // the same last activity to the microsecond, the oldest of all: the pages must go on by id, skipping none
    const tie = '2001-02-03 04:05:06.123456+00';
    await s.db.raw('update leads set updated_at = ? where id = any(?)', [tie, `{${ours.join(',')}}`]);
    for (const [table, col] of [
      ['lead_history', 'at'],
      ['lead_consents', 'recorded_at'],
      ['lead_contacts', 'at'],
    ])
      await s
        .db(table)
        .whereIn('lead_id', ours)
        .update({ [col]: tie });
    await retention.save('inactive_leads', { enabled: 'on', age: '36' }, { userId: admin.user.id });
    const preview = await retention.preview('inactive_leads');
    expect(preview.ids.slice(0, 5)).to.deep.equal(ours.map(String));
    const page = await agent.get('/admin/retention/inactive_leads/preview');
    expect(page.text).to.include(`<strong>${preview.count}</strong>`);

    const batched = createRetention(t.platform, s.stores.retention, {
      inactiveLeads: t.inactiveLeads,
      anonymizeLeads: blankNames,
      targets: [],
      batchSize: 2,
    }).retention;
    const run = await batched.runNow('inactive_leads', { userId: admin.user.id });
    expect(run.results[0]).to.include({ count: preview.count, state: 'done' });
    expect(run.results[0].ids).to.deep.equal(preview.ids);
    const { rows } = await s.db.raw<{ rows: { x: string }[] }>('select xmin::text as x from leads where id = any(?)', [
      `{${ours.join(',')}}`,
    ]);
    expect(new Set(rows.map((r) => r.x)).size, 'leads 1-2, 3-4 and 5 changed in three transactions').to.equal(3);
  });

  it('records the run before it changes anything and each batch with its changes: a crash loses no record', async () => {
    const owner = await makeUser('staff');
    await Promise.all([1, 2, 3, 4, 5].map(() => createLead(owner)));
    await retention.save('inactive_leads', { enabled: 'on', age: '36' }, { userId: admin.user.id });
    const preview = await retention.preview('inactive_leads');
    expect(preview.count).to.be.at.least(5);

    // a worker with connections of its own, which dies while anonymizing its second batch
    const app = `retention-crash-${process.pid}`;
    const dbUrl = new URL(config.DATABASE_URL);
    dbUrl.searchParams.set('application_name', app);
    const crashDb = createDb(dbUrl.toString());
    let calls = 0;
    let reached!: () => void;
    const inSecondBatch = new Promise<void>((r) => (reached = r));
    const dying: AnonymizeLeads = async (ids, reason, trx) => {
      await blankNames(ids, reason, trx);
      if (++calls < 2) return;
      reached();
      await new Promise(() => undefined); // never returns: the process dies here
    };
    const crashing = createRetention({ ...t.platform, db: crashDb }, retentionStores(crashDb), {
      inactiveLeads: new InactiveLeadsStore(crashDb),
      anonymizeLeads: dying,
      targets: [],
      batchSize: 2,
    }).retention;
    void crashing.runNow('inactive_leads', { userId: admin.user.id });
    await inSecondBatch;
    const alive = async () =>
      Number(
        (
          await s.db.raw<{ rows: { n: number }[] }>(
            'select count(*)::int as n from pg_stat_activity where application_name = ?',
            [app],
          )
        ).rows[0].n,
      );
    await s.db.raw('select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?', [app]);
    for (let i = 0; i < 100 && (await alive()) > 0; i++) await sleep(50);
    expect(await alive()).to.equal(0);

    const first = preview.ids.slice(0, 2);
    const crashed = await s.db('retention_runs').orderBy('id', 'desc').first();
    expect(crashed, 'the run is recorded though it never finished').to.include({ run_by: admin.user.id, changed: 2 });
    const [result] = crashed.results as { state: string; count: number; ids: string[] }[];
    expect(result).to.include({ state: 'running', count: 2 });
    expect(result.ids).to.deep.equal(first);
    const blanked = await s
      .db('leads')
      .whereIn('id', preview.ids.slice(0, 4).map(Number))
      .where({ first_name: '' })
      .pluck('id');
    expect(blanked.map(String).sort(), 'the first batch committed, the second rolled back').to.deep.equal(
      [...first].sort(),
    );

    const next = await retention.runNow('inactive_leads', { userId: admin.user.id });
    const closed = await retention.run(Number(crashed.id));
    expect(closed.state).to.equal('interrupted');
    expect(closed.results[0]).to.include({ state: 'interrupted', count: 2 });
    const audit = await s
      .db('audit_log')
      .where({ action: 'retention.run', target_id: String(crashed.id) })
      .first();
    expect(audit.actor_id).to.equal(admin.user.id);
    expect(audit.details).to.deep.equal({
      trigger: 'manual',
      interrupted: true,
      results: [{ key: 'inactive_leads', count: 2, ids: first, sampled: false, failed: false }],
    });
    expect((await agent.get(`/admin/retention/runs/${crashed.id}`)).text).to.include('interrupted before it was done');
    expect(next.results[0]).to.include({ state: 'done', count: preview.count - 2 });
    expect(next.results[0].ids).to.deep.equal(preview.ids.slice(2));
  });

  it('deletes an export’s file only once the run’s transaction committed, never when it rolled back', async () => {
    const owner = await makeUser('staff');
    const e = await expiredExport(owner, 40);
    const cutoff = new Date(time.clock().getTime() - 30 * DAY);
    const target = t.expiredExports;
    const after: (() => Promise<void>)[] = [];
    const rolledBack = await s.db
      .transaction(async (trx) => {
        expect(
          await target.apply([String(e.id)], cutoff, { trx, afterCommit: (fn) => void after.push(fn) }),
        ).to.deep.equal([String(e.id)]);
        expect(fs.existsSync(e.file), 'not deleted before the commit').to.equal(true);
        throw new Error('rolled back');
      })
      .catch((err: Error) => err.message);
    expect(rolledBack).to.equal('rolled back');
    expect(fs.existsSync(e.file)).to.equal(true);
    expect(await s.db('data_exports').where({ id: e.id }).first()).to.include({ file_path: path.basename(e.file) });

    after.length = 0;
    await s.db.transaction(async (trx) => {
      await target.apply([String(e.id)], cutoff, { trx, afterCommit: (fn) => void after.push(fn) });
    });
    expect(fs.existsSync(e.file)).to.equal(true);
    for (const fn of after) await fn();
    expect(fs.existsSync(e.file)).to.equal(false);
    expect(await s.db('data_exports').where({ id: e.id }).first()).to.include({ file_path: null, state: 'expired' });
  });

  it('runs the rules that are on once a day, however often the job is enqueued', async () => {
    const owner = await makeUser('staff');
    const a = await expiredExport(owner, 31);
    await retention.save('expired_exports', { enabled: 'on', age: '30' }, { userId: admin.user.id });
    const withRetention = { ...t, retention };
    const daily = () => runJob(withRetention, 'retention-daily');
    const day = time.clock().toISOString().slice(0, 10);

    const [first, second] = await Promise.all([daily(), daily()]);
    expect([first.ran, second.ran].sort()).to.deep.equal([false, true]);
    expect((await daily()).ran, 'enqueued again the same day').to.equal(false);
    const runs = await s.db('retention_runs').where({ scheduled_day: day });
    expect(runs).to.have.length(1);
    expect(runs[0]).to.include({ trigger: 'scheduled', run_by: null });
    expect((runs[0].results as { ids: string[] }[])[0].ids).to.include(String(a.id));
    expect(fs.existsSync(a.file)).to.equal(false);
    const audit = await s
      .db('audit_log')
      .where({ action: 'retention.run', target_id: String(runs[0].id) })
      .first();
    expect(audit.actor_id).to.equal(null);

    const b = await expiredExport(owner, 31);
    time.advance(DAY);
    const next = await daily();
    expect(next.ran, 'the next day').to.equal(true);
    expect(fs.existsSync(b.file)).to.equal(false);
    expect((await daily()).ran).to.equal(false);

    await s.db('retention_rules').update({ enabled: false });
    time.advance(DAY);
    expect((await daily()).ran, 'no rule on: nothing to run').to.equal(false);
  });

  it('refuses to run a rule that is off, and a run while another holds the lock', async () => {
    const page = await agent.get('/admin/retention/expired_exports/preview');
    expect(page.text).to.include('Switch the rule on to run it.');
    const res = await agent
      .post('/admin/retention/expired_exports/run')
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(res.status).to.equal(303);
    expect(res.headers.location).to.equal('/admin/retention/expired_exports/preview');
    expect((await agent.get(res.headers.location)).text).to.include('Switch this rule on');

    await retention.save('expired_exports', { enabled: 'on', age: '30' }, { userId: admin.user.id });
    await s.db.transaction(async (trx) => {
      await trx.raw('select pg_advisory_xact_lock(7402, 1)');
      let err: Error | undefined;
      await retention.runNow('expired_exports', { userId: admin.user.id }).catch((e: Error) => (err = e));
      expect(err?.message).to.include('in progress');
    });
  });
});
