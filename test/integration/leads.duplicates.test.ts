// Duplicate warnings on create and edit: the same normalized e-mail or phone (blind index), or a similar
// name and company (pg_trgm), among the leads the user may see. The form comes back (409) with the
// values kept and a "Save anyway" box; saving anyway is recorded.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import {
  createLead,
  createViaForm,
  leadForm,
  leadIdFrom,
  loadStatuses,
  londonPhone,
  post,
  word,
} from '../support/leads';
import { nameKey } from '../../src/features/leads';

/** The possible duplicates named on the form: [lead id, reason]. */
const warnings = (page: string) => {
  const box = /<section class="duplicates"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
  return [...box.matchAll(/<a href="\/leads\/(\d+)">[\s\S]*?— ([^<]*)<\/li>/g)].map(
    (m) => [Number(m[1]), m[2].trim()] as [number, string],
  );
};

describe('leads: duplicate warnings', function () {
  this.timeout(30_000);
  let staff: TestUser;
  let agent: Agent;
  let original: Record<string, string>;
  let id: number;
  const phone = londonPhone();

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff');
    agent = await signedInAgent(staff);
    const w = word();
    original = leadForm({
      firstName: 'Katherine',
      lastName: `Johnson ${w}`,
      company: `Langley ${w}`,
      email: `${w}@example.test`,
      phone: phone.local,
    });
    id = await createViaForm(agent, original);
  });

  const create = (form: Record<string, string>) => post(agent, '/leads/new', form, '/leads/new');

  it('warns about the same e-mail address however it is typed', async () => {
    const res = await create(leadForm({ email: `  ${original.email.toUpperCase()} ` }));
    expect(res.status).to.equal(409);
    expect(warnings(res.text)).to.deep.equal([[id, 'same e-mail address']]);
  });

  it('warns about the same phone number however it is written', async () => {
    for (const written of [phone.e164, phone.e164.replace('+44', '+44 (0)'), phone.local.replace(/ /g, '')]) {
      const res = await create(leadForm({ phone: written }));
      expect(res.status, written).to.equal(409);
      expect(warnings(res.text), written).to.deep.equal([[id, 'same phone number']]);
    }
  });

  it('warns about a similar name at a similar company, but not about a different person', async () => {
    const res = await create(
      leadForm({ firstName: 'Katharine', lastName: original.lastName, company: original.company }),
    );
    expect(res.status).to.equal(409);
    expect(warnings(res.text)).to.deep.equal([[id, 'similar name and company']]);
    const other = await create(
      leadForm({ firstName: 'Dorothy', lastName: `Vaughan ${word()}`, company: `Langley ${word()}` }),
    );
    expect(other.status).to.equal(302);
  });

  it('leaves the company’s legal form out: “Xy Corporation” is “Xy GmbH”', async () => {
    // short names and long legal forms: with them in the key, these two are far apart (similarity 0.45)
    const w = word().slice(0, 4);
    const first = await createViaForm(
      agent,
      leadForm({ firstName: 'Al', lastName: `Bo${w}`, company: `Xy${w} Corporation` }),
    );
    const res = await create(leadForm({ firstName: 'Al', lastName: `Bo${w}`, company: `Xy${w} GmbH` }));
    expect(res.status).to.equal(409);
    expect(warnings(res.text)).to.deep.equal([[first, 'similar name and company']]);
  });

  it('keys names in PostgreSQL exactly as the search’s probes are keyed', async () => {
    const companies = [
      'Acme Ltd',
      'ACME LIMITED.',
      'Costco Co.',
      'Coca-Cola Co',
      'Cobalt Inc.x',
      'Müller GmbH & Co. KG',
      'Société Générale SA',
      'sa_ltd Pty Ltd',
      'Ltd',
      'Coltd',
      '',
    ];
    for (const company of companies) {
      const lead = await createLead(staff, { company });
      const row = await s.db('leads').where({ id: lead.id }).first('name_key');
      expect(row.name_key, company).to.equal(nameKey(lead));
    }
    expect(nameKey({ firstName: 'A', lastName: 'B', company: 'Acme Ltd.' })).to.equal('a b acme  ');
  });

  it('keeps the values, and saves anyway when confirmed (recorded in the audit)', async () => {
    const form = leadForm({ email: original.email, notes: 'A namesake, not the same person' });
    const res = await create(form);
    expect(res.status).to.equal(409);
    expect(res.text)
      .to.contain(`value="${form.lastName}"`)
      .and.contain('A namesake, not the same person')
      .and.contain('Save anyway');
    const saved = await create({ ...form, confirmDuplicate: '1' });
    expect(saved.status).to.equal(302);
    const newId = leadIdFrom(saved.headers.location);
    const [entry] = await s.audit.find({ actorId: staff.user.id, action: 'lead.create' });
    expect(entry).to.deep.include({
      targetId: String(newId),
      details: { ownerId: staff.user.id, duplicateWarned: true },
    });
    // the lead page lists the other as a possible duplicate, with a merge link
    const page = await agent.get(`/leads/${newId}`);
    expect(page.text).to.contain(`href="/leads/${newId}/merge?other=${id}"`);
  });

  it('warns on edit only when the e-mail, phone or name changes to match another lead', async () => {
    const twinValues = leadForm({ email: original.email });
    const twin = await createViaForm(agent, twinValues);
    // a lead that already has twins: changing its job title does not warn again
    const plain = await post(
      agent,
      `/leads/${twin}/edit`,
      { ...twinValues, jobTitle: 'Analyst', ownerId: String(staff.user.id) },
      `/leads/${twin}/edit`,
    );
    expect(plain.status).to.equal(302);
    expect((await s.db('leads').where({ id: twin }).first()).job_title).to.equal('Analyst');
    const quiet = await createViaForm(agent);
    const form = { ...leadForm(), ownerId: String(staff.user.id) };
    const same = await post(agent, `/leads/${quiet}/edit`, { ...form, jobTitle: 'Analyst' }, `/leads/${quiet}/edit`);
    expect(same.status, 'no twin, no warning').to.equal(302);
    const clash = await post(agent, `/leads/${quiet}/edit`, { ...form, phone: phone.e164 }, `/leads/${quiet}/edit`);
    expect(clash.status).to.equal(409);
    expect(warnings(clash.text)).to.deep.equal([[id, 'same phone number']]);
    expect(
      warnings(clash.text).map((w) => w[0]),
      'never itself',
    ).to.not.include(quiet);
    const row = await s.db('leads').where({ id: quiet }).first();
    expect(row.phone_bidx, 'not saved while warned').to.not.equal(s.cipher.blindIndex(phone.e164));
  });

  /** The possible duplicates listed on a lead page: [lead id, reason]. */
  const listed = async (leadId: number) => {
    const page = (await agent.get(`/leads/${leadId}`)).text;
    const box = /<section[^>]*id="possible-duplicates"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    return [...box.matchAll(/href="\/leads\/(\d+)"/g)].map((m) => Number(m[1]));
  };

  it('keeps the duplicates found on saving with both leads, and forgets them once a lead no longer matches', async () => {
    const w = word();
    const first = await createViaForm(
      agent,
      leadForm({ firstName: 'Mary', lastName: `Jackson ${w}`, company: `Hampton ${w}` }),
    );
    const second = await createViaForm(
      agent,
      leadForm({ firstName: 'Marie', lastName: `Jackson ${w}`, company: `Hampton ${w}` }),
    );
    expect(await listed(first), 'found when the second was saved, shown on the first').to.deep.equal([second]);
    expect(await listed(second)).to.deep.equal([first]);
    const pairs = await s
      .db('lead_duplicates')
      .whereIn('lead_id', [first, second])
      .select('lead_id', 'other_id', 'reason');
    expect(pairs).to.have.deep.members([
      { lead_id: String(first), other_id: String(second), reason: 'name' },
      { lead_id: String(second), other_id: String(first), reason: 'name' },
    ]);
    // the second is corrected to another person: neither page offers the pair any more
    const renamed = await post(
      agent,
      `/leads/${second}/edit`,
      { ...leadForm({ firstName: 'Christine', lastName: `Darden ${word()}` }), ownerId: String(staff.user.id) },
      `/leads/${second}/edit`,
    );
    expect(renamed.status).to.equal(302);
    expect(await listed(first)).to.deep.equal([]);
    expect(await listed(second)).to.deep.equal([]);
    // and named like the first again: found again, from either side
    const back = await post(
      agent,
      `/leads/${second}/edit`,
      {
        ...leadForm({ firstName: 'Mary', lastName: `Jackson ${w}`, company: `Hampton ${w}` }),
        ownerId: String(staff.user.id),
        confirmDuplicate: '1',
      },
      `/leads/${second}/edit`,
    );
    expect(back.status).to.equal(302);
    expect(await listed(first)).to.deep.equal([second]);
  });
});
