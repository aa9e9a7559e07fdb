// Exports of the lead list (issue 14): from the list's filter (POST /leads/export), built by the worker's job into
// one CSV or JSON file holding exactly the leads the list service shows that user for that filter (their own and
// their team's, never another team's), decrypted, formulas neutralized; the audit entry with rows, filter and
// format; the download only for its owner; 410 after 24 hours on the moved clock; hostile filters answered 400
// (or 413 for an oversized body), never 500, and nothing queued; control characters removed before they are read.
import { expect } from 'chai';
import { s } from '../support/setup';
import { csrfOf, makeUser, type Agent, type TestUser } from '../support/helpers';
import { agentOn, clockedServices, HOUR, type Movable } from '../support/status';
import { createLead, loadStatuses, word } from '../support/leads';
import { binary, csvRows } from '../support/exports';
import { runJob } from '../../src/jobs';
import type { Services } from '../../src/services';
import { readListQuery } from '../../src/features/leads';

interface ExportRow {
  id: string;
  kind: string;
  format: string;
  state: string;
  filter: { values: Record<string, string> };
}

describe('exports of the lead list', function () {
  this.timeout(60_000);
  let t: Services;
  let time: Movable;
  let me: TestUser;
  let agent: Agent;
  let tag: string;
  let visible: number[];
  let hidden: number[];

  before(async () => {
    await loadStatuses();
    ({ t, time } = clockedServices(Date.now()));
    tag = `x${word(8)}`;
    me = await makeUser('staff');
    const mate = await makeUser('staff');
    const stranger = await makeUser('staff');
    const team = await s.organisation.createTeam(`Export ${tag}`, { userId: null });
    const elsewhere = await s.organisation.createTeam(`Other ${tag}`, { userId: null });
    await s.organisation.assignTeam(me.user.id, team, { userId: null });
    await s.organisation.assignTeam(mate.user.id, team, { userId: null });
    await s.organisation.assignTeam(stranger.user.id, elsewhere, { userId: null });
    for (const u of [me, mate, stranger]) u.user = (await s.users.get(u.user.id))!;
    const mine = [
      await createLead(me, { tags: tag, firstName: '=HYPERLINK("http://x")' }),
      await createLead(me, { tags: tag, firstName: '@SUM(1+1)' }),
      await createLead(me, { tags: `${tag}, other` }),
      await createLead(mate, { tags: tag }),
    ];
    visible = mine.map((l) => l.id);
    hidden = [(await createLead(stranger, { tags: tag })).id, (await createLead(me, { tags: 'untagged' })).id];
    agent = await agentOn(t, me);
  });
  after(() => t.close());

  async function ask(a: Agent, form: Record<string, string | string[]>) {
    const page = await a.get('/leads');
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...form, _csrf: csrfOf(page.text) }))
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    return a.post('/leads/export').type('form').send(body.toString());
  }
  const latest = async (u: TestUser) =>
    s.db('data_exports').where({ created_by: u.user.id }).orderBy('id', 'desc').first<ExportRow>();
  const build = (id: number) => runJob(t, 'export-build', { exportId: id }, 'exports');
  const download = (a: Agent, id: number) => a.get(`/account/export/${id}/download`).buffer(true).parse(binary);
  /** What the list service shows `me` for the filter (all of it, in the page's order). */
  async function listed(values: Record<string, string>) {
    const { filter, sort } = readListQuery(values, { staleDays: 30, phoneCountry: 'GB', now: new Date() });
    const page = await s.leadList.browse(me.user, filter, { sort, countAsked: false, size: 1000 });
    return page.rows;
  }

  it('exports exactly the filtered leads the list shows, decrypted, as CSV with formulas neutralized', async () => {
    const res = await ask(agent, { tag, format: 'csv' });
    expect(res.status, res.text.slice(0, 300)).to.equal(302);
    expect(res.headers.location).to.equal('/account/export');
    const row = await latest(me);
    expect(row).to.include({ kind: 'leads', format: 'csv', state: 'queued' });
    expect(row.filter.values).to.deep.equal({ tag });
    expect(await build(Number(row.id))).to.deep.equal({ built: true, rows: 4 });
    const page = await agent.get('/account/export');
    expect(page.text).to.include('Download CSV').and.include('4 leads of the list');

    const file = await download(agent, Number(row.id));
    expect(file.status).to.equal(200);
    expect(file.headers['content-type']).to.equal('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).to.match(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRows((file.body as Buffer).toString('utf8'));
    const list = await listed({ tag });
    expect(
      rows.map((r) => Number(r.id)),
      'the list’s leads, in its order',
    ).to.deep.equal(list.map((l) => l.id));
    expect(rows.map((r) => Number(r.id))).to.have.members(visible);
    for (const id of hidden) expect(rows.map((r) => Number(r.id))).to.not.include(id);
    for (const l of list) expect(rows.find((r) => Number(r.id) === l.id)!.email, 'decrypted').to.equal(l.email);
    const names = rows.map((r) => r.first_name);
    expect(names).to.include(`'=HYPERLINK("http://x")`).and.include(`'@SUM(1+1)`);
    expect(rows[0]).to.have.property('owner');

    const [audit] = await s
      .db('audit_log')
      .where({ actor_id: me.user.id, action: 'lead.export' })
      .orderBy('id', 'desc');
    expect(audit.details).to.deep.include({ rows: 4, filter: { tag }, format: 'csv' });
  });

  it('exports JSON that parses and holds the same leads, plain', async () => {
    const res = await ask(agent, { tag, sort: 'name', format: 'json' });
    expect(res.status).to.equal(302);
    const row = await latest(me);
    await build(Number(row.id));
    const file = await download(agent, Number(row.id));
    expect(file.headers['content-type']).to.equal('application/json; charset=utf-8');
    const json = JSON.parse((file.body as Buffer).toString('utf8')) as {
      id: number;
      firstName: string;
      email: string;
    }[];
    const list = await listed({ tag, sort: 'name' });
    expect(json.map((l) => l.id)).to.deep.equal(list.map((l) => l.id));
    expect(json.map((l) => l.firstName)).to.include('=HYPERLINK("http://x")');
    for (const l of list) expect(json.find((j) => j.id === l.id)!.email).to.equal(l.email);
  });

  it('keeps a lookup’s e-mail and a search’s words out of the row and the audit log', async () => {
    const lead = await createLead(me, { tags: tag });
    expect((await ask(agent, { lookup: lead.email!, q: 'Zanzibar Quixote', format: 'csv' })).status).to.equal(302);
    const row = await latest(me);
    expect(JSON.stringify(row.filter)).to.not.include(lead.email!).and.not.include('Zanzibar');
    await s
      .db('data_exports')
      .where({ id: row.id })
      .update({
        filter: JSON.stringify({ ...row.filter, qSealed: undefined }),
      }); // the lead has other words: find it by the lookup alone
    expect(await build(Number(row.id))).to.deep.equal({ built: true, rows: 1 });
    const rows = csvRows(((await download(agent, Number(row.id))).body as Buffer).toString('utf8'));
    expect(rows.map((r) => Number(r.id))).to.deep.equal([lead.id]);
    const audits = await s
      .db('audit_log')
      .where({ actor_id: me.user.id })
      .whereIn('action', ['lead.export', 'export.request']);
    expect(JSON.stringify(audits.map((a) => a.details)))
      .to.not.include(lead.email!)
      .and.not.include('Zanzibar');
  });

  it('gives another user 404 for the download and the progress', async () => {
    const id = Number((await latest(me)).id);
    for (const intruder of [await agentOn(t, await makeUser('staff')), await agentOn(t, await makeUser('admin'))]) {
      expect((await download(intruder, id)).status).to.equal(404);
      expect((await intruder.get(`/account/export/${id}/progress`)).status).to.equal(404);
    }
  });

  it('is gone (410) 24 hours later', async () => {
    const id = Number((await latest(me)).id);
    expect((await download(agent, id)).status).to.equal(200);
    time.advance(24 * HOUR + 60_000);
    try {
      expect((await download(agent, id)).status).to.equal(410);
    } finally {
      time.advance(-(24 * HOUR + 60_000));
    }
  });

  it('answers hostile filters clearly (400 or 413), never 500, and queues nothing', async () => {
    const u = await makeUser('staff');
    const a = await agentOn(t, u);
    const cases: [string, Record<string, string | string[]>][] = [
      ['1 MB string', { q: 'a'.repeat(1_000_000), format: 'csv' }],
      ['long string', { q: 'a'.repeat(5_000), format: 'csv' }],
      ['wrong type', { status: 'abc', format: 'csv' }],
      ['huge id', { owner: '99999999999999999999', format: 'csv' }],
      ['bad date', { from: '2026-02-30', format: 'csv' }],
      ['repeated', { tag: ['a', 'b'], format: 'csv' }],
      ['bad lookup', { lookup: 'not a number', format: 'csv' }],
      ['format', { tag: 'a', format: 'xml' }],
      ['repeated format', { format: ['csv', 'json'] }],
    ];
    for (const [name, form] of cases) {
      const res = await ask(a, form);
      expect([400, 413], `${name}: ${res.status}`).to.include(res.status);
      if (res.status === 400) expect(res.text, name).to.include('error-summary');
    }
    expect(await s.db('data_exports').where({ created_by: u.user.id })).to.have.length(0);
    for (const q of ['tag=a&tag=b', 'status=abc', `q=${'a'.repeat(5000)}`])
      expect((await a.get(`/leads?${q}`)).status, q).to.equal(400);
    // NUL and other control characters are removed from every submitted value (parsing middleware): the list
    // and the export read what is left
    expect((await a.get('/leads?q=ab%00cd')).status).to.equal(200);
    expect((await ask(a, { q: 'ab\u0000cd', tag: '\u0000', format: 'csv' })).status).to.equal(302);
    const row = await latest(u);
    expect(row.filter.values).to.deep.equal({});
    expect(t.platform.cipher.decrypt((row.filter as { qSealed?: string }).qSealed!)).to.equal('abcd');
    expect(await build(Number(row.id))).to.deep.equal({ built: true, rows: 0 });
  });
});
