// Sending at the edges, against real PostgreSQL, Redis and the loopback SMTP server: a check that waited for the
// lead's lock sees what the transaction before it wrote; an address the server refuses for good is a hard
// bounce, given up, never retried; sends go on while recipients are still being written, and a pause then resume
// in the middle of that writes and sends everyone; an owner whose role changed, or settings taken away, hold it.
import { expect } from 'chai';
import { s, smtp } from '../support/setup';
import { makeUser, type TestUser } from '../support/helpers';
import { loadStatuses, word } from '../support/leads';
import { configureSending, consentingLead, makeCampaign, recipientsOf, startCampaign } from '../support/campaigns';

const actor = (u: TestUser) => ({ userId: u.user.id });
const campaignRow = (id: number) => s.db('campaigns').where({ id }).first();

describe('campaign delivery at the edges', () => {
  before(async () => {
    await loadStatuses();
    await configureSending();
  });
  afterEach(async () => {
    smtp.refusing.clear();
    await configureSending();
  });

  it('checks the cap after waiting for the lead: a message recorded meanwhile counts', async () => {
    await configureSending({ capMessages: 1 });
    const staff = await makeUser('staff');
    const tag = `lk${word(6)}`;
    const lead = await consentingLead(staff, tag);
    const campaign = await makeCampaign(staff, { audience: { tag } });
    const [recipient] = await startCampaign(staff, campaign.id);
    // another campaign's send holds the lead, records its message, then commits
    const other = await s.db.transaction();
    await other('leads').where({ id: lead.id }).forUpdate();
    const pending = s.campaignSender.sendOne(recipient);
    await new Promise((r) => setTimeout(r, 300)); // the send waits for the lead's lock
    await other('lead_contacts').insert({ lead_id: lead.id, kind: 'marketing_email', at: new Date(), ref: word(12) });
    await other.commit();
    expect(await pending).to.equal('skipped');
    const [row] = await recipientsOf(campaign.id);
    expect([row.state, row.reason]).to.deep.equal(['skipped', 'over_cap']);
    expect(smtp.to(lead.email!)).to.have.length(0);
  });

  it('makes an address the server refuses for good (550) a hard bounce: suppressed, given up, not retried', async () => {
    const staff = await makeUser('staff');
    const tag = `rf${word(6)}`;
    const gone = await consentingLead(staff, tag);
    const fine = await consentingLead(staff, tag);
    smtp.refusing.add(gone.email!.toLowerCase());
    const campaign = await makeCampaign(staff, { audience: { tag } });
    const [first, second] = await startCampaign(staff, campaign.id);
    expect(await s.campaignSender.sendOne(first)).to.equal('refused');
    expect(await s.campaignSender.sendOne(first), 'a retry finds it done').to.equal('done');
    expect(await s.campaignSender.sendOne(second)).to.equal('sent');
    const rows = await recipientsOf(campaign.id);
    expect(rows.map((r) => [r.state, r.reason])).to.deep.equal([
      ['bounced', 'refused_550'],
      ['sent', null],
    ]);
    expect(await s.leadContact.suppressionOf(gone.id)).to.equal('hard_bounce');
    const outbox = await s.db('outbox').where({ id: rows[0].outbox_id }).first();
    expect([outbox.sent_at, outbox.given_up_at instanceof Date, outbox.last_error]).to.deep.equal([
      null,
      true,
      'refused: 550',
    ]);
    await s.mail.sweep(0);
    expect(await s.jobs.mail.getJob(`mail-${rows[0].outbox_id}`), 'the outbox sweep leaves it alone').to.equal(
      undefined,
    );
    expect((await campaignRow(campaign.id)).state, 'everyone done: sent').to.equal('sent');
    expect(smtp.to(fine.email!)).to.have.length(1);
  });

  it('sends while the recipients are still being written; a pause then resume there writes and sends everyone', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const tag = `pp${word(6)}`;
    const leads = [await consentingLead(staff, tag), await consentingLead(staff, tag)];
    const campaign = await makeCampaign(staff, { audience: { tag } });
    expect(await s.campaignSender.schedule(user, campaign.id, null, actor(staff))).to.equal('scheduled');
    // the start job has begun (preparing) and written the first lead only when the owner pauses
    await s.db('campaigns').where({ id: campaign.id }).update({ state: 'preparing', run: 1, started_at: new Date() });
    await s.db('campaign_recipients').insert({ campaign_id: campaign.id, lead_id: leads[0].id, state: 'queued' });
    await s.db('campaigns').where({ id: campaign.id }).update({ prepare_cursor: leads[0].id });
    const [early] = (await recipientsOf(campaign.id)).map((r) => Number(r.id));
    expect(await s.campaignSender.sendOne(early), 'sent while preparing').to.equal('sent');
    await s.campaignSender.pause(user, campaign.id, actor(staff));
    expect(await s.campaignSender.start(campaign.id), 'the writing goes on while paused').to.equal(1);
    const paused = await campaignRow(campaign.id);
    expect([paused.state, paused.prepared_at instanceof Date]).to.deep.equal(['paused', true]);
    const late = (await recipientsOf(campaign.id)).map((r) => Number(r.id))[1];
    expect(await s.campaignSender.sendOne(late), 'nothing goes out while paused').to.equal('waiting');
    await s.campaignSender.resume(user, campaign.id, actor(staff));
    expect((await campaignRow(campaign.id)).state).to.equal('sending');
    expect(await s.campaignSender.sendOne(late)).to.equal('sent');
    expect((await campaignRow(campaign.id)).state).to.equal('sent');
    for (const lead of leads) expect(smtp.to(lead.email!), lead.email!).to.have.length(1);
  });

  it('resumed before all recipients were written, it goes back to writing them', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const tag = `pr${word(6)}`;
    const lead = await consentingLead(staff, tag);
    const campaign = await makeCampaign(staff, { audience: { tag } });
    await s.db('campaigns').where({ id: campaign.id }).update({ state: 'paused', run: 1, started_at: new Date() });
    await s.campaignSender.resume(user, campaign.id, actor(staff));
    expect((await campaignRow(campaign.id)).state).to.equal('preparing');
    expect(await s.campaignSender.start(campaign.id)).to.equal(1);
    const [r] = await recipientsOf(campaign.id);
    expect(await s.campaignSender.sendOne(Number(r.id))).to.equal('sent');
    expect(smtp.to(lead.email!)).to.have.length(1);
  });

  it('sends one message per address: of two unmerged leads sharing one, the second is skipped', async () => {
    const staff = await makeUser('staff');
    const tag = `du${word(6)}`;
    const first = await consentingLead(staff, tag);
    await consentingLead(staff, tag, { email: first.email! });
    const campaign = await makeCampaign(staff, { audience: { tag } });
    for (const id of await startCampaign(staff, campaign.id)) await s.campaignSender.sendOne(id);
    expect((await recipientsOf(campaign.id)).map((r) => r.reason ?? r.state)).to.deep.equal([
      'sent',
      'duplicate_address',
    ]);
    expect(smtp.to(first.email!)).to.have.length(1);
  });

  it('bounces and unsubscribes act on the address the message went to, though the lead changed it since', async () => {
    const staff = await makeUser('staff');
    const tag = `ad${word(6)}`;
    const lead = await consentingLead(staff, tag);
    const campaign = await makeCampaign(staff, { audience: { tag } });
    const [recipient] = await startCampaign(staff, campaign.id);
    expect(await s.campaignSender.sendOne(recipient)).to.equal('sent');
    const newer = `new.${word(8)}@example.test`;
    await s
      .db('leads')
      .where({ id: lead.id })
      .update({ email_enc: s.cipher.encrypt(newer), email_bidx: s.cipher.blindIndex(newer) });
    await s.mailEvents.apply(recipient, `evt-${word(8)}`, { type: 'bounce', bounceType: 'hard' });
    const suppressed = async (address: string) =>
      (
        await s
          .db('email_suppressions')
          .where({ email_bidx: s.cipher.blindIndex(address) })
          .first()
      )?.reason;
    expect(await suppressed(lead.email!)).to.equal('hard_bounce');
    expect(await suppressed(newer), 'the new address is not the one that bounced').to.equal(undefined);
  });

  it('stops when the owner no longer sends campaigns, and pauses when the settings lose the address', async () => {
    const staff = await makeUser('staff');
    const tag = `ro${word(6)}`;
    await consentingLead(staff, tag);
    const byRole = await makeCampaign(staff, { audience: { tag } });
    const [one] = await startCampaign(staff, byRole.id);
    await s.db('users').where({ id: staff.user.id }).update({ role: 'compliance' });
    expect(await s.campaignSender.sendOne(one)).to.equal('waiting');
    const stopped = await campaignRow(byRole.id);
    expect([stopped.state, stopped.state_reason]).to.deep.equal([
      'stopped',
      'Stopped: its owner’s role no longer sends campaigns.',
    ]);

    const other = await makeUser('staff');
    await consentingLead(other, tag);
    const bySettings = await makeCampaign(other, { audience: { tag } });
    const [two] = await startCampaign(other, bySettings.id);
    await s.db('campaign_settings').update({ postal_address: null });
    expect(await s.campaignSender.sendOne(two)).to.equal('waiting');
    const paused = await campaignRow(bySettings.id);
    expect([paused.state, paused.state_reason]).to.deep.equal([
      'paused',
      'Paused: the campaign settings lack the postal address or sending domain.',
    ]);
  });
});
