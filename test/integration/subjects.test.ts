// Data-subject rights (issue 14) at /compliance/subjects: a person found by the blind index of their e-mail or
// phone across every user's leads; their access report (HTML and JSON) with leads, history, consents, campaign
// messages, the import they came from and their privacy requests; their erasure (confirmed with ERASE) leaving no
// personal value of theirs in any table, only blind indexes on the suppression lists, the audit chain intact and
// the privacy request's outcome recorded; and a re-import of the erased person refused.
import { expect } from 'chai';
import { s } from '../support/setup';
import { csrfOf, makeUser, signedInAgent, submit, type Agent, type TestUser } from '../support/helpers';
import { createLead, fieldErrors, leadForm, leadInput, loadStatuses, londonPhone, word } from '../support/leads';
import { configureSending, consentFields, makeCampaign, sendPending, startCampaign } from '../support/campaigns';
import { csv, importIdFrom, importRow, mappingForm, postImport, row, upload } from '../support/imports';
import { clearThrottle, confirmAt, confirmLink, requestOf, send } from '../support/privacy';
import { crm } from '../support/cli';
import { tablesHolding } from '../support/subjects';
import { normalizeEmail } from '../../src/features/leads';

type Row = Record<string, unknown>;

describe('data subjects: access report and erasure', function () {
  this.timeout(120_000);
  let a: TestUser;
  let b: TestUser;
  let officer: Agent;
  const w = word();
  const email = `${w}@example.test`;
  const phone = londonPhone();
  const lastName = `Hopper ${w}`;
  const tag = `sub${word(6)}`;
  let person: Record<string, string> = {};
  let leadA = 0;
  let leadB = 0;
  let importId = 0;
  let updateId = 0;
  let campaignName = '';
  let reference = '';
  let requestId = 0;
  let reportPath = '';
  const secrets: string[] = [];

  async function runImport(agent: Agent, text: string, form: Record<string, string> = {}): Promise<number> {
    const res = await upload(agent, text);
    expect(res.status, res.text.slice(0, 300)).to.equal(303);
    const id = importIdFrom(res.headers.location);
    expect((await postImport(agent, id, 'start', mappingForm(form))).status).to.equal(303);
    expect((await s.importRunner.run(id)).ran).to.equal(true);
    return id;
  }

  before(async () => {
    await loadStatuses();
    const said = { basisMethod: `card from ${lastName}`, consentMethod: `form signed by ${lastName}` };
    person = leadForm({ email, phone: phone.local, lastName, tags: tag, ...consentFields, ...said });
    await clearThrottle();
    await configureSending();
    [a, b] = [
      await makeUser('staff', { name: `Alice ${word(5)}` }),
      await makeUser('staff', { name: `Bob ${word(5)}` }),
    ];
    officer = await signedInAgent(await makeUser('compliance'));

    leadA = (await createLead(a, person)).id;
    const userA = await s.users.get(a.user.id);
    const edit = await s.leads.update(userA, leadA, leadInput({ ...person, notes: `Rang ${w} back` }), true, {
      userId: a.user.id,
    });
    expect(edit.status).to.equal('saved');
    const campaign = await makeCampaign(a, { audience: { tag } });
    campaignName = campaign.name;
    expect(await startCampaign(a, campaign.id)).to.have.length(1);
    await sendPending(campaign.id);

    const cells = row({ Email: email.toUpperCase(), Phone: phone.e164, 'Last name': lastName });
    importId = await runImport(await signedInAgent(b), csv([cells]));
    const created = await s.db('import_rows').where({ import_id: importId }).first();
    expect(created.action).to.equal('created');
    leadB = Number(created.lead_id);
    const update = row({ Email: email, Phone: phone.e164, 'Last name': lastName, Company: `Navy ${w}` });
    updateId = await runImport(await signedInAgent(b), csv([update]), { duplicates: 'update' });
    expect((await s.db('import_rows').where({ import_id: updateId }).first()).action).to.equal('updated');

    expect((await send({ email, kind: 'erasure', name: `Grace ${lastName}` })).status).to.equal(303);
    await confirmAt(await confirmLink(email));
    const request = await requestOf(email);
    [reference, requestId] = [request.reference, Number(request.id)];

    // what the person is held as before the erasure: ciphertexts of their leads and history
    const updated = await s.db('import_rows').where({ import_id: updateId });
    expect(updated.map((r) => r.previous_enc === null)).to.deep.equal([false]);
    secrets.push(updated[0].previous_enc);
    for (const l of await s.db('leads').whereIn('id', [leadA, leadB]))
      secrets.push(...[l.email_enc, l.phone_enc, l.address_enc, l.notes_enc].filter(Boolean));
    const history = await s.db('lead_history').whereIn('lead_id', [leadA, leadB]).where({ encrypted: true });
    for (const h of history) secrets.push(...[h.old_value, h.new_value].filter(Boolean));
    expect(history.length, 'encrypted history').to.be.at.least(1);
  });

  it('finds the person by e-mail across every user’s leads: the report lists all that is held', async () => {
    const found = await submit(officer, '/compliance/subjects', '/compliance/subjects', { email: ` ${email} ` });
    expect(found.status).to.equal(302);
    const bidx = s.cipher.blindIndex(normalizeEmail(email));
    reportPath = `/compliance/subjects/e/${bidx}`;
    expect(found.headers.location).to.equal(reportPath);
    expect(found.headers.location).to.not.include(w);

    const page = await officer.get(reportPath);
    expect(page.status).to.equal(200);
    expect(page.text).to.include('<strong id="lead-total">2</strong>');
    for (const id of [leadA, leadB]) expect(page.text).to.include(`id="lead-${id}"`);
    expect(page.text).to.include(a.user.name).and.include(b.user.name);
    expect(page.text).to.include(`Rang ${w} back`).and.include(email);
    expect(page.text).to.include(campaignName);
    expect(page.text).to.include(`import #${importId}`);
    expect(page.text).to.include(reference);

    const json = await officer.get(`${reportPath}.json`);
    expect(json.status).to.equal(200);
    expect(json.headers['content-disposition']).to.match(/^attachment; filename="?access-report-e-[\w-]{12}\.json/);
    const r = JSON.parse(json.text);
    expect(r.leads.map((l: Row) => l.id)).to.deep.equal([leadA, leadB]);
    expect(r.leads.map((l: Row) => l.ownerId)).to.deep.equal([a.user.id, b.user.id]);
    const historyOf = (id: number) => r.history.filter((h: Row) => h.leadId === id).map((h: Row) => h.field);
    expect(historyOf(leadA)).to.include.members(['created', 'consent.email', 'notes']);
    expect(historyOf(leadB)).to.include('created');
    expect(r.history.find((h: Row) => h.leadId === leadA && h.field === 'notes').newValue).to.equal(`Rang ${w} back`);
    expect(r.consents.map((c: Row) => [c.leadId, c.channel, c.status])).to.deep.include([leadA, 'email', 'granted']);
    expect(r.messages).to.have.length(1);
    expect(r.messages[0]).to.include({ leadId: leadA, campaignName, state: 'sent', toAddress: email });
    expect(r.imports.map((i: Row) => [i.leadId, i.importId, i.action])).to.deep.equal([
      [leadB, importId, 'created'],
      [leadB, updateId, 'updated'],
    ]);
    expect(r.requests.map((q: Row) => [q.reference, q.kind, q.state])).to.deep.equal([[reference, 'erasure', 'new']]);
    // the scan the erasure test relies on sees the person where they are held now
    expect(await tablesHolding(w)).to.include.members(['leads', 'lead_search_words', 'outbox']);
    expect(await tablesHolding(secrets[0])).to.deep.equal(['import_rows']);
    expect(await tablesHolding(bidx)).to.include.members(['campaign_recipients', 'leads', 'privacy_requests']);
    const reads = await s.db('audit_log').where({ action: 'subject.report' });
    expect(JSON.stringify(reads)).to.not.include(w);
  });

  it('finds the same person by phone (a local number), and says what is wrong with a bad search', async () => {
    const found = await submit(officer, '/compliance/subjects', '/compliance/subjects', { phone: phone.local });
    expect(found.headers.location).to.equal(`/compliance/subjects/p/${s.cipher.blindIndex(phone.e164)}`);
    const r = JSON.parse((await officer.get(`${found.headers.location}.json`)).text);
    expect(r.leads.map((l: Row) => l.id)).to.deep.equal([leadA, leadB]);
    expect(
      r.requests.map((q: Row) => q.reference),
      'found by the leads’ address',
    ).to.deep.equal([reference]);

    const both = await submit(officer, '/compliance/subjects', '/compliance/subjects', { email, phone: phone.local });
    expect(both.status).to.equal(400);
    expect(fieldErrors(both.text).email).to.include('not both');
    const bad = await submit(officer, '/compliance/subjects', '/compliance/subjects', { phone: 'call me' });
    expect(bad.status).to.equal(400);
    expect(fieldErrors(bad.text).phone).to.include('Enter a phone number');
    expect(bad.text).to.include('value="call me"');
    expect((await officer.get('/compliance/subjects/e/not-a-blind-index')).status).to.equal(404);
  });

  it('erases only when ERASE is typed; the request page’s report link carries the request', async () => {
    const requestPage = await officer.get(`/compliance/requests/${requestId}`);
    const link = /href="([^"]+)" id="subject-report"/.exec(requestPage.text)?.[1].replace(/&amp;/g, '&');
    expect(link).to.equal(`${reportPath}?request=${requestId}`);
    const report = await officer.get(link!);
    expect(report.text).to.match(new RegExp(`name="request" value="${requestId}"`));

    const wrong = await officer
      .post(`${reportPath}/erase`)
      .type('form')
      .send({ _csrf: csrfOf(report.text), confirm: 'erase', request: String(requestId) });
    expect(wrong.status).to.equal(400);
    expect(fieldErrors(wrong.text).confirm).to.equal('Type ERASE to confirm.');
    expect(wrong.text).to.match(new RegExp(`name="request" value="${requestId}"`));
    expect((await s.db('leads').where({ id: leadA }).first()).erased_at).to.equal(null);

    const done = await officer
      .post(`${reportPath}/erase`)
      .type('form')
      .send({ _csrf: csrfOf(wrong.text), confirm: 'ERASE', request: String(requestId) });
    expect(done.status).to.equal(302);
    expect(done.headers.location).to.equal(reportPath);
    const after = await officer.get(reportPath);
    expect(after.text).to.include('Erased: 2 lead(s) anonymized');
    expect(after.text).to.include('id="no-leads"');
    expect(after.text).to.match(/Erasure #\d+ on .* 2 lead\(s\) anonymized \(privacy request #\d+\)/);
  });

  it('leaves no personal value of the person in any table, only blind indexes on the suppression lists', async () => {
    for (const l of await s.db('leads').whereIn('id', [leadA, leadB])) {
      expect(l, `lead ${l.id}`).to.include({ first_name: 'Erased', last_name: 'person', email_enc: null });
      expect(l, `lead ${l.id}`).to.include({ phone_enc: null, email_bidx: null, phone_bidx: null, notes_enc: null });
      expect(l.erased_at).to.not.equal(null);
    }
    for (const plain of [email, w, phone.e164, phone.local.replace(/ /g, ''), phone.local])
      expect(await tablesHolding(plain), plain).to.deep.equal([]);
    for (const secret of secrets) expect(await tablesHolding(secret), 'ciphertext').to.deep.equal([]);

    const bidx = s.cipher.blindIndex(normalizeEmail(email));
    const pbidx = s.cipher.blindIndex(phone.e164);
    expect(await tablesHolding(bidx)).to.deep.equal(['email_suppressions', 'privacy_requests', 'subject_erasures']);
    expect(await tablesHolding(pbidx)).to.deep.equal(['phone_suppressions']);
    expect((await s.db('email_suppressions').where({ email_bidx: bidx }).first()).reason).to.equal('erased');
    expect((await s.db('phone_suppressions').where({ phone_bidx: pbidx }).first()).reason).to.equal('erased');
    const recipients = await s.db('campaign_recipients').where({ lead_id: leadA });
    expect(recipients.map((r) => r.email_bidx)).to.deep.equal([null]);
    const history = await s.db('lead_history').where({ lead_id: leadA, field: 'notes' }).first();
    expect(history).to.include({ old_value: '[erased]', new_value: '[erased]', encrypted: false });

    const entry = (await s.db('audit_log').where({ action: 'subject.erase' })).find(
      (e) => e.details.requestId === requestId,
    );
    expect(entry.details).to.deep.include({ kind: 'email', leads: [leadA, leadB], requestId });
    expect((await s.audit.verify()).ok).to.equal(true);
    const verified = await crm(['audit:verify']);
    expect(verified.code, verified.stdout + verified.stderr).to.equal(0);
    expect(verified.stdout).to.contain('audit chain intact');
  });

  it('records the erasure’s outcome on the privacy request it answers', async () => {
    const request = await s.db('privacy_requests').where({ id: requestId }).first();
    expect(request.outcome).to.match(/^erased: 2 lead\(s\), erasure #\d+$/);
    const events = await s.db('privacy_request_events').where({ request_id: requestId, kind: 'outcome' });
    expect(events).to.have.length(1);
    const page = await officer.get(`/compliance/requests/${requestId}`);
    expect(page.text).to.match(/id="request-outcome"[^>]*>erased: 2 lead\(s\)/);
    const audit = await s.db('audit_log').where({ action: 'privacy_request.outcome', target_id: String(requestId) });
    expect(audit).to.have.length(1);
  });

  it('rejects a re-import of the erased person, by e-mail or by phone, saying they were erased', async () => {
    const staff = await signedInAgent(b);
    const byEmail = row({ Email: email });
    const byPhone = row({ Phone: phone.local });
    const fresh = row();
    const id = await runImport(staff, csv([byEmail, byPhone, fresh]));
    const imp = await importRow(id);
    expect(imp.counts).to.include({ create: 1, reject: 2 });
    const rejects = await s.db('import_rejects').where({ import_id: id }).orderBy('row_no');
    expect(rejects.map((r) => r.reason)).to.deep.equal([
      'The person is on the suppression list (e-mail address, erased at their request): they may not be imported.',
      'The person is on the suppression list (phone number, erased at their request): they may not be imported.',
    ]);
    expect(await s.db('leads').where({ email_bidx: s.cipher.blindIndex(email) })).to.have.length(0);
    expect(await s.db('leads').where({ phone_bidx: s.cipher.blindIndex(phone.e164) })).to.have.length(0);
  });

  it('lets a lead be typed in again for the erased address, but never e-mails it (suppressed at sending)', async () => {
    // the lead form does not check the suppression list (reported); the campaign's check does
    const again = `sub${word(6)}`;
    const typed = await createLead(a, { email, tags: again, ...consentFields });
    expect(typed.email).to.equal(email);
    const other = await createLead(a, { tags: again, ...consentFields });
    const campaign = await makeCampaign(a, { audience: { tag: again } });
    const counts = await s.campaigns.audienceCounts(await s.users.get(a.user.id), campaign);
    expect(counts.excluded).to.deep.include({ suppressed: 1 });
    await startCampaign(a, campaign.id);
    await sendPending(campaign.id);
    const states = await s.db('campaign_recipients').where({ campaign_id: campaign.id }).orderBy('lead_id');
    expect(states.map((r) => [Number(r.lead_id), r.state])).to.deep.equal([[other.id, 'sent']]);
  });
});
