// Erasure of a data subject beyond the single-address case (issue 14): leads merged into one another are the same
// person, found and erased together whichever address is searched; an erasure by phone, without a privacy request,
// repeated once no lead holds the person; a bad request reference; and the retention rule's anonymization, which
// leaves no personal value either but does not suppress the person.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { createLead, fieldErrors, loadStatuses, londonPhone, post, word } from '../support/leads';
import { erase, reportOf, tablesHolding } from '../support/subjects';

describe('data subjects: erasure of merged leads, by phone, and by the retention rule', function () {
  this.timeout(60_000);
  let staff: TestUser;
  let agent: Agent;
  let officer: Agent;

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff');
    agent = await signedInAgent(staff);
    officer = await signedInAgent(await makeUser('compliance'));
  });

  it('finds and erases a lead merged into another as the same person, by the merged-away address', async () => {
    const [w1, w2] = [word(), word()];
    const [e1, e2] = [`${w1}@example.test`, `${w2}@example.test`];
    const p2 = londonPhone();
    const keep = await createLead(staff, { lastName: `Curie ${w1}`, email: e1, phone: '', address: '' });
    const gone = await createLead(staff, {
      lastName: `Curie ${w1}`,
      email: e2,
      phone: p2.local,
      address: `2 ${w2} Street`,
      notes: `Met ${w2}`,
    });
    const merged = await post(agent, `/leads/${keep.id}/merge`, { other: String(gone.id) }, `/leads/${keep.id}`);
    expect(merged.status).to.equal(302);
    const winner = await s.leads.get(await s.users.get(staff.user.id), keep.id);
    expect(winner.notes, 'the kept lead holds the other address').to.include(e2);
    expect(winner.phone).to.equal(p2.e164);

    for (const report of [reportOf('e', e2), reportOf('e', e1), reportOf('p', p2.e164)]) {
      const r = JSON.parse((await officer.get(`${report}.json`)).text);
      expect(
        r.leads.map((l: { id: number }) => l.id),
        report,
      ).to.deep.equal([keep.id, gone.id]);
    }

    const done = await erase(officer, reportOf('e', e2), { confirm: 'ERASE' });
    expect(done.status).to.equal(302);
    for (const plain of [e1, e2, w1, w2, p2.e164]) expect(await tablesHolding(plain), plain).to.deep.equal([]);
    for (const e of [e1, e2]) {
      const row = await s
        .db('email_suppressions')
        .where({ email_bidx: s.cipher.blindIndex(e) })
        .first();
      expect(row?.reason, e).to.equal('erased');
    }
    expect(
      (
        await s
          .db('phone_suppressions')
          .where({ phone_bidx: s.cipher.blindIndex(p2.e164) })
          .first()
      ).reason,
    ).to.equal('erased');
  });

  it('erases by phone without a request, and again once no lead holds the person', async () => {
    const phone = londonPhone();
    const email = `${word()}@example.test`;
    const other = await makeUser('staff');
    const onlyPhone = await createLead(staff, { phone: phone.local, email: '' });
    const withEmail = await createLead(other, { phone: phone.e164, email });
    const report = reportOf('p', phone.e164);

    const bad = await erase(officer, report, { confirm: 'ERASE', request: 'abc' });
    expect(bad.status).to.equal(400);
    expect(fieldErrors(bad.text).confirm).to.equal('The privacy request is not valid.');
    expect((await s.db('leads').where({ id: onlyPhone.id }).first()).erased_at).to.equal(null);

    expect((await erase(officer, report, { confirm: 'ERASE' })).status).to.equal(302);
    for (const id of [onlyPhone.id, withEmail.id])
      expect((await s.db('leads').where({ id }).first()).erased_at, `lead ${id}`).to.not.equal(null);
    expect(await tablesHolding(email)).to.deep.equal([]);
    expect(
      (
        await s
          .db('email_suppressions')
          .where({ email_bidx: s.cipher.blindIndex(email) })
          .first()
      ).reason,
    ).to.equal('erased');
    const again = await erase(officer, report, { confirm: 'ERASE' });
    expect(again.status).to.equal(302);
    const page = await officer.get(report);
    expect(page.text).to.include('Erased: 0 lead(s) anonymized');
    const erasures = await s
      .db('subject_erasures')
      .where({ kind: 'phone', bidx: s.cipher.blindIndex(phone.e164) })
      .orderBy('id');
    expect(erasures.map((e) => [e.leads_count, e.request_id, e.reason])).to.deep.equal([
      [2, null, 'compliance officer'],
      [0, null, 'compliance officer'],
    ]);
  });

  it('the retention rule’s anonymization leaves no personal value but does not suppress the person', async () => {
    const w = word();
    const email = `${w}@example.test`;
    const phone = londonPhone();
    const lead = await createLead(staff, { lastName: `Noether ${w}`, email, phone: phone.local });
    const done = await s.db.transaction((trx) => s.subjects.anonymizeLeads([lead.id], 'inactive for 3 years', trx));
    expect(done).to.deep.equal([lead.id]);
    for (const plain of [email, w, phone.e164]) expect(await tablesHolding(plain), plain).to.deep.equal([]);
    expect(await tablesHolding(s.cipher.blindIndex(email))).to.deep.equal([]);
    const [erasure] = await s.db('subject_erasures').where({ kind: 'retention' }).orderBy('id', 'desc');
    expect(erasure).to.include({ bidx: null, leads_count: 1, reason: 'inactive for 3 years', by_user_id: null });
    const history = await s.db('lead_history').where({ lead_id: lead.id, field: 'erased' }).first();
    expect(history.new_value).to.equal('inactive for 3 years');
    // the person did not ask: they may be recorded again
    expect((await createLead(staff, { email, phone: phone.local })).email).to.equal(email);
  });
});
