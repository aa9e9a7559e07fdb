// Keeping leads accurate: a weekly digest (through the outbox) tells each owner which of their leads were
// not verified for LEAD_STALE_DAYS, once per ISO week however often it runs; the list's "stale" filter
// shows the same leads; "verified today" takes a lead off both. The dashboard charts the pipeline.
import { expect } from 'chai';
import { s, smtp } from '../support/setup';
import { deliverOutbox, makeUser, mailsTo, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { countOf, createLead, createViaForm, listedIds, loadStatuses, post } from '../support/leads';
import { isoWeek } from '../../src/features/leads/actions';
import { runJob } from '../../src/jobs';

const DAY = 86400_000;
const age = (id: number, days: number, verifiedDaysAgo?: number) =>
  s
    .db('leads')
    .where({ id })
    .update({
      created_at: new Date(Date.now() - days * DAY),
      last_verified_at: verifiedDaysAgo === undefined ? null : new Date(Date.now() - verifiedDaysAgo * DAY),
    });
const digestsFor = (ownerId: number) =>
  s.db('outbox').where('dedupe_key', 'like', `stale-digest:${ownerId}:%`).orderBy('id');
const decode = (t: string) =>
  t.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('leads: stale digest and dashboard', function () {
  this.timeout(60_000);
  let owner: TestUser;
  let mate: TestUser;
  let agent: Agent;
  let stale: number;
  let verifiedLately: number;
  let fresh: number;
  let matesStale: number;

  before(async () => {
    await loadStatuses();
    expect(s.config.LEAD_STALE_DAYS).to.equal(180);
    owner = await makeUser('staff');
    mate = await makeUser('staff');
    const team = await s.organisation.createTeam(`Digest ${owner.user.id}`, { userId: null });
    await s.organisation.assignTeam(owner.user.id, team, { userId: null });
    await s.organisation.assignTeam(mate.user.id, team, { userId: null });
    agent = await signedInAgent(owner);
    stale = (await createLead(owner, { firstName: 'Stale', lastName: 'Sam', company: 'Old Co' })).id;
    verifiedLately = (await createLead(owner, { firstName: 'Checked', lastName: 'Chris' })).id;
    fresh = (await createLead(owner, { firstName: 'Fresh', lastName: 'Fran' })).id;
    matesStale = (await createLead(mate, { firstName: 'Teammate', lastName: 'Tess' })).id;
    await age(stale, 200);
    await age(verifiedLately, 400, 10);
    await age(matesStale, 365, 190);
  });

  it('e-mails each owner a digest of their own stale leads, through the outbox', async () => {
    await s.leadActions.sendStaleDigests(180);
    const [row] = await digestsFor(owner.user.id);
    expect(row).to.include({
      kind: 'stale-digest',
      to_address: owner.email,
      dedupe_key: `stale-digest:${owner.user.id}:${isoWeek(new Date())}`,
    });
    const mails = await mailsTo(owner.email);
    expect(mails).to.have.length(1);
    expect(mails[0].subject).to.equal('1 of your leads need checking');
    expect(mails[0].text)
      .to.contain(`Stale Sam (Old Co): http://portal.test/leads/${stale}`)
      .and.contain('not verified in the last 180 days');
    for (const id of [verifiedLately, fresh, matesStale])
      expect(mails[0].text).to.not.contain(`/leads/${id}\n`).and.not.contain(`/leads/${id} `);
    expect(mails[0].text).to.not.contain('Teammate Tess');
    const matesMail = await mailsTo(mate.email);
    expect(matesMail).to.have.length(1);
    expect(matesMail[0].text)
      .to.contain(`Teammate Tess`)
      .and.contain(`/leads/${matesStale}`)
      .and.not.contain('Stale Sam');
  });

  it('sends it only once a week, however often it runs (also as the scheduled job); the next week again', async () => {
    await s.leadActions.sendStaleDigests(180);
    await runJob(s, 'stale-digest', {});
    await deliverOutbox();
    await deliverOutbox();
    expect(await digestsFor(owner.user.id)).to.have.length(1);
    expect(smtp.to(owner.email)).to.have.length(1);

    const nextWeek = new Date(Date.now() + 7 * DAY);
    await s.leadActions.sendStaleDigests(180, nextWeek);
    await s.leadActions.sendStaleDigests(180, nextWeek);
    const rows = await digestsFor(owner.user.id);
    expect(rows.map((r) => r.dedupe_key)).to.deep.equal([
      `stale-digest:${owner.user.id}:${isoWeek(new Date())}`,
      `stale-digest:${owner.user.id}:${isoWeek(nextWeek)}`,
    ]);
    expect(await mailsTo(owner.email)).to.have.length(2);
  });

  it('lists at most 20 leads and links to the rest in the stale filter; skips deactivated owners and merged leads', async () => {
    const busy = await makeUser('staff');
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) ids.push((await createLead(busy, { firstName: `Many${i}`, lastName: 'Leads' })).id);
    for (const id of ids) await age(id, 181 + ids.indexOf(id));
    await s.leadActions.merge(await s.users.get(busy.user.id), ids[0], ids[1], { userId: null }); // ids[1] is no longer a lead of its own
    const gone = await makeUser('staff');
    const goneLead = await createLead(gone);
    await age(goneLead.id, 300);
    await s.users.deactivate(gone.user.id, { userId: null });

    await s.leadActions.sendStaleDigests(180);
    const [mail] = await mailsTo(busy.email);
    expect(mail.subject).to.equal('22 of your leads need checking');
    expect(mail.text.match(/http:\/\/portal\.test\/leads\/\d+/g)).to.have.length(20);
    expect(mail.text).to.contain(`…and 2 more: http://portal.test/leads?stale=1&owner=${busy.user.id}`);
    expect(mail.text).to.not.contain(`/leads/${ids[1]}\n`);
    expect(mail.text, 'the longest unverified first').to.contain(`/leads/${ids[22]}\n`);
    expect(await mailsTo(gone.email)).to.have.length(0);
    expect(await digestsFor(gone.user.id)).to.have.length(0);

    // the link in the mail shows all of them
    const list = await (await signedInAgent(busy)).get(`/leads?stale=1&owner=${busy.user.id}`);
    expect(countOf(list.text)).to.equal(22);
  });

  it('the list’s stale filter shows the same leads; "verified today" takes a lead off it', async () => {
    let list = await agent.get('/leads?stale=1');
    expect(list.status).to.equal(200);
    expect(listedIds(list.text)).to.have.members([stale, matesStale]);
    expect(countOf(list.text)).to.equal(2);
    expect(list.text).to.match(/id="stale" name="stale" value="1" checked/);
    expect(listedIds((await agent.get('/leads')).text)).to.include.members([stale, verifiedLately, fresh, matesStale]);

    expect((await post(agent, `/leads/${stale}/verify`, {}, `/leads/${stale}`)).status).to.equal(302);
    list = await agent.get('/leads?stale=1');
    expect(listedIds(list.text)).to.deep.equal([matesStale]);
    await s.leadActions.sendStaleDigests(180, new Date(Date.now() + 14 * DAY));
    expect(await digestsFor(owner.user.id), 'nothing stale left for the owner: no digest in that week').to.have.length(
      2,
    );
  });

  it('the dashboard charts the user’s own pipeline by status and new leads per week', async () => {
    const user = await makeUser('staff');
    const a = await signedInAgent(user);
    const statuses = await s.leads.statusList();
    await createViaForm(a, { statusId: String(statuses[0].id) });
    await createViaForm(a, { statusId: String(statuses[0].id) });
    await createViaForm(a, { statusId: String(statuses[1].id) });
    const old = await createViaForm(a, { statusId: String(statuses[2].id) });
    await age(old, 200);
    await createLead(owner, { statusId: String(statuses[1].id) }); // someone else's: not in this dashboard

    const home = await a.get('/');
    expect(home.status).to.equal(200);
    const canvas = /<canvas id="pipeline-chart" data-chart="([^"]*)" role="img" aria-label="([^"]*)">/.exec(home.text);
    expect(canvas, 'pipeline chart').to.not.equal(null);
    const chart = JSON.parse(decode(canvas![1]));
    const expected = statuses.map((st, i) => (i === 0 ? 2 : i === 1 || i === 2 ? 1 : 0));
    expect(chart).to.deep.equal({
      type: 'bar',
      labels: statuses.map((st) => st.label),
      data: expected,
      label: 'Leads',
    });
    expect(decode(canvas![2])).to.equal(
      `Leads by status: ${statuses.map((st, i) => `${st.label} ${expected[i]}`).join(', ')}`,
    );
    const weekly = JSON.parse(decode(/<canvas id="weekly-chart" data-chart="([^"]*)"/.exec(home.text)![1]));
    expect(weekly.type).to.equal('line');
    expect(
      weekly.data.reduce((n: number, x: number) => n + x, 0),
      'the 200-day-old lead is outside the 12 weeks',
    ).to.equal(3);
    expect(home.text).to.contain('src="/public/vendor/chart.umd.min.js"');
  });
});
