// Spam-pattern detection before a campaign sends, with real spamd: a spammy campaign is held with SpamAssassin's
// and our hits, malware attachments block, an ordinary newsletter passes; the compliance officers' decisions
// (release sends it, reject and ask-for-changes reach the sender, suspend ends sessions at once and stops
// campaigns, termination needs two officers), the case export's chain hashes, and spamd being down.
import { expect } from 'chai';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/platform/config';
import { hashEntry } from '../../src/platform/audit/service';
import { s, smtp, testServices } from '../support/setup';
import { csrfOf, makeUser, mailsTo, signedInAgent, type TestUser } from '../support/helpers';
import { loadStatuses, word } from '../support/leads';
import {
  configureSending,
  consentingLead,
  makeCampaign,
  problem,
  recipientsOf,
  sendPending,
} from '../support/campaigns';
import { SPAMMY, zipOf } from '../support/spam';

/** Past the block threshold on its score alone. */
const BLATANT = {
  subject: 'FREE money!!! 100% GUARANTEED winner',
  body: [
    'Dear friend,',
    'CLICK HERE to claim your FREE prize! 100% guaranteed, no risk, act now! Cheap viagra and cialis.',
    'Earn $$$ from home. Limited time offer!!!',
    '[https://www.paypal.com/login](http://192.0.2.7/login.php)',
    '[Claim now](https://bit.ly/3xYz)',
  ].join('\n\n'),
};
const MZ = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64)]);

async function campaignFor(owner: TestUser, over: Partial<Parameters<typeof makeCampaign>[1]> = {}) {
  const tag = `sp${word(6)}`;
  const lead = await consentingLead(owner, tag);
  const c = await makeCampaign(owner, { audience: { tag }, ...over });
  return { c, lead };
}

/** Schedules it now and runs its start job (the pre-send check first); the campaign row afterwards. */
async function start(owner: TestUser, id: number) {
  const user = await s.users.get(owner.user.id);
  await s.campaignSender.schedule(user, id, null, { userId: user.id });
  await s.campaignSender.start(id);
  return s.db('campaigns').where({ id }).first();
}
const rulesOf = (row: { scan: { hits: { rule: string; family: string }[] } }) => row.scan.hits.map((h) => h.rule);
const flagOf = (campaignId: number) =>
  s.db('compliance_flags').where({ campaign_id: campaignId }).orderBy('id', 'desc').first();
const officerUser = async (u: TestUser) => s.users.get(u.user.id);

