// An erasure answering a privacy request (review S3, C10, C5): the request must exist, be the person's (the blind
// index of its address for an e-mail subject) and have its address confirmed, else the form says so beside the
// field and nothing is erased nor recorded; two-letter names are scrubbed from free text as whole words; and the
// erasure's times are the services' clock's.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { createLead, fieldErrors, loadStatuses, londonPhone, word } from '../support/leads';
import { clearThrottle, confirmAt, confirmLink, requestFrom } from '../support/privacy';
import { clockedServices } from '../support/status';
import { erase, reportOf } from '../support/subjects';

describe('data subjects: the privacy request an erasure answers, short names, the clock', function () {
  this.timeout(60_000);
  let staff: TestUser;
  let officer: Agent;

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff');
    officer = await signedInAgent(await makeUser('compliance'));
  });
  beforeEach(clearThrottle);

  const erasedAt = async (id: number) => (await s.db('leads').where({ id }).first()).erased_at as Date | null;
  const outcomes = async (requestId: number) =>
    s.db('privacy_request_events').where({ request_id: requestId, kind: 'outcome' });

  it('refuses a request that does not exist, is another person’s or is not confirmed, beside the field', async () => {
    const email = `${word()}@example.test`;
    const lead = await createLead(staff, { email });
    const report = reportOf('e', email);
    const other = await requestFrom(`${word()}@example.test`);
    const unconfirmed = await requestFrom(email, { confirmed: false });
    expect(unconfirmed.state).to.equal('verifying');
    const cases: [string, string][] = [
      ['2147483000', 'There is no privacy request #2147483000.'],
      [String(other.id), `Privacy request #${other.id} was not made with this person’s address.`],
      [
        String(unconfirmed.id),
        `The requester of privacy request #${unconfirmed.id} has not confirmed their address yet.`,
      ],
    ];
    for (const [request, message] of cases) {
      const res = await erase(officer, report, { confirm: 'ERASE', request });
      expect(res.status, request).to.equal(400);
      expect(fieldErrors(res.text).request, request).to.equal(message);
      expect(res.text, request).to.include(`name="request" value="${request}"`);
    }
    expect(await erasedAt(lead.id)).to.equal(null);
    expect(await outcomes(Number(other.id))).to.have.length(0);
    expect(await outcomes(Number(unconfirmed.id))).to.have.length(0);
    expect((await s.db('privacy_requests').where({ id: other.id }).first()).outcome).to.equal(null);
    expect(await s.db('subject_erasures').where({ bidx: s.cipher.blindIndex(email) })).to.have.length(0);

    await confirmAt(await confirmLink(email));
    const own = String(unconfirmed.id);
    expect((await erase(officer, report, { confirm: 'ERASE', request: own })).status).to.equal(302);
    expect(await erasedAt(lead.id)).to.not.equal(null);
    expect((await s.db('privacy_requests').where({ id: own }).first()).outcome).to.match(/^erased: 1 lead\(s\)/);
  });

  it('for a phone subject, takes any confirmed request but refuses a missing or unconfirmed one', async () => {
    const phone = londonPhone();
    const lead = await createLead(staff, { phone: phone.local, email: '' });
    const report = reportOf('p', phone.e164);
    const unconfirmed = await requestFrom(`${word()}@example.test`, { confirmed: false });
    for (const request of ['2147483001', String(unconfirmed.id)]) {
      const res = await erase(officer, report, { confirm: 'ERASE', request });
      expect(res.status, request).to.equal(400);
      expect(fieldErrors(res.text).request, request).to.match(/privacy request #\d+/);
    }
    expect(await erasedAt(lead.id)).to.equal(null);
    const confirmed = await requestFrom(`${word()}@example.test`);
    expect((await erase(officer, report, { confirm: 'ERASE', request: String(confirmed.id) })).status).to.equal(302);
    expect(await erasedAt(lead.id)).to.not.equal(null);
    expect(await outcomes(Number(confirmed.id))).to.have.length(1);
  });

  it('scrubs two-letter names from consent and basis text as whole words, case-insensitively', async () => {
    const email = `${word()}@example.test`;
    const lead = await createLead(staff, {
      firstName: 'Al',
      lastName: 'Ng',
      company: '',
      jobTitle: '',
      email,
      basisMethod: 'card handed over by Al',
      basisSource: 'Also at the stand',
      basisWording: 'Assessment LIA-7',
      emailConsent: 'granted',
      consentMethod: 'phone call with NG.',
      consentSource: 'Natural gas fair',
      consentObtainedAt: new Date().toISOString().slice(0, 10),
      consentWording: 'Send me news',
    });
    expect((await erase(officer, reportOf('e', email), { confirm: 'ERASE' })).status).to.equal(302);
    const row = await s.db('leads').where({ id: lead.id }).first();
    expect([row.basis_method, row.basis_source, row.basis_wording]).to.deep.equal([
      '[erased]',
      'Also at the stand',
      'Assessment LIA-7',
    ]);
    const consent = await s.db('lead_consents').where({ lead_id: lead.id, channel: 'email' }).orderBy('id').first();
    expect([consent.method, consent.source, consent.wording]).to.deep.equal([
      '[erased]',
      'Natural gas fair',
      'Send me news',
    ]);
  });

  it('records the erasure at the services’ clock’s time', async () => {
    const at = new Date('2031-03-04T05:06:07.000Z');
    const { t } = clockedServices(at);
    try {
      const email = `${word()}@example.test`;
      const lead = await createLead(staff, { email });
      const subject = t.subjects.find(email, '');
      await t.subjects.erase(subject.kind, subject.bidx, { confirm: 'ERASE', requestId: null }, { userId: null });
      const row = await s.db('leads').where({ id: lead.id }).first();
      expect([row.erased_at, row.updated_at]).to.deep.equal([at, at]);
      const history = await s.db('lead_history').where({ lead_id: lead.id, field: 'erased' });
      expect(history.map((h) => h.at)).to.deep.equal([at]);
      const erasure = await s.db('subject_erasures').where({ bidx: subject.bidx }).first();
      expect(erasure.at).to.deep.equal(at);
    } finally {
      await t.close();
    }
  });
});
