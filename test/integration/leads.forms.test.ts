// Lead forms: no lead without a lawful basis and its evidence; validation and normalization with
// errors beside the fields and values kept; separate marketing consent records per channel, whose
// withdrawal is a new record; history of every change; "verified today"; bulk changes.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import {
  createViaForm,
  fieldErrors,
  leadForm,
  leadIdFrom,
  loadStatuses,
  londonPhone,
  post,
  today,
  word,
} from '../support/leads';

const LAWFUL_BASIS_MESSAGE =
  'Choose the lawful basis for keeping this person’s details: a lead cannot be saved without one.';

/** The history table rows of a lead page: [field, before, after]. */
function historyRows(page: string): [string, string, string][] {
  const table = /<section id="history">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
  return [...table.matchAll(/<td>([^<]*)<\/td><td class="pre">([^<]*)<\/td><td class="pre">([^<]*)<\/td><\/tr>/g)].map(
    (m) => [m[1], m[2], m[3]],
  );
}
/** The current consent state line per channel on a lead page. */
function consentState(page: string): Record<string, string> {
  return Object.fromEntries(
    [...page.matchAll(/<li><strong>([^<]+)<\/strong>: ([^<]*)<\/li>/g)].map((m) => [m[1], m[2].trim()]),
  );
}
const leadsWithEmail = (email: string) => s.db('leads').where({ email_bidx: s.cipher.blindIndex(email) });
const daysFromNow = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);

