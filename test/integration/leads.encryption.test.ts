// Personal data at rest: e-mail, phone, address and notes are AES-256-GCM ciphertext (with the key id in
// each value) in leads and in lead_history; exact lookups go through an HMAC blind index. Key rotation, which
// re-encrypts it all under the newest DATA_KEYS key, has its own suite (keys.rotation.test.ts).
import crypto from 'node:crypto';
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { createViaForm, leadForm, loadStatuses, londonPhone, post, word } from '../support/leads';

const CIPHERTEXT = /^v1\.(\d+)\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/;

describe('leads: encryption at rest', function () {
  this.timeout(60_000);
  let staff: TestUser;
  let agent: Agent;

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff');
    agent = await signedInAgent(staff);
  });

  it('stores e-mail, phone, address and notes only as ciphertext with the key id, in leads and in history', async () => {
    const secrets = {
      email: `${word()}@example.test`,
      phone: londonPhone(),
      address: `${word()} Lane\nLeeds`,
      notes: `Allergic to ${word()}`,
    };
    const next = {
      email: `${word()}@example.test`,
      phone: londonPhone(),
      address: `${word()} Road\nYork`,
      notes: `Moved to ${word()}`,
    };
    const names = { lastName: `Curie ${word()}`, company: `Radium ${word()}` };
    const form = leadForm({
      ...names,
      email: secrets.email,
      phone: secrets.phone.local,
      address: secrets.address,
      notes: secrets.notes,
    });
    const id = await createViaForm(agent, form);
    const edited = await post(
      agent,
      `/leads/${id}/edit`,
      {
        ...form,
        ownerId: String(staff.user.id),
        email: next.email,
        phone: next.phone.local,
        address: next.address,
        notes: next.notes,
      },
      `/leads/${id}/edit`,
    );
    expect(edited.status).to.equal(302);

    const plaintexts = [secrets, next].flatMap((v) => [
      v.email,
      v.email.split('@')[0],
      v.phone.e164,
      v.phone.local,
      v.phone.e164.slice(3),
      v.address,
      v.address.split('\n')[0],
      v.notes,
      v.notes.split(' ').pop()!,
    ]);
    const lead = await s.db('leads').where({ id }).first();
    const history = await s.db('lead_history').where({ lead_id: id });
    const audit = await s.db('audit_log').where({ target_type: 'lead', target_id: String(id) });
    const stored = JSON.stringify({ lead, history, audit }).toLowerCase();
    for (const p of plaintexts)
      expect(stored, `plaintext "${p}" in the database`).to.not.contain(p.toLowerCase().replace(/\n/g, '\\n'));
    expect(stored, 'names are not personal fields here: the row is really the lead').to.contain(
      names.lastName.toLowerCase(),
    );

    const key = String(s.cipher.currentKeyId);
    for (const col of ['email_enc', 'phone_enc', 'address_enc', 'notes_enc'])
      expect(lead[col], col)
        .to.match(CIPHERTEXT)
        .and.satisfy((v: string) => v.split('.')[1] === key);
    expect(lead.key_id).to.equal(s.cipher.currentKeyId);
    expect(lead.email_bidx).to.equal(s.cipher.blindIndex(next.email));
    expect(lead.phone_bidx).to.equal(s.cipher.blindIndex(next.phone.e164));
    expect(lead.email_bidx, 'the blind index is keyed, not a plain hash').to.not.equal(
      crypto.createHash('sha256').update(next.email).digest('base64url'),
    );

    const personal = history.filter((h) => ['email', 'phone', 'address', 'notes'].includes(h.field));
    expect(personal.map((h) => h.field)).to.have.members(['email', 'phone', 'address', 'notes']);
    for (const h of personal) {
      expect(h).to.include({ encrypted: true, key_id: s.cipher.currentKeyId });
      expect(h.old_value, h.field).to.match(CIPHERTEXT);
      expect(h.new_value, h.field).to.match(CIPHERTEXT);
    }
    expect(history.find((h) => h.field === 'created')).to.include({ encrypted: false, key_id: null });

    // …and the people allowed to see it read it back
    const page = await agent.get(`/leads/${id}`);
    expect(page.text)
      .to.contain(next.email)
      .and.contain(next.phone.e164)
      .and.contain(`Allergic to`)
      .and.contain(secrets.email);
    const read = await s.leads.get(await s.users.get(staff.user.id), id);
    expect(read).to.include({ email: next.email, phone: next.phone.e164, address: next.address, notes: next.notes });
  });

  it('gives the same value a different ciphertext each time but the same blind index; a changed ciphertext does not decrypt', async () => {
    const email = `${word()}@example.test`;
    const one = await createViaForm(agent, { email });
    const two = await createViaForm(agent, { email: email.toUpperCase() });
    const [a, b] = await Promise.all([
      s.db('leads').where({ id: one }).first(),
      s.db('leads').where({ id: two }).first(),
    ]);
    expect(a.email_enc).to.not.equal(b.email_enc);
    expect(a.email_bidx).to.equal(b.email_bidx);
    expect(s.cipher.decrypt(a.email_enc)).to.equal(email);
    const parts = a.email_enc.split('.');
    const ct = Buffer.from(parts[4], 'base64url');
    ct[0] ^= 1;
    expect(() => s.cipher.decrypt([...parts.slice(0, 4), ct.toString('base64url')].join('.'))).to.throw();
    expect(() => s.cipher.decrypt(a.email_enc.replace(/^v1\.\d+\./, 'v1.99.'))).to.throw(/unknown key id 99/);
  });
});