describe('compliance: the pre-send check', () => {
  before(async () => {
    await loadStatuses();
    await configureSending();
  });

  it('holds a spammy campaign for review with SpamAssassin’s and our rules’ hits, and raises a flag', async () => {
    const staff = await makeUser('staff');
    const { c } = await campaignFor(staff, SPAMMY);
    const row = await start(staff, c.id);
    expect(row.state, JSON.stringify(row.scan)).to.equal('needs_review');
    expect(row.state_reason).to.match(/^Held for compliance review: /);
    const families = new Set(row.scan.hits.map((h: { family: string }) => h.family));
    expect([...families]).to.include.members(['spamassassin', 'hygiene']);
    expect(rulesOf(row)).to.include.members(['HYG_LINK_TEXT_MISMATCH', 'HYG_IP_LINK', 'HYG_URL_SHORTENER']);
    expect(
      rulesOf(row).some((r: string) => !r.startsWith('HYG_') && !r.startsWith('BEH_') && !r.startsWith('AUD_')),
    ).to.equal(true);
    const flag = await flagOf(c.id);
    expect([flag.state, flag.verdict, flag.user_id]).to.deep.equal(['open', 'review', staff.user.id]);
    expect(await recipientsOf(c.id)).to.have.length(0);
  });

  it('checks once when two start jobs race (the sweep’s and the schedule’s): one flag, held once', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const { c } = await campaignFor(staff, SPAMMY);
    await s.campaignSender.schedule(user, c.id, null, { userId: user.id });
    await Promise.all([s.campaignSender.start(c.id), s.campaignSender.start(c.id)]);
    const flags = await s.db('compliance_flags').where({ campaign_id: c.id });
    expect(flags.map((f) => f.state)).to.deep.equal(['open']);
    const audited = await s.audit.find({ action: 'campaign.needs_review' });
    expect(audited.filter((e) => e.targetId === String(c.id))).to.have.length(1);
  });

  it('takes an attachment through the form, refuses one over 5 MB beside the field, and none from the anonymous', async () => {
    const staff = await makeUser('staff');
    const { c } = await campaignFor(staff);
    const agent = await signedInAgent(staff);
    const page = await agent.get(`/campaigns/${c.id}`);
    const upload = (name: string, bytes: Buffer) =>
      agent.post(`/campaigns/${c.id}/attachments`).field('_csrf', csrfOf(page.text)).attach('file', bytes, name);
    const ok = await upload('prices.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect([ok.status, ok.headers.location]).to.deep.equal([302, `/campaigns/${c.id}`]);
    expect((await agent.get(`/campaigns/${c.id}`)).text).to.contain('prices.pdf');
    const big = await upload('big.pdf', Buffer.alloc(5 * 1024 * 1024 + 10));
    expect(big.status).to.equal(400);
    expect(big.text).to.contain('Attach files of at most 5 MB');
    const anonymous = await request(createApp(s))
      .post(`/campaigns/${c.id}/attachments`)
      .field('_csrf', 'x')
      .attach('file', Buffer.from('hello'), 'a.txt');
    expect(anonymous.status).to.equal(403);
    expect(await s.db('campaign_attachments').where({ campaign_id: c.id })).to.have.length(1);
  });

  it('lets a cancel wait for a check in progress, so what was checked is what starts', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const { c } = await campaignFor(staff);
    await s.campaignSender.schedule(user, c.id, null, { userId: user.id });
    const checking = await s.db.transaction();
    await s.stores.campaigns.campaigns.lockForPrepare(c.id, checking); // as beginOnce holds it while it checks
    let done = false;
    const cancel = s.campaignSender.cancel(user, c.id, { userId: user.id }).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(done, 'the cancel waits').to.equal(false);
    expect(await s.campaignSender.start(c.id), 'a second start job leaves at once').to.equal(0);
    await checking.commit();
    await cancel;
    expect((await s.db('campaigns').where({ id: c.id }).first()).state).to.equal('draft');
  });

  it('blocks a campaign with an .exe attached, and one with a .js inside a ZIP', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const files = [
      { filename: 'setup.exe', contentType: 'application/octet-stream', content: MZ },
      {
        filename: 'invoice.zip',
        contentType: 'application/zip',
        content: await zipOf({ 'invoice.js': 'WScript.Echo(1)' }),
      },
    ];
    const expected = ['MAL_BLOCKED_ATTACHMENT', 'MAL_BLOCKED_IN_ARCHIVE'];
    for (const [i, file] of files.entries()) {
      const { c } = await campaignFor(staff);
      await s.campaignAttachments.add(user, c.id, file, { userId: user.id });
      const row = await start(staff, c.id);
      expect(row.state).to.equal('blocked');
      expect(row.state_reason).to.match(/^Blocked before sending: /);
      expect(rulesOf(row)).to.include(expected[i]);
      expect((await flagOf(c.id)).state).to.equal('blocked');
    }
    const { c } = await campaignFor(staff, BLATANT);
    const row = await start(staff, c.id);
    expect([row.state, row.scan.verdict]).to.deep.equal(['blocked', 'block']);
    expect(row.scan.score).to.be.at.least(15);
  });

  it('passes an ordinary newsletter, stores the scan with it, and sends it with its attachment', async () => {
    const staff = await makeUser('staff');
    const user = await s.users.get(staff.user.id);
    const { c, lead } = await campaignFor(staff);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    await s.campaignAttachments.add(
      user,
      c.id,
      { filename: 'prices.pdf', contentType: 'application/pdf', content: pdf },
      { userId: user.id },
    );
    const row = await start(staff, c.id);
    expect(row.state).to.equal('sending');
    expect(row.scan.verdict).to.equal('pass');
    expect(row.scan.score).to.be.below(5);
    expect(await flagOf(c.id)).to.equal(undefined);
    await sendPending(c.id);
    const [m] = smtp.to(lead.email!);
    expect(m.attachments).to.deep.equal(['prices.pdf']);
  });

  it('leaves a campaign scheduled, saying why, while spamd does not answer; it starts once spamd answers', async () => {
    const down = testServices(
      loadConfig({
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        VAR_DIR: 'var/test',
        SPAMD_URL: 'spamd://127.0.0.1:1',
      }),
    );
    try {
      const staff = await makeUser('staff');
      const { c } = await campaignFor(staff);
      const user = await down.users.get(staff.user.id);
      await down.campaignSender.schedule(user, c.id, null, { userId: user.id });
      await down.campaignSender.start(c.id);
      const row = await s.db('campaigns').where({ id: c.id }).first();
      expect([row.state, row.state_reason]).to.deep.equal([
        'scheduled',
        'Content scan unavailable: the spam scanner (spamd) does not answer. It starts once the scan runs.',
      ]);
      expect(await recipientsOf(c.id)).to.have.length(0);
      await s.campaignSender.start(c.id);
      expect((await s.db('campaigns').where({ id: c.id }).first()).state).to.equal('sending');
    } finally {
      await down.close();
    }
  });
});

