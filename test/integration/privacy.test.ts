// Privacy requests (issue 14), the public side: the contact form, its acknowledgment e-mail with the confirmation
// link, the honeypot, the rate limits per IP and per address, the same answer whatever the address, an attachment,
// an objection taking effect on every lead with the address once confirmed, and hostile input never a 500.
import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { app, csrfOf, mailsTo, makeUser, signedInAgent } from '../support/helpers';
import { createLead, loadStatuses, today, word } from '../support/leads';
import { DAY, clearThrottle, confirmAt, confirmLink, form, requestOf, send } from '../support/privacy';

describe('privacy requests: the contact form', () => {
  beforeEach(clearThrottle);

  it('takes a request, e-mails its reference and a confirmation link, and confirms it (verifying → new)', async () => {
    const email = `${word()}@example.test`;
    const res = await send({ email, kind: 'erasure' });
    expect(res.status).to.equal(303);
    expect(res.headers.location).to.equal('/contact/sent');
    const row = await requestOf(email);
    expect(row.state).to.equal('verifying');
    expect(row.email_enc).to.not.include(email);
    expect(row.reference).to.match(/^PR-\d{4}-\d{6}$/);
    expect(new Date(row.due_at).getTime() - new Date(row.received_at).getTime()).to.equal(30 * DAY);
    const mail = (await mailsTo(email))[0];
    expect(mail.text).to.include(row.reference);
    const link = await confirmLink(email);
    expect(link).to.match(/^\/contact\/confirm\/[\w-]{40,}$/);
    expect(row.token_hash).to.not.include(link.split('/').pop());

    const page = await request.agent(app()).get(link);
    expect(page.status).to.equal(200);
    expect((await requestOf(email)).state, 'a GET confirms nothing').to.equal('verifying');
    const done = await confirmAt(link);
    expect(done.status).to.equal(200);
    expect(done.text).to.include(row.reference);
    const after = await requestOf(email);
    expect(after.state).to.equal('new');
    expect(after.confirmed_at).to.not.equal(null);
    const again = await confirmAt(link);
    expect(again.text).to.include('already confirmed');
    expect((await confirmAt('/contact/confirm/not-a-real-token')).status).to.equal(404);
    const audit = await s.db('audit_log').where({ target_type: 'privacy_request', target_id: String(row.id) });
    expect(audit.map((a) => a.action)).to.include.members(['privacy_request.receive', 'privacy_request.confirm']);
    expect(JSON.stringify(audit)).to.not.include(email);
  });

  it('refuses bad fields beside them, keeping what was typed', async () => {
    const res = await send({ email: 'not-an-address', kind: 'gossip', name: '', message: 'kept text' });
    expect(res.status).to.equal(400);
    expect(res.text).to.include('Enter an e-mail address');
    expect(res.text).to.include('Choose what your message is about');
    expect(res.text).to.include('kept text');
  });

  it('answers a filled honeypot like a success but stores and sends nothing', async () => {
    const email = `${word()}@example.test`;
    const res = await send({ email, website: 'http://spam.example' });
    expect(res.status).to.equal(303);
    expect(res.headers.location).to.equal('/contact/sent');
    expect(await requestOf(email)).to.equal(undefined);
    expect(await mailsTo(email)).to.have.length(0);
  });

  it('gives the same answer for a known lead, a user and an unknown address', async () => {
    await loadStatuses();
    const staff = await makeUser('staff');
    const lead = await createLead(staff);
    const answers = [];
    for (const email of [lead.email!, staff.email, `${word()}@example.test`]) {
      const res = await send({ email });
      answers.push([res.status, res.headers.location]);
    }
    expect(answers).to.deep.equal([
      [303, '/contact/sent'],
      [303, '/contact/sent'],
      [303, '/contact/sent'],
    ]);
    const sent = await request.agent(app()).get('/contact/sent');
    expect(sent.text).to.not.include(lead.email!);
  });

  it('limits submissions per address and per IP (429, nothing stored)', async () => {
    const email = `${word()}@example.test`;
    for (let i = 0; i < 3; i++) expect((await send({ email })).status).to.equal(303);
    const over = await send({ email });
    expect(over.status).to.equal(429);
    expect(await s.db('privacy_requests').where({ email_bidx: s.cipher.blindIndex(email) })).to.have.length(3);
    await clearThrottle();
    for (let i = 0; i < 10; i++) expect((await send()).status, `submission ${i + 1}`).to.equal(303);
    const other = `${word()}@example.test`;
    expect((await send({ email: other })).status).to.equal(429);
    expect(await requestOf(other)).to.equal(undefined);
  });

  it('takes a PDF attachment (stored under a random name) and refuses a file that is not one', async () => {
    const agent = request.agent(app());
    const page = await agent.get('/contact');
    const email = `${word()}@example.test`;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const post = (file: Buffer, name: string) =>
      agent
        .post('/contact')
        .field({ ...form({ email }), _csrf: csrfOf(page.text) })
        .attach('attachment', file, name);
    const bad = await post(Buffer.from('MZ\x90\x00 not a pdf'), 'x.pdf');
    expect(bad.status).to.equal(400);
    expect(bad.text).to.include('Attach a PDF, PNG or JPEG file.');
    const ok = await post(pdf, 'id card.pdf');
    expect(ok.status).to.equal(303);
    const row = await requestOf(email);
    expect(row.attachment_file).to.match(/^[0-9a-f-]{36}$/);
    expect(row.attachment_type).to.equal('application/pdf');
    const officer = await signedInAgent(await makeUser('compliance'));
    const dl = await officer.get(`/compliance/requests/${row.id}/attachment`).buffer(true);
    expect(dl.status).to.equal(200);
    expect(dl.headers['content-disposition']).to.include('id_card.pdf');
  });

  it('never answers hostile input with a server error', async () => {
    const agent = request.agent(app());
    const page = await agent.get('/contact');
    const token = csrfOf(page.text);
    const bodies = [
      `kind=access&name=a%00b&email=x%00%40example.test&message=hi%00there&_csrf=${encodeURIComponent(token)}`,
      `kind[]=access&name[]=a&email[]=b@example.test&message[x]=y&_csrf=${encodeURIComponent(token)}`,
      `kind=access&name=a&email=${word()}@example.test&message=${'x'.repeat(1_000_000)}&_csrf=${encodeURIComponent(token)}`,
      `kind=access&name=${'n'.repeat(300)}&email=${word()}@example.test&message=${'m'.repeat(20_000)}&_csrf=${encodeURIComponent(token)}`,
    ];
    const statuses = [];
    for (const body of bodies) {
      const res = await agent.post('/contact').type('form').send(body);
      expect(res.status, body.slice(0, 60)).to.be.below(500);
      statuses.push(res.status);
    }
    // NUL bytes are removed (the request is taken), arrays are no strings, 1 MB is over the body limit
    expect(statuses).to.deep.equal([303, 400, 413, 400]);
    expect((await agent.get('/contact/confirm/%00%ff')).status).to.be.below(500);
    expect((await agent.post('/contact/confirm/x').type('form').send(`_csrf=${token}`)).status).to.equal(404);
  });
});

