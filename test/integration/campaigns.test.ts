// Campaign drafts through the real forms (CSRF on): compose with merge fields, errors beside fields with the
// values kept, the preview, and who may see and change a draft.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { createLead, fieldErrors, html, loadStatuses, post, today, word } from '../support/leads';
import { configureSending } from '../support/campaigns';

const draft = (over: Record<string, string> = {}) => ({
  name: `Spring ${word(6)}`,
  subject: 'News for {{company|your team}}',
  senderName: 'Sam Sender',
  body: 'Hello **{{firstName|there}}**,\n\n- new prices\n- new stock\n\n[Read more](https://valley.example/spring)',
  ...over,
});
const campaignIdFrom = (location: string | undefined) => {
  const m = /^\/campaigns\/(\d+)$/.exec(location ?? '');
  if (!m) throw new Error(`not a campaign address: ${location}`);
  return Number(m[1]);
};

describe('campaign drafts', () => {
  let owner: TestUser;
  let agent: Agent;
  before(async () => {
    owner = await makeUser('staff');
    agent = await signedInAgent(owner);
  });

  async function create(over: Record<string, string> = {}): Promise<number> {
    const res = await post(agent, '/campaigns/new', draft(over), '/campaigns/new');
    expect(res.status, JSON.stringify(fieldErrors(res.text))).to.equal(302);
    return campaignIdFrom(res.headers.location);
  }

  it('saves a draft and shows its preview: Markdown rendered, merge fields filled for the sample recipient', async () => {
    const name = `Launch ${word(6)}`;
    const id = await create({ name });
    const page = await agent.get(`/campaigns/${id}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('<span id="preview-subject">News for Analytical Engines Ltd</span>');
    expect(page.text).to.contain('Hello <strong>Ada</strong>').and.contain('<li>new prices</li>');
    expect(page.text).to.contain('<a href="https://valley.example/spring">Read more</a>');
    const list = await agent.get('/campaigns');
    expect(list.text).to.contain(html(name)).and.contain(`/campaigns/${id}`);
    const audit = await s.audit.find({ action: 'campaign.create' });
    expect(audit.map((a) => a.targetId)).to.include(String(id));
  });

  it('edits a draft, keeping it a draft, and audits the change', async () => {
    const id = await create();
    const page = await agent.get(`/campaigns/${id}/edit`);
    expect(page.text).to.contain('Save draft');
    const res = await post(
      agent,
      `/campaigns/${id}/edit`,
      draft({ subject: 'Changed for {{firstName}}' }),
      `/campaigns/${id}/edit`,
    );
    expect(res.status).to.equal(302);
    const row = await s.db('campaigns').where({ id }).first();
    expect([row.subject, row.state]).to.deep.equal(['Changed for {{firstName}}', 'draft']);
    expect((await s.audit.find({ action: 'campaign.update' })).map((a) => a.targetId)).to.include(String(id));
  });

  it('refuses bad drafts beside their fields, keeping what was typed, and saves nothing', async () => {
    const before = (await s.db('campaigns').count<{ count: string }[]>('* as count'))[0].count;
    const body = 'Dear {{email}},\n\n<script>alert(1)</script>';
    const res = await post(
      agent,
      '/campaigns/new',
      draft({ name: '', subject: 'Hi\r\nBcc: all@example.com', body }),
      '/campaigns/new',
    );
    expect(res.status).to.equal(400);
    const errors = fieldErrors(res.text);
    expect(errors.name).to.equal('Enter the campaign name.');
    expect(errors.subject).to.equal('The subject must be one line.');
    expect(errors.body).to.contain('Unknown merge field {{email}}');
    expect(res.text).to.contain(html(body)).and.not.contain('<script>alert');
    expect((await s.db('campaigns').count<{ count: string }[]>('* as count'))[0].count).to.equal(before);
  });

  it('refuses a 1 MB message beside its field, keeping it; a form over 2 MB gets the "too large" page', async () => {
    const body = `Hello {{firstName|there}} ${'x'.repeat(1024 * 1024)}`;
    const res = await post(agent, '/campaigns/new', draft({ body }), '/campaigns/new');
    expect(res.status).to.equal(400);
    expect(fieldErrors(res.text).body).to.equal('Use at most 50,000 characters.');
    expect(res.text, 'kept').to.contain(body);
    const huge = await post(agent, '/campaigns/new', draft({ body: 'x'.repeat(3 * 1024 * 1024) }), '/campaigns/new');
    expect(huge.status).to.equal(413);
    const other = await post(agent, '/leads/new', { notes: 'x'.repeat(1024 * 1024) }, '/leads/new');
    expect(other.status, 'other forms keep the general limit').to.equal(413);
  });

  it('refuses a bad send time beside the field, keeping what was typed; a good one schedules the campaign', async () => {
    await configureSending();
    const id = await create();
    const send = (form: Record<string, string>) => post(agent, `/campaigns/${id}/send`, form, `/campaigns/${id}`);
    for (const [form, field, message] of [
      [{ when: 'later', scheduledAt: '31/01/2027 09:30' }, 'scheduledAt', 'Enter a date and time (UTC) like'],
      [{ when: 'later', scheduledAt: '2027-02-30T09:30' }, 'scheduledAt', 'Enter a date and time (UTC) like'],
      [{ when: 'later', scheduledAt: '2020-01-31T09:30' }, 'scheduledAt', 'Choose a time in the future.'],
      [{ when: 'soonish\r\nBcc: x', scheduledAt: '' }, 'when', 'Choose when to send it'],
    ] as const) {
      const res = await send(form);
      expect(res.status, JSON.stringify(form)).to.equal(400);
      expect(fieldErrors(res.text)[field], JSON.stringify(form)).to.contain(message);
      if (form.scheduledAt) expect(res.text, 'kept').to.contain(`value="${html(form.scheduledAt)}"`);
    }
    expect((await s.db('campaigns').where({ id }).first()).state, 'still a draft').to.equal('draft');
    const at = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 86_400_000).toISOString().slice(0, 16);
    const res = await send({ when: 'later', scheduledAt: at });
    expect([res.status, res.headers.location]).to.deep.equal([302, `/campaigns/${id}`]);
    const page = await agent.get(`/campaigns/${id}`);
    expect(page.text)
      .to.contain('Campaign scheduled.')
      .and.contain(`${at.replace('T', ' ')} UTC`);
    const row = await s.db('campaigns').where({ id }).first();
    expect([row.state, row.scheduled_at.toISOString().slice(0, 16)]).to.deep.equal(['scheduled', at]);
  });

  it('shows a draft only to its owner, admins and compliance officers; only the owner and admins change it', async () => {
    const id = await create();
    const stranger = await signedInAgent(await makeUser('staff'));
    expect((await stranger.get(`/campaigns/${id}`)).status, 'another staff member').to.equal(404);
    expect((await stranger.get(`/campaigns/${id}/edit`)).status).to.equal(404);
    const refused = await post(stranger, `/campaigns/${id}/edit`, draft({ name: 'Hijacked' }), '/campaigns/new');
    expect(refused.status).to.equal(404);
    expect((await stranger.get('/campaigns')).text).to.not.contain(`/campaigns/${id}"`);

    const officer = await signedInAgent(await makeUser('compliance'));
    expect((await officer.get(`/campaigns/${id}`)).status, 'compliance reads').to.equal(200);
    expect((await officer.get(`/campaigns/${id}`)).text).to.not.contain('Edit draft');
    expect((await officer.get(`/campaigns/${id}/edit`)).status, 'compliance changes nothing').to.equal(403);

    const admin = await signedInAgent(await makeUser('admin'));
    expect((await admin.get(`/campaigns/${id}`)).text).to.contain('Edit draft');
    const edited = await post(
      admin,
      `/campaigns/${id}/edit`,
      draft({ name: 'Checked by admin' }),
      `/campaigns/${id}/edit`,
    );
    expect(edited.status).to.equal(302);
    expect((await s.db('campaigns').where({ id }).first()).name).to.equal('Checked by admin');
  });

  it('answers 404 for campaign addresses that are not numbers or do not exist', async () => {
    for (const p of ['/campaigns/abc', '/campaigns/0', '/campaigns/99999999', '/campaigns/1e3/edit']) {
      expect((await agent.get(p)).status, p).to.equal(404);
    }
  });
});

describe('campaign settings', () => {
  const form = (over: Record<string, string> = {}) => ({
    postalAddress: 'Valley Ltd\n1 Mill Lane\nLeeds LS1 4AB',
    sendingDomain: 'Mail.Valley.Example',
    capMessages: '3',
    capDays: '14',
    ratePerMinute: '1200',
    ...over,
  });

  it('says on the campaign pages that nothing can be sent until the address and domain are set', async () => {
    await s.db('campaign_settings').update({ postal_address: null, sending_domain: null });
    const staff = await signedInAgent(await makeUser('staff'));
    expect((await staff.get('/campaigns')).text).to.contain(
      'No campaign can be sent until an administrator sets the organisation’s postal address and the sending domain',
    );
  });

  it('lets an admin set the address, domain, cap and rate, normalised and audited; the notice goes', async () => {
    const admin = await signedInAgent(await makeUser('admin'));
    const page = await admin.get('/admin/campaign-settings');
    expect(page.status).to.equal(200);
    const stored = await s.db('campaign_settings').first();
    expect(page.text).to.contain(`value="${stored.cap_messages}"`).and.contain(`value="${stored.cap_days}"`);
    const defaults = await s
      .db('information_schema.columns')
      .select('column_name', 'column_default')
      .where({ table_name: 'campaign_settings' })
      .whereIn('column_name', ['cap_messages', 'cap_days']);
    expect(
      Object.fromEntries(defaults.map((d) => [d.column_name, d.column_default])),
      'the default cap: 2 in 7 days',
    ).to.deep.equal({ cap_messages: '2', cap_days: '7' });
    const res = await post(admin, '/admin/campaign-settings', form(), '/admin/campaign-settings');
    expect(res.status).to.equal(302);
    const row = await s.db('campaign_settings').first();
    expect([row.postal_address, row.sending_domain, row.cap_messages, row.cap_days, row.rate_per_minute]).to.deep.equal(
      ['Valley Ltd\n1 Mill Lane\nLeeds LS1 4AB', 'mail.valley.example', 3, 14, 1200],
    );
    const [entry] = await s.audit.find({ action: 'campaign.settings', limit: 1 });
    expect(entry.details).to.include({ sendingDomain: 'mail.valley.example', capMessages: 3, postalAddress: 'set' });
    expect((await admin.get('/campaigns')).text).to.not.contain('No campaign can be sent');
  });

  it('refuses bad settings beside their fields, keeping what was typed, and changes nothing', async () => {
    const admin = await signedInAgent(await makeUser('admin'));
    const before = await s.db('campaign_settings').first();
    const bad = form({
      sendingDomain: 'https://valley.example/',
      capMessages: '0',
      capDays: 'seven',
      ratePerMinute: '1e9',
      postalAddress: 'x'.repeat(501),
    });
    const res = await post(admin, '/admin/campaign-settings', bad, '/admin/campaign-settings');
    expect(res.status).to.equal(400);
    expect(fieldErrors(res.text)).to.deep.equal({
      postalAddress: 'Use at most 500 characters.',
      sendingDomain: 'Enter a domain name like mail.example.com (no @, no https://).',
      capMessages: 'Enter a whole number from 1 to 50.',
      capDays: 'Enter a whole number from 1 to 90.',
      ratePerMinute: 'Enter a whole number from 1 to 100,000.',
    });
    expect(res.text).to.contain('value="https://valley.example/"').and.contain('value="seven"');
    expect(await s.db('campaign_settings').first()).to.deep.equal(before);
  });
});

describe('campaign audience', () => {
  const consent = {
    consentMethod: 'web form',
    consentSource: 'https://valley.example/news',
    consentObtainedAt: today(),
    consentWording: 'Send me news',
  };
  const evidence = { method: 'e-mail', source: 'their reply', obtainedAt: new Date(), wording: 'Unsubscribe me' };

  it('counts the leads the audience matches inside the user’s scope, eligible or left out by reason', async () => {
    await loadStatuses();
    const staff = await makeUser('staff');
    const officer = await makeUser('compliance');
    const tag = `aud${word(6)}`;
    const granted = { tags: tag, emailConsent: 'granted', ...consent };
    await createLead(staff, granted); // eligible
    await createLead(staff, granted); // eligible
    await createLead(staff, { tags: tag }); // no consent
    await createLead(staff, { tags: tag, email: '' }); // no e-mail
    const withdrawn = await createLead(staff, granted);
    const user = await s.users.get(staff.user.id);
    await s.leadActions.recordConsent(
      user,
      withdrawn.id,
      { channel: 'email', status: 'withdrawn', evidence, reason: null },
      { userId: user.id },
    );
    const dnc = await createLead(staff, granted);
    await s.leadActions.setDoNotContact(await s.users.get(officer.user.id), dnc.id, true, 'asked by phone', {
      userId: officer.user.id,
    });
    await createLead(await makeUser('staff'), granted); // someone else's lead: outside the scope

    const agent = await signedInAgent(staff);
    const res = await post(
      agent,
      '/campaigns/new',
      draft({ audienceTag: tag.toUpperCase(), audienceFrom: today() }),
      '/campaigns/new',
    );
    expect(res.status, JSON.stringify(fieldErrors(res.text))).to.equal(302);
    const id = campaignIdFrom(res.headers.location);
    expect((await s.db('campaigns').where({ id }).first()).audience).to.deep.equal({ tag, createdFrom: today() });

    const page = await agent.get(`/campaigns/${id}`);
    expect(page.text)
      .to.contain(`Leads tagged ${tag}, created on or after ${today()}.`)
      .and.contain('Count the audience');
    const counted = (await agent.get(`/campaigns/${id}?count=1`)).text;
    const row = (label: string) => new RegExp(`<th scope="row">${label}</th><td>(\\d+)</td>`).exec(counted)?.[1];
    const excluded = (reason: string) => new RegExp(`data-excluded="${reason}">(\\d+)<`).exec(counted)?.[1];
    expect({
      matching: row('Match the audience'),
      eligible: /data-eligible>(\d+)</.exec(counted)?.[1],
      noEmail: excluded('no_email'),
      dnc: excluded('do_not_contact'),
      noConsent: excluded('no_consent'),
      withdrawn: excluded('withdrawn'),
      suppressed: excluded('suppressed'),
      overCap: excluded('over_cap'),
    }).to.deep.equal({
      matching: '6',
      eligible: '2',
      noEmail: '1',
      dnc: '1',
      noConsent: '1',
      withdrawn: '1',
      suppressed: '0',
      overCap: '0',
    });
  });

  it('refuses an audience with bad values beside their fields, keeping the draft as typed', async () => {
    const agent = await signedInAgent(await makeUser('staff'));
    const bad = draft({
      name: '',
      audienceStatus: 'abc',
      audienceFrom: '2026-02-30',
      audienceTo: '2026-01-01',
      audienceTag: 'x'.repeat(51),
    });
    const res = await post(agent, '/campaigns/new', bad, '/campaigns/new');
    expect(res.status).to.equal(400);
    expect(fieldErrors(res.text)).to.deep.include({
      name: 'Enter the campaign name.',
      audienceStatus: 'Choose from the list.',
      audienceFrom: 'Enter a date as YYYY-MM-DD.',
      audienceTag: 'Use at most 50 characters.',
    });
    expect(res.text).to.contain('value="2026-02-30"');
  });
});
