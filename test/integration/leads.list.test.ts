// The lead list: keyset pages, sorts, filters, prefix search and counts, all inside the user's scope;
// bad filter values are 400 with the message beside the field; a cursor that does not fit is never a 500.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { countOf, createLead, fieldErrors, listedIds, loadStatuses, word } from '../support/leads';

const nextLink = (page: string) =>
  /<a href="\?([^"]*)" rel="next">Next page<\/a>/.exec(page)?.[1]?.replace(/&amp;/g, '&');

/** Every id over all pages of `query`, following the "Next page" links. */
async function allPages(agent: Agent, query: string): Promise<{ ids: number[]; pages: number }> {
  const ids: number[] = [];
  let q: string | undefined = query;
  let pages = 0;
  while (q !== undefined) {
    const res = await agent.get(`/leads?${q}`);
    expect(res.status, q).to.equal(200);
    ids.push(...listedIds(res.text));
    pages++;
    q = nextLink(res.text);
    expect(pages).to.be.below(10);
  }
  return { ids, pages };
}

describe('leads: the list', function () {
  this.timeout(60_000);
  let me: TestUser;
  let agent: Agent;
  let visible: number[];
  let hidden: number[];
  const w = word();

  before(async () => {
    await loadStatuses();
    [me] = [await makeUser('staff')];
    const mate = await makeUser('staff');
    const outsider = await makeUser('staff');
    const team = await s.organisation.createTeam(`List ${w}`, { userId: null });
    await s.organisation.assignTeam(me.user.id, team, { userId: null });
    await s.organisation.assignTeam(mate.user.id, team, { userId: null });
    visible = [];
    hidden = [];
    for (let i = 0; i < 30; i++)
      visible.push((await createLead(me, { lastName: `Listed ${w} ${String.fromCharCode(97 + (i % 26))}${i}` })).id);
    for (let i = 0; i < 25; i++) visible.push((await createLead(mate, { lastName: `Mates ${w} ${i}` })).id);
    for (let i = 0; i < 10; i++) hidden.push((await createLead(outsider, { lastName: `Hidden ${w} ${i}` })).id);
    agent = await signedInAgent(me);
  });

  for (const sort of ['created', 'name']) {
    it(`pages through exactly the leads in scope, 50 at a time, sorted by ${sort}`, async () => {
      const first = await agent.get(`/leads?sort=${sort}`);
      expect(countOf(first.text)).to.equal(55);
      expect(listedIds(first.text)).to.have.length(50);
      const { ids, pages } = await allPages(agent, `sort=${sort}`);
      expect(pages).to.equal(2);
      expect(ids).to.have.length(55);
      expect(new Set(ids).size, 'no lead twice').to.equal(55);
      expect(ids).to.have.members(visible);
      if (sort === 'created') expect(ids).to.deep.equal([...visible].sort((a, b) => b - a));
      // the same with a filter that the outsider's leads also match: still only the scope
      const searched = await allPages(agent, `q=${w}&sort=${sort}`);
      expect(searched.ids).to.have.members(visible);
      for (const id of hidden) expect(searched.ids).to.not.include(id);
    });
  }

  it('counts a filter or search with more than a page of matches when asked, and keeps counting on its next pages', async () => {
    const first = await agent.get(`/leads?q=${w}`);
    expect(listedIds(first.text)).to.have.length(50);
    expect(/id="lead-count">([^<]*)</.exec(first.text)?.[1].trim()).to.equal('More than 50 leads ·');
    const link = /id="lead-count">[\s\S]*?<a href="([^"]+)" id="count-link">Count them<\/a>/
      .exec(first.text)?.[1]
      .replace(/&amp;/g, '&');
    expect(link).to.equal(`?q=${w}&count=1`);
    const counted = await agent.get(`/leads${link}`);
    expect(countOf(counted.text), 'the scope only: not the outsider’s ten').to.equal(55);
    expect(listedIds(counted.text)).to.deep.equal(listedIds(first.text));
    const next = /href="([^"]+)" rel="next"/.exec(counted.text)?.[1].replace(/&amp;/g, '&');
    expect(next).to.match(/count=1&after=/);
    const second = await agent.get(`/leads${next}`);
    expect(countOf(second.text)).to.equal(55);
    expect(listedIds(second.text)).to.have.length(5);
  });

  it('starts at the first page for a cursor that does not fit (never a 500)', async () => {
    const cursors = [
      ['x', 1],
      ['1', 5],
      ['a', 'b', 'x'],
      ['a\u0000', 'b', 5],
      [1],
      ['2026-01-01T00:00:00.000Z', 'one'],
      ['2026-01-01T00:00:00.000Z', 1e20],
      [null],
      'garbage',
      '',
    ];
    for (const c of cursors) {
      const after = typeof c === 'string' ? c : Buffer.from(JSON.stringify(c)).toString('base64url');
      for (const sort of ['created', 'name']) {
        const res = await agent.get(`/leads?sort=${sort}&after=${after}`);
        expect(res.status, `${sort} ${JSON.stringify(c)}`).to.equal(200);
        expect(listedIds(res.text)).to.have.length(50);
      }
    }
  });

  it('filters by status, tag, source and creation dates, and searches names and companies by word prefixes', async () => {
    const statuses = await s.leads.statusList();
    const special = await createLead(me, {
      firstName: 'Grace',
      lastName: `Hopper ${w}`,
      company: `Navy Yard ${w}`,
      statusId: String(statuses[3].id),
      tags: `cobol, ${w}`,
      source: `Source ${w}`,
    });
    await s
      .db('leads')
      .where({ id: special.id })
      .update({ created_at: new Date('2025-06-15T10:00:00Z') });
    const checks: [string, number[]][] = [
      [`status=${statuses[3].id}&q=${w}`, [special.id]],
      [`tag=${w}`, [special.id]],
      [`tag=${w.toUpperCase()}`, [special.id]],
      [`source=${encodeURIComponent(`Source ${w}`)}`, [special.id]],
      [`from=2025-06-15&to=2025-06-15&q=${w}`, [special.id]],
      [`from=2025-06-16&q=hopper`, []],
      [`q=gra+hop+${w.slice(0, 4)}`, [special.id]],
      [`q=navy+yar+${w}`, [special.id]],
      [`q=${encodeURIComponent(`"Hopper" & ${w}!`)}`, [special.id]],
    ];
    for (const [query, expected] of checks) {
      const res = await agent.get(`/leads?${query}`);
      expect(res.status, query).to.equal(200);
      expect(listedIds(res.text), query).to.have.members(expected);
      expect(countOf(res.text), query).to.equal(expected.length);
    }
    // the e-mail address is not searchable text (it is encrypted): only the exact lookup finds it
    const email = (await s.leads.get(await s.users.get(me.user.id), special.id)).email!;
    expect(countOf((await agent.get(`/leads?q=${email.split('@')[0]}`)).text)).to.equal(0);
    expect(listedIds((await agent.get(`/leads?lookup=${email}`)).text)).to.deep.equal([special.id]);
  });

  it('finds new and renamed leads by the prefixes of their words, hyphens and apostrophes included', async () => {
    const v = word(8);
    const lead = await createLead(me, {
      firstName: 'Siobhan',
      lastName: `O'Brien-${v}`,
      company: `Smith-Jones ${v} Dental`,
    });
    for (const query of [`bri+${v.slice(0, 5)}`, `smith-jon+${v.slice(0, 3)}`, `sio+den+${v}`, `O'Brien-${v}`]) {
      expect(listedIds((await agent.get(`/leads?q=${encodeURIComponent(query)}`)).text), query).to.deep.equal([
        lead.id,
      ]);
    }
    // renamed: the new words are searchable at once, the old ones no longer find it
    const renamed = `Quorra${v}`;
    await s.db('leads').where({ id: lead.id }).update({ last_name: renamed });
    expect(listedIds((await agent.get(`/leads?q=quo+${v.slice(0, 4)}`)).text)).to.deep.equal([lead.id]);
    expect(listedIds((await agent.get(`/leads?q=bri+${v.slice(0, 5)}+sio`)).text)).to.deep.equal([]);
  });

  it('answers bad filter values with 400 and the message beside the field, keeping the values', async () => {
    const res = await agent.get('/leads?from=2026-13-01&to=yesterday&status=abc&q=kept');
    expect(res.status).to.equal(400);
    expect(fieldErrors(res.text)).to.deep.equal({
      from: 'Enter a valid value (dates as YYYY-MM-DD).',
      to: 'Enter a valid value (dates as YYYY-MM-DD).',
    });
    expect(res.text).to.contain('value="2026-13-01"').and.contain('value="kept"');
  });
});

