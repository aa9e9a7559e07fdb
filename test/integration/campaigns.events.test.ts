// After a campaign message is sent: one-click unsubscribe (POST with no cookie unsubscribes, GET does not, forged
// tokens are refused), the signed mail-events webhook (signature, window, idempotency, bad bodies), real DSN and
// ARF messages through `mail:inbound`, soft bounces in a row, and the auto-pause thresholds.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import { config, s, smtp } from '../support/setup';
import { app, makeUser, type TestUser } from '../support/helpers';
import { crm } from '../support/cli';
import { RecipientTokens } from '../../src/features/campaigns/tokens';
import { BadRequestError } from '../../src/platform/errors';
import { loadStatuses, word } from '../support/leads';
import {
  configureSending,
  consentingLead,
  makeCampaign,
  recipientsOf,
  sendPending,
  startCampaign,
  tokens,
} from '../support/campaigns';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'mail');
const REF = /r\d+\.[A-Za-z0-9_-]{10,64}/g;

/** A campaign sent to `n` fresh consenting leads of `owner` (all but the last `unsent`); its recipient rows. */
async function sentCampaign(owner: TestUser, n = 1, unsent = 0) {
  const tag = `ev${word(6)}`;
  const leads = [];
  for (let i = 0; i < n; i++) leads.push(await consentingLead(owner, tag));
  const campaign = await makeCampaign(owner, { audience: { tag } });
  const queued = await startCampaign(owner, campaign.id);
  if (unsent) for (const id of queued.slice(0, -unsent)) await s.campaignSender.sendOne(id);
  else await sendPending(campaign.id);
  const recipients = await recipientsOf(campaign.id);
  return { campaign, leads, recipients, ids: recipients.map((r) => Number(r.id)) };
}

