// Hostile input on every form: each form a signed-in admin, staff member or visitor is shown is posted back with
// control characters (NUL among them) in every field. None may answer 5xx, and control characters never reach
// the database (PostgreSQL refuses NUL in text; the portal removes them from every submitted value).
import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { app, makeUser, signIn, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { createViaForm, formBody, leadForm, loadStatuses, post, word } from '../support/leads';
import { configureSending, consentingLead, makeCampaign, startCampaign, tokens } from '../support/campaigns';

const HOSTILE = 'Ada\u0000 \u0001Love\u0007lace\u001b\u007f';
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

interface Form {
  action: string;
  fields: string[];
}
/** The POST forms of a page with the names of their fields (inputs, text areas, selects). */
function formsOf(html: string, page: string): Form[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)]
    .filter((m) => /method="post"/i.test(m[1]))
    .map((m) => ({
      action: /action="([^"]*)"/.exec(m[1])?.[1]?.replace(/&amp;/g, '&') || page,
      fields: [
        ...new Set([...m[2].matchAll(/<(?:input|textarea|select)\b[^>]*\bname="([^"]+)"/g)].map((f) => f[1])),
      ].filter((n) => n !== '_csrf'),
    }));
}

/** Posts every form of `page` with HOSTILE in every field; returns what each answered. */
async function postEveryForm(agent: Agent, page: string, skip: (action: string) => boolean = () => false) {
  const seen: { page: string; action: string; status: number }[] = [];
  const html = (await agent.get(page)).text;
  for (const form of formsOf(html, page).filter((f) => !skip(f.action))) {
    const body = Object.fromEntries(form.fields.map((name) => [name, HOSTILE]));
    const res = await post(agent, form.action, body, page);
    seen.push({ page, action: form.action, status: res.status });
    expect(res.status, `${page} → POST ${form.action}`).to.be.below(500);
    expect(res.text, `${page} → POST ${form.action}: no stack trace`).to.not.match(/\n\s+at \S+ \(/);
  }
  return seen;
}

describe('hostile input on every form', () => {
  let admin: TestUser;
  let staff: TestUser;
  let leadId: number;
  let otherId: number;
  let targetId: number;
  let campaignId: number;
  const tag = `hostile${word(6)}`;

  before(async () => {
    await loadStatuses();
    admin = await makeUser('admin');
    staff = await makeUser('staff');
    const agent = await signedInAgent(staff);
    leadId = await createViaForm(agent, { lastName: word() });
    otherId = await createViaForm(agent, { lastName: word() });
    targetId = (await makeUser('staff')).user.id;
    await configureSending();
    campaignId = (await makeCampaign(staff)).id;
    await consentingLead(staff, tag);
  });

  it("answers every staff member's form (lead, campaign and account pages) without a server error", async () => {
    const agent = await signedInAgent(staff);
    const pages = [
      '/',
      '/leads',
      '/leads/new',
      `/leads/${leadId}`,
      `/leads/${leadId}/edit`,
      `/leads/${leadId}/merge?other=${otherId}`,
      '/account/password',
      '/account/2fa/setup',
      '/campaigns/new',
      `/campaigns/${campaignId}`,
      `/campaigns/${campaignId}/edit`,
    ];
    const seen = [];
    // Signing out would end the walk; it has no fields to be hostile with.
    for (const page of pages) seen.push(...(await postEveryForm(agent, page, (action) => action === '/logout')));
    expect(
      seen.map((x) => x.action),
      'the forms were found',
    ).to.include.members([
      '/leads/new',
      `/leads/${leadId}/edit`,
      `/leads/${leadId}/consents`,
      '/leads/bulk',
      '/account/password',
      '/campaigns/new',
      `/campaigns/${campaignId}/test`,
      `/campaigns/${campaignId}/send`,
      `/campaigns/${campaignId}/edit`,
    ]);
    const row = await s.db('campaigns').where({ id: campaignId }).first();
    expect(row.state, 'a hostile "when" sends nothing').to.equal('draft');
  });

  it("answers every admin's form (users, teams, statuses, lead compliance) without a server error", async () => {
    const agent = await signedInAgent(admin);
    const pages = [
      '/admin/users/invite',
      `/admin/users/${targetId}`,
      '/admin/teams',
      '/admin/statuses',
      `/leads/${leadId}`,
      '/account/security',
      '/admin/campaign-settings',
    ];
    const seen = [];
    for (const page of pages) seen.push(...(await postEveryForm(agent, page, (action) => action === '/logout')));
    expect(seen.map((x) => x.action)).to.include.members([
      '/admin/users/invite',
      '/admin/teams',
      '/admin/statuses',
      `/leads/${leadId}/compliance`,
      `/admin/users/${targetId}/team`,
      '/admin/campaign-settings',
    ]);
    if ((await agent.get('/account/security')).status !== 200) await signIn(agent, admin);
  });

  it("answers a visitor's forms (sign-in, forgotten password, unsubscribe) without a server error", async () => {
    const agent = request.agent(app());
    const [recipient] = await startCampaign(staff, (await makeCampaign(staff, { audience: { tag } })).id);
    const unsubscribe = `/u/${tokens().make(recipient, 'unsubscribe')}`;
    for (const page of ['/login', '/password/forgot']) await postEveryForm(agent, page);
    // the unsubscribe page's form has no CSRF token (its signed link stands in for it)
    const page = await agent.get(unsubscribe);
    expect(page.text).to.contain('name="List-Unsubscribe"');
    const answer = await agent
      .post(unsubscribe)
      .type('form')
      .send(formBody({ 'List-Unsubscribe': HOSTILE }));
    expect(answer.status, 'POST /u/…').to.be.below(500);
    const res = await agent
      .post('/login')
      .type('form')
      .send(formBody({ email: HOSTILE, password: HOSTILE }));
    expect(res.status, 'no CSRF token: refused, not a crash').to.equal(403);
  });

  it('saves a lead whose names and notes held control characters, without them', async () => {
    const agent = await signedInAgent(staff);
    const last = word();
    const res = await post(
      agent,
      '/leads/new',
      {
        ...leadForm({
          firstName: 'Ad\u0000a',
          lastName: `${last}\u0007`,
          company: 'Acme\u0000 Ltd',
          notes: 'line one\r\nline\u0000 two',
        }),
        confirmDuplicate: '1',
      },
      '/leads/new',
    );
    expect(res.status).to.equal(302);
    const row = await s.db('leads').where({ last_name: last }).first();
    expect([row.first_name, row.company]).to.deep.equal(['Ada', 'Acme Ltd']);
    const lead = await s.leads.get(await s.users.get(staff.user.id), Number(row.id));
    expect(lead.notes).to.equal('line one\r\nline two');
  });

  it('answers query strings with control characters on the list and the audit log without a server error', async () => {
    const agent = await signedInAgent(admin);
    for (const q of [
      'q=%00',
      'lookup=%00%01',
      'tag=a%00b',
      'source=%00',
      'from=2026-01-01%00',
      'after=%00',
      'q=smith%00%07jones',
    ]) {
      const res = await agent.get(`/leads?${q}`);
      expect(res.status, `/leads?${q}`).to.be.below(500);
    }
    expect((await agent.get('/admin/audit?action=%00')).status).to.be.below(500);
  });

  it('keeps control characters out of every text column the forms wrote', async () => {
    const columns = [
      ['leads', 'first_name'],
      ['leads', 'last_name'],
      ['leads', 'company'],
      ['leads', 'source'],
      ['teams', 'name'],
      ['lead_statuses', 'label'],
      ['campaigns', 'name'],
      ['campaigns', 'body_md'],
      ['users', 'name'],
      ['lead_consents', 'method'],
      ['lead_history', 'new_value'],
    ] as const;
    for (const [table, column] of columns) {
      const rows: Record<string, string | null>[] = await s.db(table).select(column);
      expect(
        rows.filter((r) => CONTROL.test(r[column] ?? '')),
        `${table}.${column}`,
      ).to.deep.equal([]);
    }
  });
});