describe('leads: the list of a staff member who moved teams', function () {
  this.timeout(60_000);
  const w = word();
  let mover: TestUser;
  let kept: number[]; // the mover's own leads, left in the old team
  let newTeam: number[];
  let oldTeam: number[];

  before(async () => {
    await loadStatuses();
    mover = await makeUser('staff');
    const formerMate = await makeUser('staff');
    const newMate = await makeUser('staff');
    const a = await s.organisation.createTeam(`Old ${w}`, { userId: null });
    const b = await s.organisation.createTeam(`New ${w}`, { userId: null });
    for (const [u, t] of [
      [mover, a],
      [formerMate, a],
      [newMate, b],
    ] as const)
      await s.organisation.assignTeam(u.user.id, t, { userId: null });
    const lead = async (u: TestUser, n: number) => (await createLead(u, { lastName: `Mover ${w} ${n}` })).id;
    kept = [];
    newTeam = [];
    oldTeam = [await lead(formerMate, 0)];
    // the mover's own leads come between the new team's, so the two parts interleave on both pages
    for (let i = 0; i < 60; i++) {
      if (i % 20 === 5) kept.push(await lead(mover, i));
      newTeam.push(await lead(newMate, i));
    }
    await s.organisation.assignTeam(mover.user.id, b, { userId: null });
  });

  for (const sort of ['created', 'name']) {
    it(`pages through the new team’s leads and their own leads left in the old team, in order (${sort})`, async () => {
      const agent = await signedInAgent(mover);
      const expected = [...kept, ...newTeam];
      const { ids, pages } = await allPages(agent, `sort=${sort}`);
      expect(pages).to.equal(2);
      expect(ids).to.have.members(expected).and.have.length(expected.length);
      const names = new Map(
        (await s.db('leads').whereIn('id', expected).select('id', 'last_name', 'first_name')).map((r) => [
          Number(r.id),
          `${r.last_name}\u0000${r.first_name}\u0000${String(r.id).padStart(12, '0')}`,
        ]),
      );
      const sorted =
        sort === 'created'
          ? [...expected].sort((x, y) => y - x)
          : [...expected].sort((x, y) => (names.get(x)! < names.get(y)! ? -1 : 1));
      expect(ids).to.deep.equal(sorted);
      for (const id of oldTeam) expect(ids, 'the former teammate’s lead').to.not.include(id);
      expect(countOf((await agent.get(`/leads?sort=${sort}`)).text)).to.equal(expected.length);
      const searched = await allPages(agent, `q=mover+${w}&sort=${sort}`);
      expect(searched.ids).to.deep.equal(sorted);
    });
  }
});