const sign = (body: string, t = Math.floor(Date.now() / 1000), secret = config.mailWebhookSecret) =>
  `t=${t},v1=${crypto.createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
const postEvent = (body: string, signature = sign(body), type = 'application/json') =>
  request(app())
    .post('/webhooks/mail-events')
    .set('content-type', type)
    .set('x-valley-signature', signature)
    .send(body);
const event = (recipientId: number, over: Record<string, unknown>) =>
  JSON.stringify({
    id: `evt-${word(8)}`,
    messageId: `<${tokens().make(recipientId, 'bounce')}@mail.valley.test>`,
    ...over,
  });

const recipient = (id: number) => s.db('campaign_recipients').where({ id }).first();
const suppression = (leadId: number) => s.leadContact.suppressionOf(leadId);

describe('campaign unsubscribe and mail events', () => {
  let owner: TestUser;
  before(async () => {
    await loadStatuses();
    await configureSending({ capMessages: 1000 });
    owner = await makeUser('staff');
  });
  after(() => configureSending());

  it('unsubscribes on POST /u/TOKEN with no cookie or CSRF token; GET only shows the button', async () => {
    const { leads, ids, campaign } = await sentCampaign(owner);
    const sameAddress = await consentingLead(await makeUser('staff'), 'other', { email: leads[0].email! });
    const token = tokens().make(ids[0], 'unsubscribe');
    const page = await request(app()).get(`/u/${token}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('<button type="submit" class="primary">Unsubscribe</button>');
    expect(page.text).to.contain('no longer receive newsletters');
    expect((await recipient(ids[0])).state).to.equal('sent');
    expect(await suppression(leads[0].id)).to.equal(undefined);

    const res = await request(app()).post(`/u/${token}`).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).to.equal(200);
    expect(res.headers['set-cookie']).to.equal(undefined);
    expect((await recipient(ids[0])).state).to.equal('unsubscribed');
    expect(await suppression(leads[0].id)).to.equal('unsubscribed');
    for (const lead of [leads[0], sameAddress]) {
      const [latest] = await s.leads.consents(lead);
      expect([latest.channel, latest.status, latest.recordedBy]).to.deep.equal(['email', 'withdrawn', null]);
      const [line] = await s.leads.history(lead);
      expect([line.field, line.newValue]).to.deep.equal([
        'consent.email',
        `withdrawn (unsubscribed, campaign #${campaign.id})`,
      ]);
    }
    const again = await request(app()).post(`/u/${token}`).type('form').send('List-Unsubscribe=One-Click');
    expect(again.status).to.equal(200);
    expect(await s.leads.consents(leads[0])).to.have.length(2);
    const done = await request(app()).get(`/u/${token}`);
    expect(done.text).to.contain('You are unsubscribed');
  });

  it('unsubscribes by e-mail to the List-Unsubscribe mailto: address (read by mail:inbound), once', async () => {
    const { leads, campaign } = await sentCampaign(owner);
    const [mail] = smtp.to(leads[0].email!);
    const mailto = /<mailto:([^?>]+)\?subject=([^>]+)>/.exec(mail.headers.get('list-unsubscribe')!)!;
    const reply = [
      `From: ${leads[0].email}`,
      `To: ${mailto[1]}`,
      `Subject: ${decodeURIComponent(mailto[2])}`,
      'Message-ID: <reply-1@customer.example>',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Please take me off your list.',
      '',
    ].join('\r\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inbound-')), 'unsubscribe.eml');
    fs.writeFileSync(file, reply);
    const run = await crm(['mail:inbound', file]);
    expect([run.code, run.stdout.trim()], run.stderr).to.deep.equal([0, 'applied']);
    expect(await suppression(leads[0].id)).to.equal('unsubscribed');
    const [line] = await s.leads.history(leads[0]);
    expect(line.newValue).to.equal(`withdrawn (unsubscribed, campaign #${campaign.id})`);
    const forged = reply.replace(/unsubscribe r(\d+)\.\S+/, 'unsubscribe r$1.AAAAAAAAAAAAAAAAAAAAAA');
    fs.writeFileSync(file, forged);
    const refused = await crm(['mail:inbound', file]);
    expect([refused.code, refused.stderr.trim()]).to.deep.equal([
      1,
      'not applied: the request names no message we sent',
    ]);
  });

  it('refuses forged and altered tokens and changes nothing', async () => {
    const { ids } = await sentCampaign(owner);
    const good = tokens().make(ids[0], 'unsubscribe');
    const forged = [
      `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`,
      good.replace(`r${ids[0]}.`, `r${ids[0] + 1}.`),
      tokens().make(ids[0], 'bounce'),
      new RecipientTokens(Buffer.from('x'.repeat(40))).make(ids[0], 'unsubscribe'),
      'not-a-token',
    ];
    for (const token of forged) {
      expect((await request(app()).post(`/u/${token}`).send('List-Unsubscribe=One-Click')).status, token).to.equal(404);
      expect((await request(app()).get(`/u/${token}`)).text).to.contain('not valid');
    }
    expect((await recipient(ids[0])).state).to.equal('sent');
  });

  it('takes signed webhook events once each, refusing bad signatures, stale ones and bad bodies', async () => {
    const { ids, leads } = await sentCampaign(owner, 2);
    const body = event(ids[0], { type: 'bounce', bounceType: 'hard' });
    expect((await postEvent(body, sign(body, undefined, 'y'.repeat(40)))).status).to.equal(401);
    expect((await postEvent(body, sign(body, Math.floor(Date.now() / 1000) - 301))).status).to.equal(401);
    expect((await postEvent(body, 'nonsense')).status).to.equal(401);
    expect((await postEvent(`${body} `, sign(body))).status).to.equal(401);
    expect((await recipient(ids[0])).state).to.equal('sent');

    const first = await postEvent(body);
    expect([first.status, first.body]).to.deep.equal([200, { applied: true }]);
    const repeat = await postEvent(body);
    expect([repeat.status, repeat.body]).to.deep.equal([200, { applied: false }]);
    expect((await recipient(ids[0])).state).to.equal('bounced');
    expect(await suppression(leads[0].id)).to.equal('hard_bounce');

    for (const [bad, message] of [
      ['{"id": "x", ', 'the body is not JSON'],
      [event(ids[1], { type: 'opened' }), 'unknown event type'],
      [JSON.stringify({ type: 'complaint' }), 'an event needs an id and a messageId'],
      [JSON.stringify({ id: 'z', type: 'complaint', messageId: '<r1.AAAAAAAAAAAAAAAAAAAAAA@x>' }), 'names no message'],
    ]) {
      const res = await postEvent(bad);
      expect([res.status, res.body.error], bad).to.satisfy(
        ([status, error]: [number, string]) => status === 400 && error.includes(message),
      );
    }
    expect((await recipient(ids[1])).state).to.equal('sent');
  });

  it('reads real DSN and ARF messages with mail:inbound and suppresses the right address', async () => {
    const { ids, leads } = await sentCampaign(owner, 3);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbound-'));
    const sample = (name: string, recipientId: number) => {
      const file = path.join(dir, name);
      const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      fs.writeFileSync(file, text.replace(REF, tokens().make(recipientId, 'bounce')));
      return file;
    };
    const hard = await crm(['mail:inbound', sample('dsn-hard.eml', ids[0])]);
    expect([hard.code, hard.stdout.trim()], hard.stderr).to.deep.equal([0, 'applied']);
    expect(await s.mailEvents.inbound(fs.readFileSync(sample('dsn-hard-by-message-id.eml', ids[1])))).to.deep.equal({
      applied: true,
    });
    expect(await s.mailEvents.inbound(fs.readFileSync(sample('arf-abuse.eml', ids[2])))).to.deep.equal({
      applied: true,
    });
    expect((await crm(['mail:inbound', sample('arf-abuse.eml', ids[2])])).stdout).to.contain('already applied');

    expect((await Promise.all(ids.map(recipient))).map((r) => r.state)).to.deep.equal([
      'bounced',
      'bounced',
      'complained',
    ]);
    expect(await Promise.all(leads.map((l) => suppression(l.id)))).to.deep.equal([
      'hard_bounce',
      'hard_bounce',
      'complaint',
    ]);
    const [withdrawal] = await s.leads.consents(leads[2]);
    expect(withdrawal.status).to.equal('withdrawn');

    const notReport = await crm(['mail:inbound', path.join(FIXTURES, 'not-a-report.eml')]);
    expect([notReport.code, notReport.stderr.trim()]).to.deep.equal([
      1,
      'not applied: not a delivery status notification, abuse report or unsubscribe request',
    ]);
    const truncated = await s.mailEvents
      .inbound(fs.readFileSync(path.join(FIXTURES, 'truncated.eml')))
      .catch((e: Error) => e);
    expect(truncated).to.be.instanceOf(BadRequestError);
    const missing = await crm(['mail:inbound', path.join(dir, 'nope.eml')]);
    expect([missing.code, missing.stderr.trim()]).to.deep.equal([
      1,
      `cannot read ${path.join(dir, 'nope.eml')}: ENOENT`,
    ]);
  });

  it('takes a raw DSN through the webhook too, and suppresses after 3 soft bounces in a row', async () => {
    const { ids, leads } = await sentCampaign(owner, 1);
    const raw = fs
      .readFileSync(path.join(FIXTURES, 'dsn-soft-failed.eml'), 'utf8')
      .replace(REF, tokens().make(ids[0], 'bounce'));
    const res = await postEvent(raw, sign(raw), 'message/rfc822');
    expect([res.status, res.body]).to.deep.equal([200, { applied: true }]);
    expect((await recipient(ids[0])).soft_bounces).to.equal(1);
    for (let i = 0; i < 2; i++) {
      expect(await suppression(leads[0].id)).to.equal(undefined);
      await postEvent(event(ids[0], { type: 'bounce', bounceType: 'soft' }));
    }
    expect(await suppression(leads[0].id)).to.equal('soft_bounces');
    expect((await recipient(ids[0])).state).to.equal('sent');
  });

  it('pauses a campaign past 5% hard bounces after 100 messages; the sender’s next campaign needs review', async () => {
    const sender = await makeUser('staff');
    const officer = await makeUser('compliance');
    const { campaign, ids } = await sentCampaign(sender, 111, 1); // 110 sent, one still to go
    for (const id of ids.slice(0, 5)) await postEvent(event(id, { type: 'bounce', bounceType: 'hard' }));
    expect((await s.db('campaigns').where({ id: campaign.id }).first()).state).to.equal('sending');
    await postEvent(event(ids[5], { type: 'bounce', bounceType: 'hard' }));
    const paused = await s.db('campaigns').where({ id: campaign.id }).first();
    expect([paused.state, paused.state_reason]).to.deep.equal([
      'paused',
      'Paused by itself: hard bounces 5.5% of 110 messages (limit 5%).',
    ]);
    const told = await s
      .db('outbox')
      .where({ kind: 'campaign-paused' })
      .whereIn('to_address', [sender.user.email, officer.user.email]);
    expect(told.map((m) => m.to_address).sort()).to.deep.equal([sender.user.email, officer.user.email].sort());
    const user = await s.users.get(sender.user.id);
    const next = await makeCampaign(sender);
    expect(await s.campaignSender.schedule(user, next.id, null, { userId: user.id })).to.equal('scheduled');
    await s.campaignSender.start(next.id); // the pre-send check holds it for a compliance officer
    const held = await s.db('campaigns').where({ id: next.id }).first();
    expect(held.state).to.equal('needs_review');
    expect(held.scan.hits.map((h: { rule: string }) => h.rule)).to.include('BEH_UNDER_REVIEW');
    const flag = await s.db('compliance_flags').where({ campaign_id: next.id }).first();
    expect(flag.state).to.equal('open');
  });

  it('puts the sender under review past 0.3% complaints after 100 messages, even once the campaign is sent', async () => {
    const sender = await makeUser('staff');
    const { campaign, ids } = await sentCampaign(sender, 100);
    await s.campaignSweep.run(); // every recipient done: the campaign is sent before the complaint arrives
    await postEvent(event(ids[0], { type: 'complaint' }));
    const row = await s.db('campaigns').where({ id: campaign.id }).first();
    expect([row.state, row.state_reason]).to.deep.equal(['sent', null]);
    const review = await s.db('campaign_sender_reviews').where({ user_id: sender.user.id }).first();
    expect([Number(review.campaign_id), review.reason]).to.deep.equal([
      campaign.id,
      'complaints 1.0% of 100 messages (limit 0.3%)',
    ]);
    expect(await s.db('outbox').where({ kind: 'campaign-paused', to_address: sender.user.email })).to.have.length(1);
  });
});
