// Sending campaigns against real PostgreSQL, Redis and a loopback SMTP server: only eligible leads receive a
// message (each reason to leave one out), the check just before each message, the frequency cap across
// campaigns, merge fields, the headers of what arrives, pause and resume, a deactivated owner, scheduling.
import { expect } from 'chai';
import { s, smtp } from '../support/setup';
import { mailsTo, makeUser, type TestUser } from '../support/helpers';
import { loadStatuses, word } from '../support/leads';
import {
  POSTAL_ADDRESS,
  SENDING_DOMAIN,
  configureSending,
  consentingLead,
  makeCampaign,
  recipientsOf,
  sendPending,
  problem,
  startCampaign,
  tokens,
} from '../support/campaigns';

const actor = (u: TestUser) => ({ userId: u.user.id });
/** The lead's e-mail consent withdrawn, as its owner records a phone call or a reply. */
async function withdraw(owner: TestUser, leadId: number, method: string, source: string, wording: string) {
  const evidence = { method, source, obtainedAt: new Date(), wording };
  const record = { channel: 'email' as const, status: 'withdrawn' as const, evidence, reason: null };
  await s.leadActions.recordConsent(await s.users.get(owner.user.id), leadId, record, actor(owner));
}
const states = async (id: number) =>
  Object.fromEntries((await recipientsOf(id)).map((r) => [Number(r.lead_id), r.reason ?? r.state]));