describe('leads: counts beyond what every page counts', function () {
  this.timeout(60_000);

  it('says "more than 1,000" on the plain list of a larger scope, and counts exactly when asked', async () => {
    await loadStatuses();
    const u = await makeUser('staff');
    const lead = await createLead(u, { lastName: `Many ${word()}` });
    // 1,049 more of the same lead, straight into the table (what is tested is the count, not the form)
    const cols = (await s
      .db('information_schema.columns')
      .where({ table_name: 'leads', is_generated: 'NEVER' })
      .whereNull('column_default')
      .pluck('column_name')) as string[];
    const list = cols.map((c) => `"${c}"`).join(', ');
    await s.db.raw(`insert into leads (${list}) select ${list} from leads, generate_series(1, 1049) where id = ?`, [
      lead.id,
    ]);
    const agent = await signedInAgent(u);
    const first = await agent.get('/leads');
    expect(/id="lead-count">(More than [\d,]+ leads)/.exec(first.text)?.[1]).to.equal('More than 1,000 leads');
    const link = /<a href="([^"]+)" id="count-link">Count them<\/a>/.exec(first.text)?.[1].replace(/&amp;/g, '&');
    expect(link).to.equal('?count=1');
    const counted = await agent.get(`/leads${link}`);
    expect(countOf(counted.text)).to.equal(1050);
    expect(counted.text, 'no link once counted').to.not.contain('id="count-link"');
  });
});
