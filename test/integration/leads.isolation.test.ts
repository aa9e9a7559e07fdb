// THE lead access rule, from the outside: staff see and change only leads they own or of their team,
// admins everything, compliance officers read everything but change only compliance fields. Every lead
// URL, form, bulk action, search, exact lookup, duplicate hint and count applies it, and a lead a user
// must not see answers 404 (exactly like a lead that does not exist), never 403.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, unique, type Agent, type TestUser } from '../support/helpers';
import {
  countOf,
  createViaForm,
  fieldErrors,
  formBody,
  leadForm,
  listedIds,
  loadStatuses,
  londonPhone,
  post,
  today,
  word,
} from '../support/leads';

const NOWHERE = 2_000_000_000; // a lead id that does not exist

/** Everything stored about a lead: its row, history and consent records. */
async function snapshot(id: number): Promise<string> {
  const [lead, history, consents] = await Promise.all([
    s.db('leads').where({ id }).first(),
    s.db('lead_history').where({ lead_id: id }).orderBy('id'),
    s.db('lead_consents').where({ lead_id: id }).orderBy('id'),
  ]);
  return JSON.stringify({ lead, history, consents });
}

/** The owner field of the lead form, with its error. */
const ownerSelect = (page: string) =>
  /<div class="field[^"]*"><label for="ownerId">[\s\S]*?<\/select>/.exec(page)?.[0] ?? '';

const consentForm = (over: Record<string, string> = {}) => ({
  channel: 'email',
  status: 'withdrawn',
  consentMethod: 'e-mail reply',
  consentSource: 'inbox',
  consentObtainedAt: today(),
  consentWording: 'Please stop',
  reason: '',
  ...over,
});