describe('campaign sending', () => {
  before(async () => {
    await loadStatuses();
    await configureSending();
  });

  it('sends only to eligible leads; each lead left out is skipped with its reason, counted beforehand', async () => {
    const staff = await makeUser('staff');
    const officer = await s.users.get((await makeUser('compliance')).user.id);
    const user = await s.users.get(staff.user.id);
    const tag = `el${word(6)}`;
    const eligible = await consentingLead(staff, tag);
    await consentingLead(staff, tag, { email: '', emailConsent: '' });
    await consentingLead(staff, tag, { emailConsent: '' });
    const withdrawn = await consentingLead(staff, tag);
    await withdraw(staff, withdrawn.id, 'phone', 'call', 'Stop');
    const dnc = await consentingLead(staff, tag);
    await s.leadActions.setDoNotContact(officer, dnc.id, true, 'asked by phone', { userId: officer.id });
    const suppressed = await consentingLead(staff, tag);
    await s.db.transaction((trx) => s.leadContact.bounced(suppressed.id, 'hard', trx));
    const overCap = await consentingLead(staff, tag);
    const oldContact = await consentingLead(staff, tag);
    await s.db.transaction(async (trx) => {
      for (const ref of ['a', 'b'])
        await s.leadContact.recordMarketingEmail(overCap.id, `t-${ref}-${overCap.id}`, new Date(), trx);
      const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
      for (const ref of ['a', 'b'])
        await s.leadContact.recordMarketingEmail(oldContact.id, `t-${ref}-${oldContact.id}`, eightDaysAgo, trx);
    });
    await consentingLead(await makeUser('staff'), tag); // another user's lead: never in this audience

    const campaign = await makeCampaign(staff, { audience: { tag } });
    const counts = await s.campaigns.audienceCounts(user, campaign);
    expect(counts).to.deep.equal({
      matching: 8,
      eligible: 2,
      excluded: { no_email: 1, do_not_contact: 1, no_consent: 1, withdrawn: 1, suppressed: 1, over_cap: 1 },
    });

    await startCampaign(staff, campaign.id);
    await sendPending(campaign.id);
    // only the eligible are recipients; the others are counted per reason, as the page showed beforehand
    expect(await states(campaign.id)).to.deep.equal({ [eligible.id]: 'sent', [oldContact.id]: 'sent' });
    const progress = await s.campaigns.progress(campaign);
    expect(progress.skipped).to.deep.equal(counts.excluded);
    expect([progress.total, progress.byState.sent, progress.byState.skipped, progress.percent]).to.deep.equal([
      8, 2, 6, 100,
    ]);
    for (const lead of [eligible, oldContact]) expect(smtp.to(lead.email!)).to.have.length(1);
    for (const lead of [withdrawn, dnc, suppressed, overCap]) expect(smtp.to(lead.email!)).to.have.length(0);
    await s.campaignSweep.run();
    expect((await s.db('campaigns').where({ id: campaign.id }).first()).state).to.equal('sent');
    // its owner is told once, in the portal (e-mail about finished campaigns is off unless they choose it)
    const told = await s.db('notifications').where({ user_id: staff.user.id, kind: 'campaign' });
    expect(told.map((n: { url: string }) => n.url)).to.deep.equal([`/campaigns/${campaign.id}`]);
    expect((await mailsTo(staff.email)).filter((m) => m.subject.includes('finished sending'))).to.have.length(0);
  });

  it('honours a consent withdrawn after the recipients were written, just before the message', async () => {
    const staff = await makeUser('staff');
    const tag = `wd${word(6)}`;
    const keeps = await consentingLead(staff, tag);
    const changesMind = await consentingLead(staff, tag);
    const campaign = await makeCampaign(staff, { audience: { tag } });
    expect(await startCampaign(staff, campaign.id)).to.have.length(2);
    await withdraw(staff, changesMind.id, 'e-mail', 'reply', 'No more');
    await sendPending(campaign.id);
    expect(await states(campaign.id)).to.deep.equal({ [keeps.id]: 'sent', [changesMind.id]: 'withdrawn' });
    expect(smtp.to(changesMind.email!)).to.have.length(0);
  });

  it('caps marketing e-mail per lead across campaigns and users (2 in 7 days)', async () => {
    const staff = await makeUser('staff');
    const admin = await makeUser('admin', { twoFactor: true });
    const tag = `cap${word(6)}`;
    const lead = await consentingLead(staff, tag);
    const outcomes: string[] = [];
    for (const owner of [staff, admin, staff]) {
      const c = await makeCampaign(owner, { audience: { tag } });
      await startCampaign(owner, c.id);
      await sendPending(c.id);
      const left = Object.keys((await s.campaigns.progress(c)).skipped);
      outcomes.push((await states(c.id))[lead.id] ?? left.join());
    }
    expect(outcomes).to.deep.equal(['sent', 'sent', 'over_cap']);
    expect(smtp.to(lead.email!)).to.have.length(2);
  });

  it('fills merge fields, escapes HTML from the lead in the HTML part, skips a lead lacking a field', async () => {
    const staff = await makeUser('staff');
    const tag = `mf${word(6)}`;
    const html = await consentingLead(staff, tag, { company: '<b>Acme & Co</b>', firstName: 'Zoë' });
    const lacking = await consentingLead(staff, tag, { company: '' });
    const campaign = await makeCampaign(staff, {
      audience: { tag },
      subject: 'Offer for {{company}}',
      body: 'Hello {{firstName|there}} at **{{company}}**.',
    });
    await startCampaign(staff, campaign.id);
    await sendPending(campaign.id);
    expect(await states(campaign.id)).to.deep.equal({ [html.id]: 'sent', [lacking.id]: 'missing_merge_field' });
    const [m] = smtp.to(html.email!);
    expect(m.subject).to.equal('Offer for <b>Acme & Co</b>');
    expect(m.html).to.contain('Hello Zoë at <strong>&lt;b&gt;Acme &amp; Co&lt;/b&gt;</strong>.');
    expect(m.html).not.to.contain('<b>Acme');
    expect(m.text).to.contain('Hello Zoë at **<b>Acme & Co</b>**.');
  });

  it('gives every message the postal address, an unsubscribe link, RFC 8058 headers, Message-ID and return path', async () => {
    const staff = await makeUser('staff');
    const tag = `hd${word(6)}`;
    const lead = await consentingLead(staff, tag);
    const campaign = await makeCampaign(staff, { audience: { tag }, senderName: 'Sam "The" Sender' });
    await startCampaign(staff, campaign.id);
    await sendPending(campaign.id);
    const [r] = await recipientsOf(campaign.id);
    const [m] = smtp.to(lead.email!);
    const token = tokens().make(Number(r.id), 'unsubscribe');
    const ref = tokens().make(Number(r.id), 'bounce');
    const link = `http://portal.test/u/${token}`;
    expect(m.headers.get('list-unsubscribe')).to.equal(
      `<${link}>, <mailto:unsubscribe@${SENDING_DOMAIN}?subject=unsubscribe%20${token}>`,
    );
    expect(m.headers.get('list-unsubscribe-post')).to.equal('List-Unsubscribe=One-Click');
    expect(m.messageId).to.equal(`<${ref}@${SENDING_DOMAIN}>`);
    expect(m.envelopeFrom).to.equal(`bounce+${ref}@${SENDING_DOMAIN}`);
    expect(m.headers.get('from')).to.equal(`"Sam \\"The\\" Sender" <campaigns@${SENDING_DOMAIN}>`);
    expect(m.headers.get('reply-to')).to.equal(staff.user.email);
    for (const part of [m.text, m.html]) expect(part).to.contain(POSTAL_ADDRESS).and.contain(link);
    const outbox = await s.db('outbox').where({ id: r.outbox_id }).first();
    expect(outbox.kind).to.equal('campaign');
  });

  it('pauses and resumes: nothing is sent while paused, everything after', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const tag = `pr${word(6)}`;
    const leads = [await consentingLead(staff, tag), await consentingLead(staff, tag)];
    const campaign = await makeCampaign(staff, { audience: { tag } });
    const [first, second] = await startCampaign(staff, campaign.id);
    expect(await s.campaignSender.sendOne(first)).to.equal('sent');
    await s.campaignSender.pause(user, campaign.id, actor(staff));
    expect(await s.campaignSender.sendOne(second)).to.equal('waiting');
    expect(smtp.to(leads[1].email!)).to.have.length(0);
    await s.campaignSender.resume(user, campaign.id, actor(staff));
    expect(await s.campaignSender.sendOne(second)).to.equal('sent');
    expect(await s.campaignSender.sendOne(second)).to.equal('done');
    expect(smtp.to(leads[1].email!)).to.have.length(1);
  });

  it('after Redis lost the send jobs, the sweep re-enqueues the pending recipients from PostgreSQL; the last send marks it sent', async () => {
    const staff = await makeUser('staff');
    const tag = `sw${word(6)}`;
    await consentingLead(staff, tag);
    await consentingLead(staff, tag);
    const campaign = await makeCampaign(staff, { audience: { tag } });
    const [first, second] = await startCampaign(staff, campaign.id);
    expect(await s.campaignSender.sendOne(first)).to.equal('sent');
    const queue = s.jobs.queue('campaigns');
    expect(await queue.getJob(`send-${second}-1`), 'queued when the campaign started').to.not.equal(undefined);
    await s.redis.flushdb();
    const swept = await s.campaignSweep.run();
    expect(swept.requeued).to.be.at.least(1);
    const row = await s.db('campaigns').where({ id: campaign.id }).first();
    expect(await queue.getJob(`send-${second}-${row.run}`), 'the pending one again, under a new run').to.not.equal(
      undefined,
    );
    expect(await queue.getJob(`send-${first}-${row.run}`), 'not the one already sent').to.equal(undefined);
    expect(await s.campaignSender.sendOne(second)).to.equal('sent');
    const done = await s.db('campaigns').where({ id: campaign.id }).first();
    expect([done.state, done.finished_at instanceof Date]).to.deep.equal(['sent', true]);
  });

  it('stops a scheduled and a running campaign when the owner is deactivated, and says why', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const tag = `da${word(6)}`;
    const lead = await consentingLead(staff, tag);
    const running = await makeCampaign(staff, { audience: { tag } });
    const [recipient] = await startCampaign(staff, running.id);
    const later = await makeCampaign(staff, { audience: { tag } });
    const at = new Date(Date.now() + 3_600_000);
    expect(await s.campaignSender.schedule(user, later.id, at, actor(staff))).to.equal('scheduled');
    await s.users.deactivate(staff.user.id, { userId: null });
    expect(await s.campaignSender.sendOne(recipient)).to.equal('waiting');
    await s.db('campaigns').where({ id: later.id }).update({ scheduled_at: new Date() });
    await s.campaignSender.start(later.id);
    const rows = await s.db('campaigns').whereIn('id', [running.id, later.id]).orderBy('id');
    expect(rows.map((r) => [r.state, r.state_reason])).to.deep.equal([
      ['stopped', 'Stopped: its owner’s account is deactivated.'],
      ['stopped', 'Stopped: its owner’s account was deactivated before it started.'],
    ]);
    expect(smtp.to(lead.email!)).to.have.length(0);
  });

  it('schedules for a time in UTC, refuses one in the past, and starts it when due', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const campaign = await makeCampaign(staff, { audience: { tag: `sc${word(6)}` } });
    const past = new Date(Date.now() - 3_600_000);
    expect(await problem(s.campaignSender.schedule(user, campaign.id, past, actor(staff)))).to.deep.equal({
      scheduledAt: 'Choose a time in the future.',
    });
    const far = new Date('2099-01-31T09:30:00Z');
    expect(await problem(s.campaignSender.schedule(user, campaign.id, far, actor(staff)))).to.deep.equal({
      scheduledAt: 'Choose a time within a year.',
    });
    const soon = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000);
    await s.campaignSender.schedule(user, campaign.id, soon, actor(staff));
    const row = await s.db('campaigns').where({ id: campaign.id }).first();
    expect([row.state, row.scheduled_at.toISOString()]).to.deep.equal(['scheduled', soon.toISOString()]);
    expect(await s.stores.campaigns.campaigns.due(new Date())).not.to.include(campaign.id);
    expect(await s.stores.campaigns.campaigns.due(new Date(soon.getTime() + 1000))).to.include(campaign.id);
  });

  it('refuses to send while the postal address or sending domain is missing, saying so', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const campaign = await makeCampaign(staff);
    await configureSending({});
    await s.db('campaign_settings').update({ postal_address: null });
    try {
      expect(await problem(s.campaignSender.schedule(user, campaign.id, null, actor(staff)))).to.deep.equal({
        send: 'Campaigns cannot be sent until an administrator sets the organisation’s postal address in Campaign settings.',
      });
    } finally {
      await configureSending();
    }
    expect((await s.db('campaigns').where({ id: campaign.id }).first()).state).to.equal('draft');
  });
});