describe('privacy requests: objection', () => {
  beforeEach(clearThrottle);

  it('once confirmed, withdraws every granted consent on every lead with the address, across owners, and suppresses it', async () => {
    await loadStatuses();
    const email = `${word()}@example.test`;
    const consent = {
      emailConsent: 'granted',
      consentMethod: 'web form',
      consentSource: 'https://valley.example/news',
      consentObtainedAt: today(),
      consentWording: 'Send me news',
    };
    const [a, b] = [await makeUser('staff'), await makeUser('staff')];
    const leadA = await createLead(a, { email, ...consent });
    const leadB = await createLead(b, { email: email.toUpperCase(), ...consent });
    const evidence = { method: 'phone call', source: 'call', obtainedAt: new Date(), wording: 'Call me' };
    await s.leadActions.recordConsent(
      await s.users.get(b.user.id),
      leadB.id,
      { channel: 'phone', status: 'granted', evidence, reason: null },
      { userId: b.user.id },
    );
    const other = await createLead(a, consent);

    expect((await send({ email, kind: 'objection' })).status).to.equal(303);
    const bidx = s.cipher.blindIndex(email);
    expect(await s.db('email_suppressions').where({ email_bidx: bidx }), 'nothing before confirmation').to.have.length(
      0,
    );
    await confirmAt(await confirmLink(email));

    expect((await s.db('email_suppressions').where({ email_bidx: bidx }).first()).reason).to.equal('objected');
    for (const id of [leadA.id, leadB.id]) {
      const lead = await s.db('leads').where({ id }).first();
      expect(lead.do_not_contact, `lead ${id}`).to.equal(true);
      const latest = await s.db('lead_consents').where({ lead_id: id }).orderBy('id', 'desc');
      const byChannel = new Map<string, string>();
      for (const c of latest.reverse()) byChannel.set(c.channel, c.status);
      expect(
        [...byChannel.values()].every((v) => v === 'withdrawn'),
        `lead ${id}`,
      ).to.equal(true);
      const history = await s.db('lead_history').where({ lead_id: id }).whereLike('field', 'consent.%');
      expect(history.length, `lead ${id} history`).to.be.at.least(1);
    }
    const phone = await s.db('lead_consents').where({ lead_id: leadB.id, channel: 'phone' }).orderBy('id', 'desc');
    expect(phone[0].status).to.equal('withdrawn');
    expect((await s.db('leads').where({ id: other.id }).first()).do_not_contact, 'another address').to.equal(false);
    const row = await requestOf(email);
    expect(row.outcome).to.include('2 lead(s)');
  });
});
