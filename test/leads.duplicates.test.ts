// Duplicate warnings on create and edit: the same normalized e-mail or phone (blind index), or a similar
// name and company (pg_trgm), among the leads the user may see. The form comes back (409) with the
// values kept and a "Save anyway" box; saving anyway is recorded.
import { expect } from 'chai';
import { s } from './setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from './support/helpers';
import { createViaForm, leadForm, leadIdFrom, loadStatuses, londonPhone, post, word } from './support/leads';

/** The possible duplicates named on the form: [lead id, reason]. */
const warnings = (page: string) => {
  const box = /<section class="duplicates"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
  return [...box.matchAll(/<a href="\/leads\/(\d+)">[\s\S]*?— ([^<]*)<\/li>/g)].map((m) => [Number(m[1]), m[2].trim()] as [number, string]);
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
    original = leadForm({ firstName: 'Katherine', lastName: `Johnson ${w}`, company: `Langley ${w}`, email: `${w}@example.test`, phone: phone.local });
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
    const res = await create(leadForm({ firstName: 'Katharine', lastName: original.lastName, company: original.company }));
    expect(res.status).to.equal(409);
    expect(warnings(res.text)).to.deep.equal([[id, 'similar name and company']]);
    const other = await create(leadForm({ firstName: 'Dorothy', lastName: `Vaughan ${word()}`, company: `Langley ${word()}` }));
    expect(other.status).to.equal(302);
  });

  it('keeps the values, and saves anyway when confirmed (recorded in the audit)', async () => {
    const form = leadForm({ email: original.email, notes: 'A namesake, not the same person' });
    const res = await create(form);
    expect(res.status).to.equal(409);
    expect(res.text).to.contain(`value="${form.lastName}"`).and.contain('A namesake, not the same person').and.contain('Save anyway');
    const saved = await create({ ...form, confirmDuplicate: '1' });
    expect(saved.status).to.equal(302);
    const newId = leadIdFrom(saved.headers.location);
    const [entry] = await s.audit.find({ actorId: staff.user.id, action: 'lead.create' });
    expect(entry).to.deep.include({ targetId: String(newId), details: { ownerId: staff.user.id, duplicateWarned: true } });
    // the lead page lists the other as a possible duplicate, with a merge link
    const page = await agent.get(`/leads/${newId}`);
    expect(page.text).to.contain(`href="/leads/${newId}/merge?other=${id}"`);
  });

  it('warns on edit only when the e-mail, phone or name changes to match another lead', async () => {
    const twinValues = leadForm({ email: original.email });
    const twin = await createViaForm(agent, twinValues);
    // a lead that already has twins: changing its job title does not warn again
    const plain = await post(agent, `/leads/${twin}/edit`, { ...twinValues, jobTitle: 'Analyst', ownerId: String(staff.user.id) }, `/leads/${twin}/edit`);
    expect(plain.status).to.equal(302);
    expect((await s.db('leads').where({ id: twin }).first()).job_title).to.equal('Analyst');
    const quiet = await createViaForm(agent);
    const form = { ...leadForm(), ownerId: String(staff.user.id) };
    const same = await post(agent, `/leads/${quiet}/edit`, { ...form, jobTitle: 'Analyst' }, `/leads/${quiet}/edit`);
    expect(same.status, 'no twin, no warning').to.equal(302);
    const clash = await post(agent, `/leads/${quiet}/edit`, { ...form, phone: phone.e164 }, `/leads/${quiet}/edit`);
    expect(clash.status).to.equal(409);
    expect(warnings(clash.text)).to.deep.equal([[id, 'same phone number']]);
    expect(warnings(clash.text).map((w) => w[0]), 'never itself').to.not.include(quiet);
    const row = await s.db('leads').where({ id: quiet }).first();
    expect(row.phone_bidx, 'not saved while warned').to.not.equal(s.cipher.blindIndex(phone.e164));
  });
});