describe('leads: who may see and change which lead', function () {
  this.timeout(60_000);
  let teamX: number;
  let teamY: number;
  let a: TestUser; // staff, team X: owns the lead under test
  let mate: TestUser; // staff, team X
  let b: TestUser; // staff, no team
  let c: TestUser; // staff, team Y
  let admin: TestUser;
  let officer: TestUser; // compliance
  const agents = {} as Record<'a' | 'mate' | 'b' | 'c' | 'admin' | 'officer', Agent>;
  let statuses: { id: number; label: string }[];

  before(async () => {
    await loadStatuses();
    statuses = await s.leads.statusList();
    teamX = await s.organisation.createTeam(unique('Team X'), { userId: null });
    teamY = await s.organisation.createTeam(unique('Team Y'), { userId: null });
    [a, mate, b, c, admin, officer] = await Promise.all([
      makeUser('staff'),
      makeUser('staff'),
      makeUser('staff'),
      makeUser('staff'),
      makeUser('admin'),
      makeUser('compliance'),
    ]);
    await s.organisation.assignTeam(a.user.id, teamX, { userId: null });
    await s.organisation.assignTeam(mate.user.id, teamX, { userId: null });
    await s.organisation.assignTeam(c.user.id, teamY, { userId: null });
    agents.a = await signedInAgent(a);
    agents.mate = await signedInAgent(mate);
    agents.b = await signedInAgent(b);
    agents.c = await signedInAgent(c);
    agents.admin = await signedInAgent(admin);
    agents.officer = await signedInAgent(officer);
  });

  describe('a staff member outside the owner and team', () => {
    let lead: number;
    let own: number;
    let w: string;
    const phone = londonPhone();

    before(async () => {
      w = word();
      lead = await createViaForm(agents.a, {
        lastName: `Hopper ${w}`,
        email: `${w}@example.test`,
        phone: phone.local,
        source: `Source ${w}`,
        tags: 'secret',
      });
      own = await createViaForm(agents.b, { lastName: `Bee ${word()}` });
    });

    it('gets 404, as for a lead that does not exist, on every URL and action of the lead, and nothing changes', async () => {
      const before = await snapshot(lead);
      const ownBefore = await snapshot(own);
      const status2 = String(statuses[1].id);
      const requests = (id: number): [string, string, Record<string, string | string[]>?][] => [
        ['get', `/leads/${id}`],
        ['get', `/leads/${id}/edit`],
        ['post', `/leads/${id}/edit`, { ...leadForm(), ownerId: String(b.user.id), confirmDuplicate: '1' }],
        ['post', `/leads/${id}/verify`, {}],
        ['post', `/leads/${id}/consents`, consentForm()],
        ['post', `/leads/${id}/consents`, consentForm({ consentMethod: '' })], // even an invalid form: 404, not the form errors
        ['get', `/leads/${id}/merge?other=${own}`],
        ['get', `/leads/${own}/merge?other=${id}`],
        ['post', `/leads/${id}/merge`, { other: String(own) }],
        ['post', `/leads/${own}/merge`, { other: String(id) }],
        ['post', '/leads/bulk', { ids: [String(own), String(id)], action: 'status', statusValue: status2 }],
        ['post', '/leads/bulk', { ids: [String(id)], action: 'tag', tagValue: 'mine' }],
        ['post', '/leads/bulk', { ids: [String(own), String(id)], action: 'reassign', ownerValue: String(b.user.id) }],
      ];
      for (const id of [lead, NOWHERE]) {
        for (const [method, path, form] of requests(id)) {
          const res = method === 'get' ? await agents.b.get(path) : await post(agents.b, path, form ?? {});
          expect(res.status, `${method.toUpperCase()} ${path}`).to.equal(404);
          expect(res.text, path).to.contain('Page not found').and.not.contain(w).and.not.contain(phone.e164);
        }
      }
      // Compliance fields are not a staff route at all: the same 403 for this lead, their own and none.
      for (const id of [lead, own, NOWHERE]) {
        const res = await post(agents.b, `/leads/${id}/compliance`, { doNotContact: '1', dncReason: 'probe' });
        expect(res.status, `compliance ${id}`).to.equal(403);
      }
      expect(await snapshot(lead)).to.equal(before);
      expect(await snapshot(own), 'their own lead is untouched by the refused bulk actions and merges').to.equal(
        ownBefore,
      );
      const audit = await s.audit.find({ actorId: b.user.id, limit: 200 });
      // each refused lead URL is recorded as such (the evidence for the security pattern), and nothing else is
      const refused = audit.filter((e) => e.action === 'lead.not_found');
      expect(refused.length).to.be.at.least(2 * 10);
      const others = audit.filter(
        (e) => e.action.startsWith('lead.') && !['lead.create', 'lead.not_found'].includes(e.action),
      );
      expect(others).to.deep.equal([]);
    });

    it('does not find it in the list, search, exact lookup, filters, sources or counts', async () => {
      const pages = [
        '/leads',
        `/leads?q=${w}`,
        `/leads?q=hopper+${w}`,
        `/leads?lookup=${w}@example.test`,
        `/leads?lookup=${encodeURIComponent(w.toUpperCase() + '@EXAMPLE.TEST')}`,
        `/leads?lookup=${encodeURIComponent(phone.local)}`,
        `/leads?lookup=${encodeURIComponent(phone.e164)}`,
        `/leads?owner=${a.user.id}`,
        `/leads?team=${teamX}`,
        '/leads?tag=secret',
        `/leads?source=${encodeURIComponent(`Source ${w}`)}`,
        '/leads?sort=name',
      ];
      for (const page of pages) {
        const res = await agents.b.get(page);
        expect(res.status, page).to.equal(200);
        expect(listedIds(res.text), page).to.not.include(lead);
        expect(res.text, page).to.not.contain(`Hopper ${w}`).and.not.contain(`>Source ${w}<`);
      }
      for (const page of pages.slice(1, 11)) expect(countOf((await agents.b.get(page)).text), page).to.equal(0);
      expect(countOf((await agents.b.get('/leads')).text), 'only their own').to.equal(1);
      const dash = await s.dashboard.forUser(await s.users.get(b.user.id));
      expect(
        dash.pipeline.reduce((n, p) => n + p.count, 0),
        'dashboard counts',
      ).to.equal(1);
      // staff in another team: the same
      const other = await agents.c.get(`/leads?q=${w}`);
      expect(countOf(other.text)).to.equal(0);
      expect((await agents.c.get(`/leads/${lead}`)).status).to.equal(404);
    });

    it('finds it as a teammate, an admin and a compliance officer (list, search, lookup, count, page)', async () => {
      for (const who of ['a', 'mate', 'admin', 'officer'] as const) {
        for (const page of [
          `/leads?q=${w}`,
          `/leads?lookup=${encodeURIComponent(w.toUpperCase() + '@Example.test')}`,
          `/leads?lookup=${encodeURIComponent(phone.local)}`,
          `/leads?team=${teamX}&tag=secret`,
        ]) {
          const res = await agents[who].get(page);
          expect(listedIds(res.text), `${who} ${page}`).to.deep.equal([lead]);
          expect(countOf(res.text), `${who} ${page}`).to.equal(1);
        }
        const show = await agents[who].get(`/leads/${lead}`);
        expect(show.status, who).to.equal(200);
        expect(show.text).to.contain(`${w}@example.test`).and.contain(phone.e164);
      }
    });

    it('gets no duplicate warning, nor any hint, when entering the same person; a teammate and an admin are warned', async () => {
      // b enters the same e-mail, the same phone and the same name: saved at once, no warning
      const same = { lastName: `Hopper ${w}`, email: `${w}@example.test`, phone: phone.local, company: '' };
      const first = await post(agents.b, '/leads/new', leadForm({ ...same, firstName: 'Ada' }), '/leads/new');
      expect(first.status, JSON.stringify(fieldErrors(first.text))).to.equal(302);
      const bLead = Number(/\/leads\/(\d+)$/.exec(first.headers.location)![1]);
      const bPage = await agents.b.get(`/leads/${bLead}`);
      expect(bPage.text)
        .to.not.contain('possible-duplicates')
        .and.not.contain(`/leads/${lead}"`)
        .and.not.contain(`#${lead}`);
      expect(
        await s.db('lead_duplicates').where({ lead_id: bLead, other_id: lead }).first(),
        'the pair is kept, and hidden from b',
      ).to.not.equal(undefined);
      // editing their own other lead to the same values: warned about their own lead only
      const editForm = leadForm({ ...same, ownerId: String(b.user.id) });
      const edit = await post(agents.b, `/leads/${own}/edit`, editForm, `/leads/${own}/edit`);
      expect(edit.status).to.equal(409);
      expect(edit.text).to.contain(`href="/leads/${bLead}"`).and.not.contain(`href="/leads/${lead}"`);
      expect(
        (await post(agents.b, `/leads/${own}/edit`, { ...editForm, confirmDuplicate: '1' }, `/leads/${own}/edit`))
          .status,
      ).to.equal(302);

      // a teammate of the owner is warned about the owner's lead, and only that one
      const warned = await post(
        agents.mate,
        '/leads/new',
        leadForm({ ...same, firstName: 'Grace', notes: 'kept note' }),
        '/leads/new',
      );
      expect(warned.status).to.equal(409);
      expect(warned.text)
        .to.contain('id="duplicates"')
        .and.contain(`href="/leads/${lead}"`)
        .and.contain('same e-mail address');
      expect(warned.text).to.not.contain(`href="/leads/${bLead}"`).and.not.contain(`href="/leads/${own}"`);
      expect(warned.text, 'values kept')
        .to.contain('value="Grace"')
        .and.contain('kept note')
        .and.contain('name="confirmDuplicate"');
      // an admin is warned about all three
      const adminWarned = await post(
        agents.admin,
        '/leads/new',
        leadForm({ ...same, firstName: 'Grace' }),
        '/leads/new',
      );
      expect(adminWarned.status).to.equal(409);
      for (const id of [lead, bLead, own]) expect(adminWarned.text).to.contain(`href="/leads/${id}"`);
    });

    it('is refused (404) with a bulk action mixing own and other leads, changing none of them', async () => {
      const mine = await createViaForm(agents.b);
      const before = [await snapshot(lead), await snapshot(mine)];
      const res = await post(agents.b, '/leads/bulk', {
        ids: [String(mine), String(lead)],
        action: 'tag',
        tagValue: 'probe',
      });
      expect(res.status).to.equal(404);
      expect([await snapshot(lead), await snapshot(mine)]).to.deep.equal(before);
      const alone = await post(agents.b, '/leads/bulk', { ids: [String(mine)], action: 'tag', tagValue: 'probe' });
      expect(alone.status).to.equal(302);
      expect((await s.db('leads').where({ id: mine }).first()).tags).to.include('probe');
    });
  });

  describe('teammates', () => {
    it('see and change each other’s leads (edit, verify, consents, bulk), and merge them', async () => {
      const l1 = await createViaForm(agents.a, { jobTitle: 'Engineer' });
      const l2 = await createViaForm(agents.a);
      const form = await agents.mate.get(`/leads/${l1}/edit`);
      expect(form.status).to.equal(200);
      const saved = await post(
        agents.mate,
        `/leads/${l1}/edit`,
        leadForm({ jobTitle: 'CTO', ownerId: String(a.user.id) }),
        `/leads/${l1}/edit`,
      );
      expect(saved.status, JSON.stringify(fieldErrors(saved.text))).to.equal(302);
      expect((await post(agents.mate, `/leads/${l1}/verify`, {})).status).to.equal(302);
      expect((await post(agents.mate, `/leads/${l1}/consents`, consentForm({ status: 'granted' }))).status).to.equal(
        302,
      );
      expect((await s.db('lead_consents').where({ lead_id: l1 })).map((r) => r.recorded_by)).to.deep.equal([
        mate.user.id,
      ]);
      expect(
        (await post(agents.mate, '/leads/bulk', { ids: [String(l1), String(l2)], action: 'tag', tagValue: 'shared' }))
          .status,
      ).to.equal(302);
      const rows = await s.db('leads').whereIn('id', [l1, l2]).orderBy('id');
      expect(rows[0]).to.include({ job_title: 'CTO', owner_id: a.user.id, team_id: teamX });
      expect(rows[0].last_verified_at).to.be.an.instanceOf(Date);
      expect(rows.map((r) => r.tags.includes('shared'))).to.deep.equal([true, true]);
      expect((await post(agents.mate, `/leads/${l1}/merge`, { other: String(l2) })).status).to.equal(302);
      expect((await s.db('leads').where({ id: l2 }).first()).merged_into_id).to.equal(String(l1));
    });
  });

  describe('admins', () => {
    it('see and change every lead', async () => {
      const lead = await createViaForm(agents.c);
      expect((await agents.admin.get(`/leads/${lead}`)).status).to.equal(200);
      expect((await agents.admin.get(`/leads/${lead}/edit`)).status).to.equal(200);
      expect((await post(agents.admin, `/leads/${lead}/verify`, {})).status).to.equal(302);
      expect(
        (await post(agents.admin, '/leads/bulk', { ids: [String(lead)], action: 'tag', tagValue: 'admin-seen' }))
          .status,
      ).to.equal(302);
      const row = await s.db('leads').where({ id: lead }).first();
      expect(row.tags).to.include('admin-seen');
      expect(row.last_verified_at).to.be.an.instanceOf(Date);
    });
  });

  describe('compliance officers', () => {
    let lead: number;
    before(async () => {
      lead = await createViaForm(agents.c, { jobTitle: 'Buyer' });
    });

    it('read every lead but may not use the general forms, bulk actions or merge (403 for the role)', async () => {
      const page = await agents.officer.get(`/leads/${lead}`);
      expect(page.status).to.equal(200);
      expect(page.text, 'no edit or verify buttons')
        .to.not.contain(`/leads/${lead}/edit`)
        .and.not.contain(`/leads/${lead}/verify`);
      expect(page.text).to.contain('id="compliance"');
      const before = await snapshot(lead);
      const other = await createViaForm(agents.c);
      for (const [method, path, form] of [
        ['get', '/leads/new'],
        ['post', '/leads/new', leadForm()],
        ['get', `/leads/${lead}/edit`],
        ['post', `/leads/${lead}/edit`, leadForm({ ownerId: String(c.user.id) })],
        ['post', `/leads/${lead}/verify`, {}],
        ['get', `/leads/${lead}/merge?other=${other}`],
        ['post', `/leads/${lead}/merge`, { other: String(other) }],
        ['post', '/leads/bulk', { ids: [String(lead)], action: 'tag', tagValue: 'x' }],
      ] as [string, string, Record<string, string | string[]>?][]) {
        const res = method === 'get' ? await agents.officer.get(path) : await post(agents.officer, path, form ?? {});
        expect(res.status, `${method} ${path}`).to.equal(403);
      }
      expect(await snapshot(lead)).to.equal(before);
      expect((await agents.officer.get('/leads')).text, 'no bulk controls').to.not.contain('name="ids"');
    });

    it('set do-not-contact only with a reason, recorded in history and audit; an edit by staff keeps it', async () => {
      const before = await snapshot(lead);
      const missing = await post(
        agents.officer,
        `/leads/${lead}/compliance`,
        { doNotContact: '1', dncReason: '  ' },
        `/leads/${lead}`,
      );
      expect(missing.status).to.equal(400);
      // beside the do-not-contact reason only, not beside the consent form's reason too (one id per field)
      expect(fieldErrors(missing.text)).to.deep.equal({ dncReason: 'Give the reason for this change.' });
      expect(missing.text.match(/id="dncReason"/g)).to.have.length(1);
      expect(missing.text.match(/id="reason"/g)).to.have.length(1);
      expect(missing.text, 'the consent form stays closed').to.not.match(/<details open>\s*<summary>Record consent/);
      expect(await snapshot(lead)).to.equal(before);

      const ok = await post(
        agents.officer,
        `/leads/${lead}/compliance`,
        { doNotContact: '1', dncReason: 'Asked us by phone' },
        `/leads/${lead}`,
      );
      expect(ok.status).to.equal(302);
      expect((await s.db('leads').where({ id: lead }).first()).do_not_contact).to.equal(true);
      const shown = await agents.c.get(`/leads/${lead}`);
      expect(shown.text).to.match(
        /<td>Do not contact<\/td><td class="pre">No<\/td><td class="pre">Yes \(reason: Asked us by phone\)<\/td>/,
      );
      const [entry] = await s.audit.find({ actorId: officer.user.id, action: 'lead.do_not_contact' });
      expect(entry).to.deep.include({ targetId: String(lead), details: { value: true } });

      // staff cannot touch it: not through the compliance route, and an ordinary edit does not reset it
      expect(
        (await post(agents.c, `/leads/${lead}/compliance`, { doNotContact: '0', dncReason: 'no' })).status,
      ).to.equal(403);
      const edit = await post(
        agents.c,
        `/leads/${lead}/edit`,
        leadForm({ jobTitle: 'Head buyer', ownerId: String(c.user.id) }),
        `/leads/${lead}/edit`,
      );
      expect(edit.status).to.equal(302);
      expect(await s.db('leads').where({ id: lead }).first()).to.include({
        do_not_contact: true,
        job_title: 'Head buyer',
      });
      // a forged doNotContact field in the general form changes nothing either
      await post(
        agents.c,
        `/leads/${lead}/edit`,
        { ...leadForm({ ownerId: String(c.user.id) }), doNotContact: '0' },
        `/leads/${lead}/edit`,
      );
      expect((await s.db('leads').where({ id: lead }).first()).do_not_contact).to.equal(true);

      // and back, again with a reason
      const lift = await post(
        agents.officer,
        `/leads/${lead}/compliance`,
        { doNotContact: '0', dncReason: 'Consented again in writing' },
        `/leads/${lead}`,
      );
      expect(lift.status).to.equal(302);
      expect((await s.db('leads').where({ id: lead }).first()).do_not_contact).to.equal(false);
    });

    it('correct consent records only with a reason (never deleting one), audited as a correction', async () => {
      const missing = await post(
        agents.officer,
        `/leads/${lead}/consents`,
        consentForm({ status: 'granted' }),
        `/leads/${lead}`,
      );
      expect(missing.status).to.equal(400);
      expect(fieldErrors(missing.text)).to.deep.equal({ reason: 'Give the reason for this correction.' });
      expect(missing.text.match(/id="reason-error"/g), 'not beside the do-not-contact reason too').to.have.length(1);
      expect(missing.text, 'the consent form is open').to.match(/<details open>\s*<summary>Record consent/);
      expect(missing.text, 'values kept').to.contain('value="e-mail reply"');
      expect(await s.db('lead_consents').where({ lead_id: lead })).to.have.length(0);

      const ok = await post(
        agents.officer,
        `/leads/${lead}/consents`,
        consentForm({ status: 'withdrawn', reason: 'Withdrawal e-mail was filed late' }),
        `/leads/${lead}`,
      );
      expect(ok.status).to.equal(302);
      const rows = await s.db('lead_consents').where({ lead_id: lead });
      expect(rows).to.have.length(1);
      expect(rows[0]).to.include({
        channel: 'email',
        status: 'withdrawn',
        reason: 'Withdrawal e-mail was filed late',
        recorded_by: officer.user.id,
      });
      const [entry] = await s.audit.find({ actorId: officer.user.id, action: 'lead.consent_correction' });
      expect(entry.targetId).to.equal(String(lead));
    });

    it('may not be made the owner of a lead', async () => {
      const lead2 = await createViaForm(agents.admin);
      const res = await post(
        agents.admin,
        `/leads/${lead2}/edit`,
        leadForm({ ownerId: String(officer.user.id) }),
        `/leads/${lead2}/edit`,
      );
      expect(res.status).to.equal(400);
      expect(ownerSelect(res.text)).to.contain('Choose an owner you may assign leads to.');
      const bulk = await post(agents.admin, '/leads/bulk', {
        ids: [String(lead2)],
        action: 'reassign',
        ownerValue: String(officer.user.id),
      });
      expect(bulk.status).to.equal(302);
      expect((await agents.admin.get('/leads')).text).to.contain('Choose an owner you may assign leads to.');
      expect((await s.db('leads').where({ id: lead2 }).first()).owner_id).to.equal(admin.user.id);
    });
  });

  describe('reassignment', () => {
    it('lets staff give a lead to a teammate (not to others), is audited as lead.reassign and moves the team with the owner', async () => {
      const lead = await createViaForm(agents.a);
      const refused = await post(
        agents.a,
        `/leads/${lead}/edit`,
        leadForm({ ownerId: String(b.user.id) }),
        `/leads/${lead}/edit`,
      );
      expect(refused.status).to.equal(400);
      expect(refused.text).to.contain('Choose an owner you may assign leads to.');
      expect((await s.db('leads').where({ id: lead }).first()).owner_id).to.equal(a.user.id);

      const form = await agents.a.get(`/leads/${lead}/edit`);
      expect(ownerSelect(form.text), 'the owner list holds teammates only')
        .to.contain(`value="${mate.user.id}"`)
        .and.not.contain(`value="${b.user.id}"`);
      const res = await post(
        agents.a,
        `/leads/${lead}/edit`,
        leadForm({ ownerId: String(mate.user.id) }),
        `/leads/${lead}/edit`,
      );
      expect(res.status).to.equal(302);
      expect(await s.db('leads').where({ id: lead }).first()).to.include({ owner_id: mate.user.id, team_id: teamX });
      const [entry] = await s.audit.find({ actorId: a.user.id, action: 'lead.reassign' });
      expect(entry).to.deep.include({ targetId: String(lead), details: { from: a.user.id, to: mate.user.id } });
      const history = await s.stores.leads.records.history([lead]);
      expect(history.find((h) => h.field === 'ownerId')).to.include({
        oldValue: String(a.user.id),
        newValue: String(mate.user.id),
      });

      // an admin moves it to another team: the old team loses it at once, the new one has it
      const moved = await post(
        agents.admin,
        `/leads/${lead}/edit`,
        leadForm({ ownerId: String(c.user.id) }),
        `/leads/${lead}/edit`,
      );
      expect(moved.status).to.equal(302);
      expect(await s.db('leads').where({ id: lead }).first()).to.include({ owner_id: c.user.id, team_id: teamY });
      expect((await agents.a.get(`/leads/${lead}`)).status).to.equal(404);
      expect((await agents.mate.get(`/leads/${lead}`)).status).to.equal(404);
      expect((await agents.c.get(`/leads/${lead}`)).status).to.equal(200);
      expect((await s.audit.find({ actorId: admin.user.id, action: 'lead.reassign' }))[0].details).to.deep.equal({
        from: mate.user.id,
        to: c.user.id,
      });
    });

    it('works in bulk for leads the user may change, one audit row per lead; a disallowed owner changes nothing', async () => {
      const l1 = await createViaForm(agents.a);
      const l2 = await createViaForm(agents.mate);
      const bad = await post(agents.a, '/leads/bulk', {
        ids: [String(l1), String(l2)],
        action: 'reassign',
        ownerValue: String(c.user.id),
      });
      expect(bad.status).to.equal(302);
      expect((await agents.a.get('/leads')).text).to.contain('Choose an owner you may assign leads to.');
      expect((await s.db('leads').whereIn('id', [l1, l2]).orderBy('id')).map((r) => r.owner_id)).to.deep.equal([
        a.user.id,
        mate.user.id,
      ]);

      const res = await agents.a.get('/leads').then((p) =>
        agents.a
          .post('/leads/bulk')
          .type('form')
          .send(
            formBody({
              _csrf: /name="_csrf" value="([^"]+)"/.exec(p.text)![1],
              ids: [String(l1), String(l2)],
              action: 'reassign',
              ownerValue: String(mate.user.id),
              back: '?sort=name',
            }),
          ),
      );
      expect(res.status).to.equal(302);
      expect(res.headers.location).to.equal('/leads?sort=name');
      expect((await agents.a.get('/leads')).text).to.contain('1 lead changed.');
      expect((await s.db('leads').whereIn('id', [l1, l2])).map((r) => r.owner_id)).to.deep.equal([
        mate.user.id,
        mate.user.id,
      ]);
      const entries = (await s.audit.find({ actorId: a.user.id, action: 'lead.reassign' })).filter(
        (e) => e.details.bulk,
      );
      expect(entries.map((e) => e.targetId)).to.deep.equal([String(l1)]);
      expect(entries[0].details).to.deep.equal({ from: a.user.id, to: mate.user.id, bulk: true });
    });
  });

  it('answers 404 for lead addresses that are not numbers or not live', async () => {
    for (const path of [
      '/leads/abc',
      '/leads/0',
      '/leads/-1',
      '/leads/1.5',
      `/leads/${NOWHERE}`,
      '/leads/99999999999999999999',
    ]) {
      expect((await agents.admin.get(path)).status, path).to.equal(404);
    }
    expect((await agents.admin.get(`/leads/abc/merge?other=1`)).status).to.equal(404);
    const leadA = await createViaForm(agents.admin);
    expect((await agents.admin.get(`/leads/${leadA}/merge`)).status, 'merge form without the other lead').to.equal(404);
    expect((await agents.admin.get(`/leads/${leadA}/merge?other=abc`)).status).to.equal(404);
  });
});
