// Merging duplicates: the kept lead's values stay, its blanks are filled from the other, tags and notes
// are joined, consent records move across (so the newest decision still wins), do-not-contact is never
// lost, both histories stay readable from the kept lead, and the merged lead leaves every list and
// action (404; its old address leads to the kept lead for those who may see that).
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import {
  countOf,
  createViaForm,
  leadForm,
  listedIds,
  loadStatuses,
  londonPhone,
  post,
  today,
  word,
} from '../support/leads';

function historyRows(page: string): [string, string, string][] {
  const table = /<section id="history">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
  return [...table.matchAll(/<td>([^<]*)<\/td><td class="pre">([^<]*)<\/td><td class="pre">([^<]*)<\/td><\/tr>/g)].map(
    (m) => [m[1], m[2], m[3]],
  );
}
function consentState(page: string): Record<string, string> {
  return Object.fromEntries(
    [...page.matchAll(/<li><strong>([^<]+)<\/strong>: ([^<]*)<\/li>/g)].map((m) => [m[1], m[2].trim()]),
  );
}
const consent = (channel: string, status: string, wording: string) => ({
  channel,
  status,
  consentMethod: 'phone call',
  consentSource: 'call log',
  consentObtainedAt: today(),
  consentWording: wording,
});

describe('leads: merging duplicates', function () {
  this.timeout(30_000);
  let staff: TestUser;
  let officer: TestUser;
  let agent: Agent;
  let officerAgent: Agent;

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff');
    officer = await makeUser('compliance');
    agent = await signedInAgent(staff);
    officerAgent = await signedInAgent(officer);
  });

  describe('merging one lead into another', () => {
    const w = word();
    const person = { firstName: 'Marie', lastName: `Sklodowska ${w}`, company: `Sorbonne ${w}` };
    const e1 = `${w}.work@example.test`;
    const e2 = `${w}.home@example.test`;
    const p2 = londonPhone();
    let keep: number;
    let gone: number;
    let goneHistory: number;

    before(async () => {
      keep = await createViaForm(agent, {
        ...person,
        email: e1,
        phone: '',
        address: '',
        jobTitle: '',
        tags: 'fair',
        notes: 'Winner note',
        emailConsent: 'granted',
        consentMethod: 'web form',
        consentSource: '/signup',
        consentObtainedAt: today(),
        consentWording: 'Newsletter please',
      });
      gone = await createViaForm(agent, {
        ...person,
        email: e2,
        phone: p2.local,
        address: '1 Rue Cuvier\nParis',
        jobTitle: 'Professor',
        tags: 'vip, fair',
        notes: 'Loser note',
        source: 'Conference',
      });
      await post(
        agent,
        `/leads/${gone}/edit`,
        leadForm({
          ...person,
          email: e2,
          phone: p2.local,
          address: '1 Rue Cuvier\nParis',
          jobTitle: 'Professor',
          tags: 'vip, fair',
          notes: 'Loser note',
          source: 'Referral',
          ownerId: String(staff.user.id),
          confirmDuplicate: '1',
        }),
        `/leads/${gone}/edit`,
      );
      // the person withdrew e-mail consent on the duplicate (after granting it on the kept one), and agreed to calls
      await post(
        agent,
        `/leads/${gone}/consents`,
        consent('email', 'withdrawn', 'Stop the newsletter'),
        `/leads/${gone}`,
      );
      await post(agent, `/leads/${gone}/consents`, consent('phone', 'granted', 'Calls are fine'), `/leads/${gone}`);
      // and a compliance officer marked the duplicate do-not-contact
      const dnc = await post(
        officerAgent,
        `/leads/${gone}/compliance`,
        { doNotContact: '1', dncReason: 'Complaint C-9' },
        `/leads/${gone}`,
      );
      expect(dnc.status).to.equal(302);
      goneHistory = (await s.db('lead_history').where({ lead_id: gone })).length;
    });

    it('offers the merge from the possible-duplicates list and shows both leads before merging', async () => {
      const page = await agent.get(`/leads/${keep}`);
      expect(page.text)
        .to.contain('id="possible-duplicates"')
        .and.contain(`href="/leads/${keep}/merge?other=${gone}"`)
        .and.contain('similar name and company');
      const form = await agent.get(`/leads/${keep}/merge?other=${gone}`);
      expect(form.status).to.equal(200);
      expect(form.text)
        .to.contain(`Lead #${gone} will be merged into lead #${keep}`)
        .and.contain(e1)
        .and.contain(e2)
        .and.contain(p2.e164)
        .and.contain('Professor');
      expect(form.text).to.contain(`name="other" value="${gone}"`);
    });

    it('refuses to merge a lead into itself', async () => {
      const res = await post(agent, `/leads/${keep}/merge`, { other: String(keep) }, `/leads/${keep}`);
      expect(res.status).to.equal(400);
      expect(await s.db('leads').where({ id: keep }).first()).to.include({ merged_into_id: null });
    });

    it('keeps the kept lead’s values, fills its blanks, joins tags and notes, and keeps do-not-contact', async () => {
      const res = await post(
        agent,
        `/leads/${keep}/merge`,
        { other: String(gone) },
        `/leads/${keep}/merge?other=${gone}`,
      );
      expect(res.status).to.equal(302);
      expect(res.headers.location).to.equal(`/leads/${keep}`);
      const lead = await s.leads.get(await s.users.get(staff.user.id), keep);
      expect(lead).to.deep.include({
        email: e1,
        phone: p2.e164,
        address: '1 Rue Cuvier\nParis',
        jobTitle: 'Professor',
        source: 'Trade fair',
        tags: ['fair', 'vip'],
      });
      // the merged lead's different e-mail address is not lost: it is kept (encrypted) in the notes
      expect(lead.notes).to.equal(`Winner note\n\n[merged from lead #${gone}]\nLoser note\nother email: ${e2}`);
      expect(lead.doNotContact, 'the person asked not to be contacted: merging must not undo that').to.equal(true);
      const page = await agent.get(`/leads/${keep}`);
      expect(page.text)
        .to.contain(`Lead #${gone} was merged into this lead; both histories are kept.`)
        .and.contain('Do not contact');
      // the filled phone is found by exact lookup on the kept lead
      const found = await agent.get(`/leads?lookup=${encodeURIComponent(p2.e164)}`);
      expect(listedIds(found.text)).to.deep.equal([keep]);
    });

    it('moves the consent records, so the newest decision per channel still wins', async () => {
      expect(await s.db('lead_consents').where({ lead_id: gone })).to.have.length(0);
      const rows = await s.db('lead_consents').where({ lead_id: keep }).orderBy('id');
      expect(rows.map((r) => [r.channel, r.status])).to.deep.equal([
        ['email', 'granted'],
        ['email', 'withdrawn'],
        ['phone', 'granted'],
      ]);
      const page = await agent.get(`/leads/${keep}`);
      expect(consentState(page.text)).to.include({
        'E-mail': `withdrawn on ${today()}`,
        Phone: `granted on ${today()}`,
      });
    });

    it('shows both histories on the kept lead, and keeps the merged lead’s rows', async () => {
      const rows = historyRows((await agent.get(`/leads/${keep}`)).text);
      expect(rows).to.deep.include(['Merged', '', `lead #${gone} merged into this lead`]);
      expect(rows).to.deep.include([`Created (lead #${gone})`, '', 'lawful basis: Legitimate interest']);
      expect(rows).to.deep.include([`Source (lead #${gone})`, 'Conference', 'Referral']);
      expect(rows).to.deep.include([`Merged (lead #${gone})`, '', `merged into lead #${keep}`]);
      expect(rows).to.deep.include(['Created', '', 'lawful basis: Legitimate interest']);
      expect(rows).to.deep.include(['Phone', '', p2.e164]);
      expect(rows).to.deep.include(['Do not contact', 'No', 'Yes']);
      expect(
        rows.some((r) => r[0] === `Do not contact (lead #${gone})` && r[2] === 'Yes (reason: Complaint C-9)'),
      ).to.equal(true);
      expect(
        (await s.db('lead_history').where({ lead_id: gone })).length,
        'nothing of the merged lead is deleted',
      ).to.equal(goneHistory + 1);
      const row = await s.db('leads').where({ id: gone }).first();
      expect(row.merged_into_id).to.equal(String(keep));
      expect(s.cipher.decrypt(row.email_enc)).to.equal(e2);
      const [entry] = await s.audit.find({ actorId: staff.user.id, action: 'lead.merge' });
      expect(entry).to.deep.include({ targetId: String(keep), details: { merged: gone } });
    });

    it('takes the merged lead out of every list, search, count, duplicate hint and action (404); its old link goes to the kept lead', async () => {
      for (const path of [
        `/leads/${gone}/edit`,
        `/leads/${keep}/merge?other=${gone}`,
        `/leads/${gone}/merge?other=${keep}`,
      ])
        expect((await agent.get(path)).status, path).to.equal(404);
      // an old link to it leads to the kept lead, for those who may see that one; for others it does not exist
      const old = await agent.get(`/leads/${gone}`);
      expect(old.status).to.equal(302);
      expect(old.headers.location).to.equal(`/leads/${keep}`);
      expect((await agent.get(`/leads/${keep}`)).text).to.contain(`Lead #${gone} was merged into this lead.`);
      const outsider = await signedInAgent(await makeUser('staff'));
      expect((await outsider.get(`/leads/${gone}`)).status).to.equal(404);
      for (const [path, form] of [
        [`/leads/${gone}/verify`, {}],
        [`/leads/${gone}/consents`, consent('sms', 'granted', 'x')],
        [`/leads/${keep}/merge`, { other: String(gone) }],
        ['/leads/bulk', { ids: [String(keep), String(gone)], action: 'tag', tagValue: 'again' }],
      ] as [string, Record<string, string | string[]>][]) {
        expect((await post(agent, path, form)).status, path).to.equal(404);
      }
      expect(
        (await post(officerAgent, `/leads/${gone}/compliance`, { doNotContact: '0', dncReason: 'x' })).status,
      ).to.equal(404);
      const search = await agent.get(`/leads?q=${w}`);
      expect(listedIds(search.text)).to.deep.equal([keep]);
      expect(countOf(search.text)).to.equal(1);
      expect(countOf((await agent.get(`/leads?lookup=${encodeURIComponent(e2)}`)).text)).to.equal(0);
      expect((await agent.get(`/leads/${keep}`)).text).to.not.contain('id="possible-duplicates"');
    });
  });

  it('follows earlier merges: a lead merged into the merged lead stays in the kept lead’s history', async () => {
    const w = word();
    const [a, b, c] = [
      await createViaForm(agent, { lastName: `A ${w}` }),
      await createViaForm(agent, { lastName: `B ${w}` }),
      await createViaForm(agent, { lastName: `C ${w}` }),
    ];
    expect((await post(agent, `/leads/${b}/merge`, { other: String(c) })).status).to.equal(302);
    expect((await post(agent, `/leads/${a}/merge`, { other: String(b) })).status).to.equal(302);
    expect((await s.db('leads').whereIn('id', [b, c]).orderBy('id')).map((r) => r.merged_into_id)).to.deep.equal([
      String(a),
      String(a),
    ]);
    const rows = historyRows((await agent.get(`/leads/${a}`)).text);
    expect(rows).to.deep.include([`Created (lead #${c})`, '', 'lawful basis: Legitimate interest']);
    expect(rows).to.deep.include([`Merged (lead #${c})`, '', `merged into lead #${b}`]);
    expect(rows).to.deep.include([`Merged (lead #${b})`, '', `merged into lead #${a}`]);
  });

  it('is not open to compliance officers, nor across the access rule', async () => {
    const other = await makeUser('staff');
    const theirs = await createViaForm(await signedInAgent(other));
    const mine = await createViaForm(agent);
    expect((await post(agent, `/leads/${mine}/merge`, { other: String(theirs) })).status).to.equal(404);
    expect((await post(officerAgent, `/leads/${mine}/merge`, { other: String(theirs) })).status).to.equal(403);
    expect((await s.db('leads').whereIn('id', [mine, theirs])).map((r) => r.merged_into_id)).to.deep.equal([
      null,
      null,
    ]);
  });
});
