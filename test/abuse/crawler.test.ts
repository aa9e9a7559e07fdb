// The crawler: signed in as a staff member, a compliance officer and an admin, it walks every page it can reach
// from the home page and sends every form it finds with hostile values (markup, SQL, control characters, a 1 MB
// value, invalid UTF-8, arrays and objects, nothing at all), with the form's CSRF token and then with a forged one
// and with none. No answer may be a 5xx, no payload may come back unescaped, a bad token is a 403 that changes
// nothing, and another staff member's leads, campaigns and imports stay theirs whatever id is put in a URL.
// (hostile-input.test.ts posts control characters to a fixed list of pages and checks the columns they reach;
// uploads.test.ts sends hostile files and webhook bodies.)
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, type TestUser } from '../support/helpers';
import { createLead, loadStatuses, word } from '../support/leads';
import { configureSending, makeCampaign } from '../support/campaigns';
import { csv, row, uploadDirect } from '../support/imports';
import { cancelAllWindows, scheduleWindow } from '../support/status';
import { requestFrom } from '../support/privacy';
import { Crawler, MAX_PAGES, probeForeign } from './crawl';

describe('crawler: every page and form of each role, with hostile input', function () {
  this.timeout(120_000);
  /** A second staff member, whose records the crawling staff member must never reach. */
  let owner: TestUser;
  const secret = `Zanzibar${word(8)}`;
  const foreign = { lead: 0, campaign: 0, import: 0 };
  let staff: Crawler | undefined;
  let incident = 0;
  let ownLead = 0;

  before(async () => {
    await loadStatuses();
    await configureSending();
    owner = await makeUser('staff');
    foreign.lead = (await createLead(owner, { lastName: secret, company: secret })).id;
    foreign.campaign = (await makeCampaign(owner, { name: secret, subject: secret })).id;
    foreign.import = (await uploadDirect(owner.user.id, csv([row({ 'Last name': secret })]))).id;
    // a window ahead, so that the admin's maintenance pages have one to show (cancelled after). The list shows the
    // latest first and the crawler opens one window of it: the windows earlier suites left (some on a clock moved to
    // 2032, some cancelled, without an edit form) are moved twenty years back, out of the list.
    await s.db('maintenance_windows').update({
      starts_at: s.db.raw("starts_at - interval '20 years'"),
      ends_at: s.db.raw("ends_at - interval '20 years'"),
    });
    await scheduleWindow(s, new Date(Date.now() + 30 * 86_400_000), 1, 'read_only', null, 'Crawled.');
    // for the admin's and the officer's pages of one record: an incident (admins only, resolved after), a draft of
    // the Terms (never published: see KEEP_OUT), a data subject's request
    const system = { userId: null };
    incident = await s.incidents.open(
      {
        title: 'Crawled',
        impact: 'minor',
        parts: ['leads'],
        roles: ['admin'],
        state: 'investigating',
        body: 'Looking.',
      },
      system,
    );
    await s.policyEditor.draft(
      { kind: 'terms', body: '# Draft\n\nText.', summary: 'Crawled.', material: false, effectiveAt: null },
      system,
    );
    await requestFrom(`${word()}@example.test`, { kind: 'access' });
  });
  after(async () => {
    await cancelAllWindows(s);
    await s.incidents.update(incident, 'resolved', 'Over.', { userId: null });
  });

  async function crawl(u: TestUser, seed: (u: TestUser) => Promise<unknown>) {
    await seed(u);
    const c = await new Crawler(u).run();
    await c.probeIds();
    await c.probeQueries();
    await c.revisit();
    expect(c.pages.length, 'pages walked').to.be.within(10, MAX_PAGES);
    // the hostile bodies got past the CSRF check (the crawler's tokens were good) and reached the controllers
    const sent = [...c.answers.values()].reduce((a, b) => a + b, 0);
    expect(c.answers.get(403) ?? 0, `refused of ${sent}`).to.be.below(sent * 0.2);
    expect(c.answers.get(400) ?? 0, 'refused beside the fields').to.be.above(sent * 0.3);
    return c;
  }

  it('walks a staff member’s pages and forms: no 5xx, nothing unescaped, bad tokens refused', async () => {
    staff = await crawl(await makeUser('staff'), async (u) => {
      ownLead = (await createLead(u, { lastName: `Own${word(6)}` })).id;
      await makeCampaign(u);
      // and one scheduled for next week (its page has the cancel form)
      const later = (await makeCampaign(u)).id;
      await s.campaignSender.schedule(u.user, later, new Date(Date.now() + 7 * 86_400_000), { userId: u.user.id });
      await uploadDirect(u.user.id, csv([row(), row()]));
    });
    expect([...staff.forms.keys()]).to.include.members([
      'post /leads/new',
      'post /leads/:id/edit',
      'post /leads/:id/consents',
      'post /campaigns/:id/edit',
      'post /campaigns/:id/cancel',
      'post /leads/import/:id/start',
      'get /leads',
    ]);
    staff.findings.expectNone('staff');
  });

  it("never gives a staff member another's lead, campaign or import, whatever id is in the URL", async () => {
    expect(staff, 'the staff crawl ran').to.not.equal(undefined);
    const row = () => s.db('leads').where({ id: foreign.lead }).first().then(JSON.stringify);
    const before = await row();
    const { findings, probed } = await probeForeign(staff!, foreign, secret, ownLead);
    expect(await row(), 'the other staff member’s lead is as it was').to.equal(before);
    expect(probed, 'URL patterns probed').to.be.at.least(5);
    findings.expectNone('foreign ids');
  });

  it('walks a compliance officer’s pages and forms the same way', async () => {
    // the staff crawl's forged tokens were many: the detector flags that crawler, so the officer has a flag to open
    const c = await crawl(await makeUser('compliance'), () => s.securityDetector.run());
    expect([...c.forms.keys()]).to.include.members([
      'post /leads/:id/compliance',
      'get /compliance/flags',
      'post /compliance/flags/:id/decide',
      'post /compliance/requests/:id/notes',
    ]);
    c.findings.expectNone('compliance');
  });

  it('walks an admin’s pages and forms the same way', async () => {
    const c = await crawl(await makeUser('admin'), () => Promise.resolve());
    expect([...c.forms.keys()]).to.include.members([
      'post /admin/users/invite',
      'post /admin/teams',
      'post /admin/maintenance/:id',
      'post /admin/campaign-settings',
      'get /admin/audit',
    ]);
    c.findings.expectNone('admin');
  });

  it('walks a visitor’s pages and forms (sign-in, forgotten password, status, policies)', async () => {
    const c = await new Crawler().run('/login');
    await c.revisit();
    expect([...c.forms.keys()]).to.include.members(['post /login', 'post /password/forgot']);
    c.findings.expectNone('visitor');
  });
});