describe('compliance: decisions', () => {
  let officer: TestUser;
  let second: TestUser;
  before(async () => {
    await loadStatuses();
    await configureSending();
    officer = await makeUser('compliance', { twoFactor: true });
    second = await makeUser('compliance', { twoFactor: true });
  });

  async function held(staff: TestUser) {
    const { c, lead } = await campaignFor(staff, SPAMMY);
    expect((await start(staff, c.id)).state).to.equal('needs_review');
    return { c, lead, flag: await flagOf(c.id) };
  }
  const decide = async (flagId: number, action: string, reason: string, by = officer) =>
    s.complianceReview.decide(Number(flagId), action, reason, await officerUser(by), { userId: by.user.id });

  it('release sends the held campaign as it is', async () => {
    const staff = await makeUser('staff');
    const { c, lead, flag } = await held(staff);
    await decide(flag.id, 'release', 'A real promotion to opted-in customers; wording accepted.');
    const row = await s.db('campaigns').where({ id: c.id }).first();
    expect(row.state).to.equal('scheduled');
    expect(row.cleared_at).to.not.equal(null);
    await s.campaignSender.start(c.id);
    await sendPending(c.id);
    expect(smtp.to(lead.email!)).to.have.length(1);
    expect((await s.db('compliance_flags').where({ id: flag.id }).first()).state).to.equal('released');
    const audit = await s.db('audit_log').where({ action: 'compliance.release', target_id: String(flag.id) });
    expect(audit).to.have.length(1);
  });

  it('reject and ask-for-changes reach the sender: on the campaign and by e-mail; a reason is required', async () => {
    const staff = await makeUser('staff');
    const a = await held(staff);
    const errors = await decide(a.flag.id, 'reject', '   ').then(
      () => ({}),
      (err: { errors: Record<string, string> }) => err.errors,
    );
    expect(errors).to.have.property('reason');
    await decide(a.flag.id, 'reject', 'Phishing links to a bank login.');
    const rejected = await s.db('campaigns').where({ id: a.c.id }).first();
    expect([rejected.state, rejected.state_reason]).to.deep.equal([
      'rejected',
      'Rejected by a compliance officer: Phishing links to a bank login.',
    ]);
    const b = await held(staff);
    await decide(b.flag.id, 'request_changes', 'Remove the shortened link and the bank address.');
    const draft = await s.db('campaigns').where({ id: b.c.id }).first();
    expect([draft.state, draft.state_reason]).to.deep.equal([
      'draft',
      'Changes requested by a compliance officer: Remove the shortened link and the bank address.',
    ]);
    const mails = await mailsTo(staff.email);
    expect(mails.map((m) => m.subject)).to.include.members([
      `Your campaign “${a.c.name}” was rejected`,
      `Changes needed before “${b.c.name}” can be sent`,
    ]);
    // and in the sender's notification center, pointing at the campaign
    const notes = await s.db('notifications').where({ user_id: staff.user.id, kind: 'flag' }).orderBy('id');
    expect(notes.map((n: { title: string; url: string }) => [n.title, n.url])).to.deep.equal([
      [`Your campaign “${a.c.name}” was rejected`, `/campaigns/${a.c.id}`],
      [`Changes needed before “${b.c.name}” can be sent`, `/campaigns/${b.c.id}`],
    ]);
    // resubmitted: held again on the same flag, for the officer who asked
    const user = await s.users.get(staff.user.id);
    await s.campaigns.update(
      user,
      b.c.id,
      { ...b.c, subject: 'Our December news', body: 'Hello {{firstName|there}}, here is our news.' },
      { userId: user.id },
    );
    expect((await start(staff, b.c.id)).state).to.equal('needs_review');
    expect((await s.db('compliance_flags').where({ id: b.flag.id }).first()).state).to.equal('open');
  });

  it('suspend ends the sender’s sessions at once, refuses sign-in, and stops their scheduled campaign', async () => {
    const staff = await makeUser('staff');
    const agent = await signedInAgent(staff);
    expect((await agent.get('/leads')).status).to.equal(200);
    const { c } = await campaignFor(staff);
    const user = await s.users.get(staff.user.id);
    await s.campaignSender.schedule(user, c.id, new Date(Date.now() + 86_400_000), { userId: user.id });
    const { flag } = await held(staff);
    const officerAgent = await signedInAgent(officer);
    const page = await officerAgent.get(`/compliance/flags/${flag.id}`);
    expect(page.status).to.equal(200);
    const res = await officerAgent
      .post(`/compliance/users/${staff.user.id}/suspend`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), reason: 'Sent phishing to customers.', flagId: String(flag.id) });
    expect(res.status).to.equal(302);
    const after = await agent.get('/leads');
    expect([after.status, after.headers.location]).to.deep.equal([302, '/login']);
    const scheduled = await s.db('campaigns').where({ id: c.id }).first();
    expect([scheduled.state, scheduled.state_reason]).to.deep.equal([
      'stopped',
      'Stopped: its owner’s account was suspended by compliance.',
    ]);
    expect((await s.auth.checkPassword(staff.email, staff.password, { userId: null })).status).to.equal('invalid');
    // an administrator cannot undo it by deactivating and reactivating the account
    const admin = await makeUser('admin');
    for (const change of [
      () => s.users.deactivate(staff.user.id, { userId: admin.user.id }),
      () => s.users.reactivate(staff.user.id, { userId: admin.user.id }),
    ])
      expect(await problem(change())).to.have.property('user');
    expect((await s.users.get(staff.user.id)).status).to.equal('suspended');
  });

  it('closes the flag of a campaign its sender took back to draft; a waiting one cannot be closed', async () => {
    const staff = await makeUser('staff');
    const { c, flag } = await held(staff);
    expect(await problem(decide(flag.id, 'close', 'Looked into.'))).to.have.property('action');
    const user = await s.users.get(staff.user.id);
    await s.campaignSender.cancel(user, c.id, { userId: user.id });
    await decide(flag.id, 'close', 'The sender took it back.');
    expect((await flagOf(c.id)).state).to.equal('closed');
  });

  it('termination needs a second officer: the first cannot confirm their own request; the user is told', async () => {
    const staff = await makeUser('staff');
    const { flag } = await held(staff);
    const first = await officerUser(officer);
    await s.complianceReview.requestTermination(staff.user.id, 'Repeated phishing.', Number(flag.id), first, {
      userId: first.id,
    });
    expect((await s.users.get(staff.user.id)).status).to.equal('active');
    const [pending] = (await s.complianceReview.pendingTerminations()).filter((t) => t.userId === staff.user.id);
    const own = await s.complianceReview.confirmTermination(pending.id, first, { userId: first.id }).then(
      () => ({}),
      (err: { errors: Record<string, string> }) => err.errors,
    );
    expect(own).to.deep.equal({ confirm: 'A second compliance officer must confirm a termination you asked for.' });
    const other = await officerUser(second);
    await s.complianceReview.confirmTermination(pending.id, other, { userId: other.id });
    expect((await s.users.get(staff.user.id)).status).to.equal('terminated');
    const mails = await mailsTo(staff.email);
    expect(mails.map((m) => m.subject)).to.include('Your Valley CRM account was terminated');
  });

  it('exports the case with its audit entries, whose chain hashes verify', async () => {
    const staff = await makeUser('staff');
    const { flag } = await held(staff);
    await decide(flag.id, 'request_changes', 'Take out the links.');
    const agent = await signedInAgent(officer);
    const res = await agent.get(`/compliance/flags/${flag.id}/case.json`);
    expect(res.status).to.equal(200);
    const bundle = JSON.parse(res.text);
    expect(bundle.chain.allVerify).to.equal(true);
    expect(bundle.decisions.map((d: { action: string }) => d.action)).to.deep.equal(['request_changes']);
    const actions = bundle.audit.map((e: { action: string }) => e.action);
    expect(actions).to.include.members([
      'campaign.create',
      'campaign.schedule',
      'campaign.needs_review',
      'compliance.request_changes',
    ]);
    for (const e of bundle.audit) expect(hashEntry({ ...e, at: new Date(e.at) }), `audit #${e.id}`).to.equal(e.hash);
    const printable = await agent.get(`/compliance/flags/${flag.id}/case`);
    expect(printable.text).to.contain('every hash verifies');
  });

  it('shows the queue with its chart and the flag page to officers; staff never reach /compliance/…', async () => {
    const staff = await makeUser('staff');
    const { flag } = await held(staff);
    const agent = await signedInAgent(officer);
    const queue = await agent.get('/compliance/flags?state=open&family=hygiene');
    expect(queue.status).to.equal(200);
    expect(queue.text).to.contain(`data-flag="${flag.id}"`);
    expect(queue.text).to.contain('id="flags-chart"');
    const page = await agent.get(`/compliance/flags/${flag.id}`);
    expect(page.text).to.contain('HYG_LINK_TEXT_MISMATCH');
    expect(page.text).to.contain('As the recipients see it');
    const staffAgent = await signedInAgent(staff);
    for (const path of ['/compliance/flags', `/compliance/flags/${flag.id}`, `/compliance/flags/${flag.id}/case.json`])
      expect((await staffAgent.get(path)).status, path).to.equal(403);
    const own = await staffAgent.get(`/campaigns/${flag.campaign_id}`);
    expect(own.text).to.contain('What to change');
    expect(own.text).not.to.contain('/compliance/flags');
  });

  it('refuses a decision on another kind of flag, and an unknown action, beside the field', async () => {
    const staff = await makeUser('staff');
    const { flag } = await held(staff);
    const agent = await signedInAgent(officer);
    const page = await agent.get(`/compliance/flags/${flag.id}`);
    const res = await agent
      .post(`/compliance/flags/${flag.id}/decide`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), action: 'close', reason: 'x\u0000'.repeat(3) });
    expect(res.status).to.equal(400);
    expect(res.text).to.contain('A campaign’s flag is released, rejected or sent back.');
    const huge = await agent
      .post(`/compliance/flags/${flag.id}/decide`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), action: 'release', reason: 'a'.repeat(5000) });
    expect(huge.status).to.equal(400);
    expect(huge.text).to.contain('Use at most 2000 characters.');
    expect(huge.text, 'the reason is kept').to.contain('a'.repeat(2100));
    // wrong types: two actions at once, a reason given as a list
    const twice = await agent
      .post(`/compliance/flags/${flag.id}/decide`)
      .type('form')
      .send(`_csrf=${encodeURIComponent(csrfOf(page.text))}&action=release&action=reject&reason=a&reason=b`);
    expect(twice.status).to.equal(400);
    expect(twice.text).to.contain('Choose a decision.');
    expect((await s.db('compliance_flags').where({ id: flag.id }).first()).state).to.equal('open');
    // the queue shrugs off nonsense filters
    for (const q of ['state=bogus&family=nope&age=abc', 'state[]=open&user=%00', `age=${'9'.repeat(400)}`]) {
      const list = await agent.get(`/compliance/flags?${q}`);
      expect(list.status, q).to.equal(200);
    }
    expect((await agent.get('/compliance/flags/abc')).status).to.equal(404);
  });
});

describe('compliance: the app answers without a second-factor officer too', () => {
  it('keeps /compliance/… closed to the anonymous', async () => {
    const res = await request(createApp(s)).get('/compliance/flags');
    expect(res.status).to.equal(302);
  });
});