describe('leads: forms', function () {
  this.timeout(30_000);
  let staff: TestUser;
  let agent: Agent;
  let statuses: { id: number; label: string }[];

  before(async () => {
    await loadStatuses();
    statuses = await s.leads.statusList();
    staff = await makeUser('staff');
    agent = await signedInAgent(staff);
  });

  const create = (form: Record<string, string>) => post(agent, '/leads/new', form, '/leads/new');

  describe('lawful basis', () => {
    it('refuses a lead without a lawful basis: 400, the message beside the choice, every value kept, nothing saved', async () => {
      const form = leadForm({ lawfulBasis: '', notes: 'Prefers mornings' });
      const res = await create(form);
      expect(res.status).to.equal(400);
      expect(res.text).to.match(
        new RegExp(
          `<fieldset class="has-error" id="lawfulBasis"[^>]*><legend>[^<]*</legend>\\s*<p class="field-error"[^>]*>${LAWFUL_BASIS_MESSAGE}</p>`,
        ),
      );
      for (const k of ['firstName', 'lastName', 'company', 'email', 'basisMethod', 'basisSource', 'basisObtainedAt'])
        expect(res.text, k).to.contain(`name="${k}" type=`).and.contain(`value="${form[k]}"`);
      expect(res.text).to.contain('>Prefers mornings</textarea>').and.contain(`>${form.basisWording}</textarea>`);
      expect(res.text, 'no basis ticked').to.not.match(/name="lawfulBasis"[^>]*checked/);
      expect(await leadsWithEmail(form.email)).to.have.length(0);
    });

    it('refuses a basis that is not one of the four', async () => {
      const form = leadForm({ lawfulBasis: 'because' });
      const res = await create(form);
      expect(res.status).to.equal(400);
      expect(res.text).to.contain(LAWFUL_BASIS_MESSAGE);
      expect(await leadsWithEmail(form.email)).to.have.length(0);
    });

    it('needs the evidence: how, where, when (a real past date) and the wording, each message beside its field', async () => {
      const form = leadForm({ basisMethod: '', basisSource: ' ', basisObtainedAt: '', basisWording: '' });
      const res = await create(form);
      expect(res.status).to.equal(400);
      expect(fieldErrors(res.text)).to.deep.equal({
        basisMethod: 'Say how the lawful basis was obtained (for example “web form”, “signed contract”, “phone call”).',
        basisSource: 'Say where the lawful basis was obtained (a page address, event or document).',
        basisObtainedAt: 'Enter the date the lawful basis was obtained, as YYYY-MM-DD.',
        basisWording: 'Give the wording shown to the person, or a reference to it.',
      });
      expect(res.text, 'the chosen basis stays ticked').to.match(/value="legitimate_interest" checked/);
      for (const [date, message] of [
        [daysFromNow(3), 'The date cannot be in the future.'],
        ['2026-13-45', 'Enter the date the lawful basis was obtained, as YYYY-MM-DD.'],
        ['2025-02-29', 'Enter the date the lawful basis was obtained, as YYYY-MM-DD.'],
        ['12/01/2026', 'Enter the date the lawful basis was obtained, as YYYY-MM-DD.'],
      ]) {
        const bad = await create(leadForm({ basisObtainedAt: date }));
        expect(bad.status, date).to.equal(400);
        expect(fieldErrors(bad.text).basisObtainedAt, date).to.equal(message);
      }
      expect(await leadsWithEmail(form.email)).to.have.length(0);
    });

    it('saves a lead with a basis and its evidence, shown on the lead page with who recorded it', async () => {
      const form = leadForm({
        lawfulBasis: 'contract',
        basisMethod: 'signed contract',
        basisSource: 'Contract C-1',
        basisObtainedAt: '2026-01-15',
        basisWording: 'Clause 4',
      });
      const id = await createViaForm(agent, form);
      const row = await s.db('leads').where({ id }).first();
      expect(row).to.include({
        lawful_basis: 'contract',
        basis_method: 'signed contract',
        basis_source: 'Contract C-1',
        basis_wording: 'Clause 4',
        basis_recorded_by: staff.user.id,
      });
      expect(row.basis_obtained_at.toISOString().slice(0, 10)).to.equal('2026-01-15');
      const page = await agent.get(`/leads/${id}`);
      expect(page.text)
        .to.contain('Contract: we need the details')
        .and.contain('Contract C-1')
        .and.contain('2026-01-15')
        .and.contain(staff.user.name);
      expect(historyRows(page.text)).to.deep.include(['Created', '', 'lawful basis: Contract']);
      const [entry] = await s.audit.find({ actorId: staff.user.id, action: 'lead.create' });
      expect(entry.targetId).to.equal(String(id));
    });
  });

  describe('validation and normalization', () => {
    it('shows invalid e-mail and phone messages beside the fields, keeping what was typed', async () => {
      const res = await create(leadForm({ email: 'not-an-address', phone: '12345' }));
      expect(res.status).to.equal(400);
      expect(fieldErrors(res.text)).to.deep.equal({
        email: 'Enter an e-mail address like name@example.com.',
        phone: 'Enter a valid phone number; without a +country prefix it is read as a GB number.',
      });
      expect(res.text).to.contain('value="not-an-address"').and.contain('value="12345"');
    });

    it('shows every problem at once, not one after another', async () => {
      const res = await create(
        leadForm({ lawfulBasis: '', lastName: '', email: 'nobody@', phone: '0000', basisWording: '' }),
      );
      expect(res.status).to.equal(400);
      const { lawfulBasis: _basis, ...beside } = fieldErrors(res.text);
      expect(beside).to.deep.equal({
        lastName: 'Enter the last name.',
        email: 'Enter an e-mail address like name@example.com.',
        phone: 'Enter a valid phone number; without a +country prefix it is read as a GB number.',
        basisWording: 'Give the wording shown to the person, or a reference to it.',
      });
      expect(res.text).to.contain(`<p class="field-error"`).and.contain(`${LAWFUL_BASIS_MESSAGE}</p>`);
    });

    it('checks names and lengths', async () => {
      const res = await create(
        leadForm({
          firstName: ' ',
          lastName: '',
          company: 'c'.repeat(201),
          notes: 'n'.repeat(5001),
          email: `${'e'.repeat(250)}@x.test`,
        }),
      );
      expect(res.status).to.equal(400);
      expect(fieldErrors(res.text)).to.deep.equal({
        firstName: 'Enter the first name.',
        lastName: 'Enter the last name.',
        company: 'Use at most 200 characters.',
        notes: 'Use at most 5000 characters.',
        email: 'Use at most 254 characters.',
      });
      const long = await create(leadForm({ firstName: 'f'.repeat(101) }));
      expect(fieldErrors(long.text)).to.deep.equal({ firstName: 'Use at most 100 characters.' });
    });

    it('lowercases the e-mail address and stores the phone in E.164 (local numbers read as DEFAULT_PHONE_COUNTRY)', async () => {
      const w = word();
      const phone = londonPhone();
      const id = await createViaForm(agent, {
        email: `  ${w.toUpperCase()}.Mixed@Example.TEST `,
        phone: phone.local,
        tags: 'Hot, fair , hot',
      });
      const lead = await s.leads.get(await s.users.get(staff.user.id), id);
      expect(lead.email).to.equal(`${w}.mixed@example.test`);
      expect(lead.phone).to.equal(phone.e164);
      expect(lead.tags).to.deep.equal(['hot', 'fair']);
      const page = await agent.get(`/leads/${id}`);
      expect(page.text).to.contain(`${w}.mixed@example.test`).and.contain(phone.e164);
      // exact lookup finds it from any way of writing them
      for (const q of [
        `${w.toUpperCase()}.MIXED@example.test`,
        phone.local,
        phone.e164,
        phone.e164.replace('+44', '0044 '),
      ]) {
        const list = await agent.get(`/leads?lookup=${encodeURIComponent(q)}`);
        expect(list.text, q).to.contain(`href="/leads/${id}"`);
      }
      // a number with its own country code keeps it
      const us = await createViaForm(agent, { phone: '+1 (212) 555-0123', email: '' });
      expect((await s.leads.get(await s.users.get(staff.user.id), us)).phone).to.equal('+12125550123');
      const bad = await agent.get('/leads?lookup=12');
      expect(bad.status).to.equal(400);
      expect(fieldErrors(bad.text).lookup).to.equal('Enter a full e-mail address or phone number.');
    });

    it('offers the statuses and refuses one that does not exist', async () => {
      const page = await agent.get('/leads/new');
      for (const st of statuses) expect(page.text).to.contain(`<option value="${st.id}"`);
      const res = await create(leadForm({ statusId: '999999' }));
      expect(res.status).to.equal(400);
      expect(res.text).to.contain('Choose a status.');
    });
  });

  describe('marketing e-mail consent', () => {
    it('needs its own evidence when ticked, each message beside its field, the tick kept', async () => {
      const form = leadForm({ emailConsent: 'granted' });
      const res = await create(form);
      expect(res.status).to.equal(400);
      expect(fieldErrors(res.text)).to.deep.equal({
        consentMethod:
          'Say how marketing e-mail consent was obtained (for example “web form”, “signed contract”, “phone call”).',
        consentSource: 'Say where marketing e-mail consent was obtained (a page address, event or document).',
        consentObtainedAt: 'Enter the date marketing e-mail consent was obtained, as YYYY-MM-DD.',
        consentWording: 'Give the wording shown to the person, or a reference to it.',
      });
      expect(res.text).to.match(/id="emailConsent" name="emailConsent" value="granted" checked/);
      expect(await leadsWithEmail(form.email)).to.have.length(0);
    });

    it('needs an e-mail address', async () => {
      const res = await create(
        leadForm({
          email: '',
          emailConsent: 'granted',
          consentMethod: 'web form',
          consentSource: '/signup',
          consentObtainedAt: today(),
          consentWording: 'Send me news',
        }),
      );
      expect(res.status).to.equal(400);
      expect(fieldErrors(res.text)).to.deep.equal({ email: 'Marketing e-mail consent needs an e-mail address.' });
    });

    it('is a record of its own with its evidence; unticked means none; withdrawal adds a record and keeps the grant', async () => {
      const id = await createViaForm(agent, {
        emailConsent: 'granted',
        consentMethod: 'web form',
        consentSource: 'https://valley.example/signup',
        consentObtainedAt: '2026-02-01',
        consentWording: 'Yes, send me the newsletter',
      });
      const without = await createViaForm(agent);
      expect(await s.db('lead_consents').where({ lead_id: without })).to.have.length(0);
      expect(consentState((await agent.get(`/leads/${without}`)).text)).to.deep.equal({
        'E-mail': 'not given',
        Phone: 'not given',
        SMS: 'not given',
        Post: 'not given',
      });

      const [granted] = await s.db('lead_consents').where({ lead_id: id });
      expect(granted).to.include({
        channel: 'email',
        status: 'granted',
        method: 'web form',
        source: 'https://valley.example/signup',
        wording: 'Yes, send me the newsletter',
        recorded_by: staff.user.id,
      });
      let page = await agent.get(`/leads/${id}`);
      expect(consentState(page.text)).to.deep.equal({
        'E-mail': 'granted on 2026-02-01',
        Phone: 'not given',
        SMS: 'not given',
        Post: 'not given',
      });
      expect(historyRows(page.text)).to.deep.include(['Marketing consent (E-mail)', '', 'granted']);

      // invalid consent record: errors beside the fields, values kept, nothing recorded
      const invalid = await post(
        agent,
        `/leads/${id}/consents`,
        {
          channel: 'fax',
          status: 'maybe',
          consentMethod: 'phone call',
          consentSource: '',
          consentObtainedAt: '',
          consentWording: '',
        },
        `/leads/${id}`,
      );
      expect(invalid.status).to.equal(400);
      expect(fieldErrors(invalid.text)).to.include({
        consentSource: 'Say where this consent decision was obtained (a page address, event or document).',
        consentObtainedAt: 'Enter the date this consent decision was obtained, as YYYY-MM-DD.',
        consentWording: 'Give the wording shown to the person, or a reference to it.',
      });
      expect(invalid.text)
        .to.contain('Choose a channel.')
        .and.contain('Choose whether consent was given or withdrawn.')
        .and.contain('value="phone call"');
      expect(invalid.text, 'the consent form is open').to.match(/<details open>\s*<summary>Record consent/);
      expect(await s.db('lead_consents').where({ lead_id: id })).to.have.length(1);

      // withdrawal, then a phone grant: separate channels, nothing deleted
      const withdraw = await post(
        agent,
        `/leads/${id}/consents`,
        {
          channel: 'email',
          status: 'withdrawn',
          consentMethod: 'reply to newsletter',
          consentSource: 'inbox',
          consentObtainedAt: today(),
          consentWording: 'unsubscribe me',
        },
        `/leads/${id}`,
      );
      expect(withdraw.status).to.equal(302);
      await post(
        agent,
        `/leads/${id}/consents`,
        {
          channel: 'phone',
          status: 'granted',
          consentMethod: 'phone call',
          consentSource: 'call log 17',
          consentObtainedAt: today(),
          consentWording: 'Happy to be called',
        },
        `/leads/${id}`,
      );
      const rows = await s.db('lead_consents').where({ lead_id: id }).orderBy('id');
      expect(rows.map((r) => [r.channel, r.status])).to.deep.equal([
        ['email', 'granted'],
        ['email', 'withdrawn'],
        ['phone', 'granted'],
      ]);
      expect(rows[0]).to.deep.include(granted);
      page = await agent.get(`/leads/${id}`);
      expect(consentState(page.text)).to.deep.equal({
        'E-mail': `withdrawn on ${today()}`,
        Phone: `granted on ${today()}`,
        SMS: 'not given',
        Post: 'not given',
      });
      expect(page.text).to.contain('Yes, send me the newsletter').and.contain('unsubscribe me');
      expect(historyRows(page.text))
        .to.deep.include(['Marketing consent (E-mail)', '', 'withdrawn'])
        .and.deep.include(['Marketing consent (Phone)', '', 'granted']);
      const audit = await s.audit.find({ actorId: staff.user.id, action: 'lead.consent' });
      expect(audit.slice(0, 2).map((e) => e.details)).to.deep.equal([
        { channel: 'phone', status: 'granted' },
        { channel: 'email', status: 'withdrawn' },
      ]);
    });

    it('is not offered on the edit form (changes go through consent records)', async () => {
      const id = await createViaForm(agent);
      const page = await agent.get(`/leads/${id}/edit`);
      expect(page.text).to.not.contain('name="emailConsent"');
      const res = await post(
        agent,
        `/leads/${id}/edit`,
        leadForm({
          emailConsent: 'granted',
          consentMethod: 'x',
          consentSource: 'y',
          consentObtainedAt: today(),
          consentWording: 'z',
          ownerId: String(staff.user.id),
        }),
        `/leads/${id}/edit`,
      );
      expect(res.status).to.equal(302);
      expect(await s.db('lead_consents').where({ lead_id: id })).to.have.length(0);
    });
  });

  describe('history', () => {
    it('records every edited field (before → after, personal values too) and shows it on the lead page; an unchanged save adds nothing', async () => {
      const form = leadForm({ jobTitle: 'Engineer', tags: 'fair', statusId: String(statuses[0].id) });
      const id = await createViaForm(agent, form);
      const edit = await agent.get(`/leads/${id}/edit`);
      expect(edit.status).to.equal(200);
      for (const k of ['firstName', 'lastName', 'email', 'jobTitle'])
        expect(edit.text, k).to.contain(`value="${form[k]}"`);
      const phone = londonPhone();
      const changed = {
        ...form,
        ownerId: String(staff.user.id),
        jobTitle: 'CTO',
        email: `new.${form.email}`,
        phone: phone.local,
        tags: 'fair, vip',
        statusId: String(statuses[1].id),
        notes: 'Second meeting booked',
      };
      const res = await post(agent, `/leads/${id}/edit`, changed, `/leads/${id}/edit`);
      expect(res.status).to.equal(302);
      expect(res.headers.location).to.equal(`/leads/${id}`);
      const rows = historyRows((await agent.get(`/leads/${id}`)).text);
      for (const row of [
        ['Job title', 'Engineer', 'CTO'],
        ['E-mail', form.email, `new.${form.email}`],
        ['Phone', (await s.stores.leads.records.history([id])).find((h) => h.field === 'phone')!.oldValue!, phone.e164],
        ['Tags', 'fair', 'fair, vip'],
        ['Status', statuses[0].label, statuses[1].label],
        ['Notes', form.notes, 'Second meeting booked'],
      ] as [string, string, string][])
        expect(rows).to.deep.include(row);
      expect(rows.find((r) => r[0] === 'Phone')![1]).to.match(/^\+4420\d{8}$/);
      const [entry] = await s.audit.find({ actorId: staff.user.id, action: 'lead.update' });
      expect(entry.targetId).to.equal(String(id));
      expect(entry.details.fields).to.have.members(['jobTitle', 'email', 'phone', 'tags', 'statusId', 'notes']);

      const count = (await s.db('lead_history').where({ lead_id: id })).length;
      const again = await post(agent, `/leads/${id}/edit`, changed, `/leads/${id}/edit`);
      expect(again.status).to.equal(302);
      expect((await s.db('lead_history').where({ lead_id: id })).length, 'no change, no history').to.equal(count);
      expect((await s.audit.find({ actorId: staff.user.id, action: 'lead.update' }))[0].id).to.equal(entry.id);

      // a changed lawful basis evidence is history too
      await post(agent, `/leads/${id}/edit`, { ...changed, basisMethod: 'phone call' }, `/leads/${id}/edit`);
      expect(historyRows((await agent.get(`/leads/${id}`)).text)).to.deep.include([
        'Evidence: how obtained',
        'business card',
        'phone call',
      ]);
    });

    it('keeps the values and changes nothing when an edit is invalid', async () => {
      const form = leadForm();
      const id = await createViaForm(agent, form);
      const before = await s.db('leads').where({ id }).first();
      const res = await post(
        agent,
        `/leads/${id}/edit`,
        { ...form, ownerId: String(staff.user.id), lawfulBasis: '', jobTitle: 'Typed but not saved' },
        `/leads/${id}/edit`,
      );
      expect(res.status).to.equal(400);
      expect(res.text).to.contain(LAWFUL_BASIS_MESSAGE).and.contain('value="Typed but not saved"');
      expect(await s.db('leads').where({ id }).first()).to.deep.equal(before);
    });
  });

  describe('verified today', () => {
    it('sets last_verified_at, shows it, and records it in history and audit', async () => {
      const id = await createViaForm(agent);
      expect((await agent.get(`/leads/${id}`)).text).to.match(/id="last-verified">never</);
      const res = await post(agent, `/leads/${id}/verify`, {}, `/leads/${id}`);
      expect(res.status).to.equal(302);
      expect(res.headers.location).to.equal(`/leads/${id}`);
      const row = await s.db('leads').where({ id }).first();
      expect(Math.abs(row.last_verified_at.getTime() - Date.now())).to.be.below(60_000);
      const page = await agent.get(`/leads/${id}`);
      expect(page.text)
        .to.contain('Marked as verified today.')
        .and.match(new RegExp(`id="last-verified">${row.last_verified_at.toISOString().slice(0, 10)}<`));
      expect(historyRows(page.text)).to.deep.include(['Verified', '', row.last_verified_at.toISOString().slice(0, 10)]);
      const [entry] = await s.audit.find({ actorId: staff.user.id, action: 'lead.verify' });
      expect(entry.targetId).to.equal(String(id));
    });

    it('is never before the lead was created, whatever the web server’s clock says', async () => {
      const id = await createViaForm(agent);
      // as if the database's clock (created_at) ran a minute ahead of this process's
      const created = new Date(Date.now() + 60_000);
      await s.db('leads').where({ id }).update({ created_at: created });
      expect((await post(agent, `/leads/${id}/verify`, {}, `/leads/${id}`)).status).to.equal(302);
      const row = await s.db('leads').where({ id }).first();
      expect(row.last_verified_at.getTime()).to.be.at.least(created.getTime());
    });
  });

  describe('bulk actions on one’s own leads', () => {
    let ids: number[];
    before(async () => {
      ids = [
        await createViaForm(agent, { statusId: String(statuses[0].id), tags: 'fair' }),
        await createViaForm(agent, { statusId: String(statuses[0].id), tags: '' }),
      ];
    });
    const bulk = (form: Record<string, string | string[]>) => post(agent, '/leads/bulk', form);
    const flashAfter = async () =>
      /class="flash flash-(\w+)" role="status">([^<]*)</.exec((await agent.get('/leads')).text)?.slice(1, 3);

    it('changes the status of all selected leads, with history and audit', async () => {
      const res = await bulk({
        ids: ids.map(String),
        action: 'status',
        statusValue: String(statuses[2].id),
        back: '?status=',
      });
      expect(res.status).to.equal(302);
      expect(res.headers.location).to.equal('/leads?status=');
      expect(await flashAfter()).to.deep.equal(['success', '2 leads changed.']);
      expect((await s.db('leads').whereIn('id', ids)).map((r) => r.status_id)).to.deep.equal([
        statuses[2].id,
        statuses[2].id,
      ]);
      for (const id of ids)
        expect(historyRows((await agent.get(`/leads/${id}`)).text)).to.deep.include([
          'Status',
          statuses[0].label,
          statuses[2].label,
        ]);
      const [entry] = await s.audit.find({ actorId: staff.user.id, action: 'lead.bulk_status' });
      expect(entry.details).to.deep.equal({ ids, changed: 2 });
    });

    it('adds a tag (normalized) once', async () => {
      await bulk({ ids: ids.map(String), action: 'tag', tagValue: ' VIP ' });
      expect(await flashAfter()).to.deep.equal(['success', '2 leads changed.']);
      const rows = await s.db('leads').whereIn('id', ids).orderBy('id');
      expect(rows.map((r) => r.tags)).to.deep.equal([['fair', 'vip'], ['vip']]);
      expect(historyRows((await agent.get(`/leads/${ids[0]}`)).text)).to.deep.include(['Tags', 'fair', 'fair, vip']);
      await bulk({ ids: ids.map(String), action: 'tag', tagValue: 'vip' });
      expect(await flashAfter()).to.deep.equal(['success', '0 leads changed.']);
    });

    it('reassigns to oneself or a teammate, recorded in history', async () => {
      const other = await makeUser('staff');
      const teamName = `Bulk ${word()}`;
      const team = await s.organisation.createTeam(teamName, { userId: null });
      await s.organisation.assignTeam(staff.user.id, team, { userId: null });
      await s.organisation.assignTeam(other.user.id, team, { userId: null });
      await bulk({ ids: [String(ids[0])], action: 'reassign', ownerValue: String(other.user.id) });
      expect(await flashAfter()).to.deep.equal(['success', '1 lead changed.']);
      expect(await s.db('leads').where({ id: ids[0] }).first()).to.include({ owner_id: other.user.id, team_id: team });
      expect(historyRows((await agent.get(`/leads/${ids[0]}`)).text))
        .to.deep.include(['Owner', staff.user.name, other.user.name])
        .and.deep.include(['Team', '', teamName]);
      await s.organisation.assignTeam(staff.user.id, null, { userId: null });
    });

    it('explains a refused bulk request and changes nothing', async () => {
      const before = JSON.stringify(await s.db('leads').whereIn('id', ids).orderBy('id'));
      for (const [form, message] of [
        [{ action: 'status', statusValue: String(statuses[0].id) }, 'Select at least one lead.'],
        [
          {
            ids: Array.from({ length: 501 }, (_, i) => String(i + 1)),
            action: 'status',
            statusValue: String(statuses[0].id),
          },
          'Select at most 500 leads at a time.',
        ],
        [{ ids: ids.map(String), action: 'status', statusValue: '999999' }, 'Choose a status.'],
        [{ ids: ids.map(String), action: 'tag', tagValue: 't'.repeat(51) }, 'Enter a tag of up to 50 characters.'],
        [{ ids: ids.map(String), action: 'tag', tagValue: ' , ' }, 'Enter a tag of up to 50 characters.'],
        [{ ids: ids.map(String), action: 'delete' }, 'Choose an action.'],
      ] as [Record<string, string | string[]>, string][]) {
        const res = await bulk(form);
        expect(res.status, message).to.equal(302);
        expect(await flashAfter(), message).to.deep.equal(['error', message]);
      }
      expect(JSON.stringify(await s.db('leads').whereIn('id', ids).orderBy('id'))).to.equal(before);
    });

    it('only redirects back inside the lead list', async () => {
      const res = await bulk({ ids: [String(ids[1])], action: 'tag', tagValue: 'x', back: '//evil.example/' });
      expect(res.headers.location).to.equal('/leads');
    });
  });

  it('creates through the form with post/redirect/get and a confirmation', async () => {
    const res = await create({ ...leadForm(), confirmDuplicate: '1' });
    expect(res.status).to.equal(302);
    const id = leadIdFrom(res.headers.location);
    expect((await agent.get(`/leads/${id}`)).text).to.contain('Lead created.');
  });
});
