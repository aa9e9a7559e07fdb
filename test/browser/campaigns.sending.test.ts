// Sending a campaign in a real browser, with a real worker (in this process) delivering to the SMTP server on
// loopback: compose with a merge field, count the audience with the reasons leads are left out, preview as a
// recipient, send a test to oneself, send, watch the progress refresh by itself to 100%; then a recipient
// unsubscribes from the link in their message (no cookie), and the withdrawal shows in the lead's history.
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWorkers } from '../../workers/index';
import { makeUser, waitFor, type TestUser } from '../support/helpers';
import { s, smtp } from '../support/setup';
import { configureSending, consentingLead } from '../support/campaigns';
import { createLead, loadStatuses, word } from '../support/leads';
import {
  clickAndLoad,
  expectClean,
  pathOf,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';

describe('sending a campaign in a real browser', function () {
  this.timeout(90_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let problems: Problems;
  let staff: TestUser;
  let worker: Awaited<ReturnType<typeof startWorkers>>;
  const tag = `spring${word(6)}`;
  const people: { id: number; firstName: string; email: string }[] = [];

  before(async () => {
    await loadStatuses();
    // a slow rate, so the progress is seen moving: two recipients a second
    await configureSending({ ratePerMinute: 120 });
    staff = await makeUser('staff', { twoFactor: false });
    for (const firstName of ['Grace', 'Alan']) {
      const lead = await consentingLead(staff, tag, { firstName });
      people.push({ id: lead.id, firstName, email: lead.email! });
    }
    await createLead(staff, { tags: tag }); // no marketing e-mail consent
    await createLead(staff, { tags: tag, email: '' }); // no address to send to
    // campaigns the integration tier left unfinished in this database would share the worker and the rate
    await s
      .db('campaigns')
      .whereIn('state', ['scheduled', 'preparing', 'sending', 'paused'])
      .update({ state: 'stopped' });
    worker = await startWorkers(s);
    const started = await startAppAndBrowser();
    ({ base, browser, stop } = started);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    ({ page, problems } = await watchedPage(context));
    await signInThroughForm(page, base, staff.email, staff.password);
  });
  after(async () => {
    await context?.close();
    await stop?.();
    await worker?.close();
  });
  afterEach(() => expectClean(problems, 'campaign sending'));

  const counted = (label: string) =>
    page.getByRole('table', { name: 'Leads in the audience' }).getByRole('row', { name: label }).locator('td');

  it('composes, counts, previews, tests and sends; the progress reaches 100% by itself', async () => {
    await page.goto(`${base}/campaigns/new`);
    const name = `Spring ${word(6)}`;
    await page.getByLabel('Campaign name', { exact: true }).fill(name);
    await page.getByLabel('Subject', { exact: true }).fill('Spring prices for {{firstName|you}}');
    await page.getByLabel('Tag', { exact: true }).fill(tag);
    await page.getByLabel('Message (Markdown)', { exact: true }).fill('Hello **{{firstName|there}}**,\n\nNew prices.');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Save draft', exact: true }))).to.equal(200);
    const campaignPath = pathOf(page);
    expect(campaignPath).to.match(/^\/campaigns\/\d+$/);

    await clickAndLoad(page.getByRole('link', { name: 'Count the audience', exact: true }));
    expect(await counted('Match the audience').innerText()).to.equal('4');
    expect(await counted('Eligible').innerText()).to.equal('2');
    expect(await counted('Left out: No marketing e-mail consent').innerText()).to.equal('1');
    expect(await counted('Left out: No e-mail address').innerText()).to.equal('1');

    // preview as the second recipient
    const as = page.getByLabel('Preview as', { exact: true });
    const options = await as.locator('option').allInnerTexts();
    const alan = options.findIndex((o) => o.includes('Alan'));
    expect(alan, `Alan among ${options.join(' / ')}`).to.be.at.least(0);
    await as.selectOption({ index: alan });
    await clickAndLoad(page.getByRole('button', { name: 'Show', exact: true }));
    const preview = page.getByRole('region', { name: 'Preview of the e-mail' });
    expect(await preview.innerText())
      .to.contain('Subject: Spring prices for Alan')
      .and.contain('Hello Alan,');

    await clickAndLoad(page.getByRole('button', { name: 'Send a test to me', exact: true }));
    expect(await page.getByRole('status').first().innerText()).to.contain('Test sent to your address.');
    const test = await waitFor(() => smtp.to(staff.email).find((m) => m.subject.includes('Spring prices')));
    expect(test.subject, 'a test, filled in as the first recipient').to.match(/Spring prices for (Grace|Alan)/);

    await clickAndLoad(page.getByRole('button', { name: 'Send campaign', exact: true }));
    expect(await page.getByRole('status').first().innerText()).to.contain('Sending started.');
    // the page refreshes itself (no reload by the test): the bar reaches 100% and the state becomes Sent
    const id = Number(campaignPath.split('/').pop());
    await page
      .locator('#campaign-state', { hasText: 'Sent' })
      .waitFor({ timeout: 60_000 })
      .catch(async (err: Error) => {
        const states = await s.db('campaign_recipients').where({ campaign_id: id }).select('state', 'reason');
        const campaign = await s.db('campaigns').where({ id }).first('state', 'state_reason', 'run');
        const jobs = await s.jobs.queue('campaigns').getJobCounts();
        throw new Error(`${err.message}\n${JSON.stringify({ campaign, states, jobs })}`);
      });
    expect(pathOf(page)).to.equal(campaignPath);
    const progress = page.getByRole('region', { name: 'Sending progress' });
    expect(await progress.locator('[data-percent]').innerText()).to.equal('100%');
    expect(await progress.locator('[data-count="sent"]').innerText()).to.equal('2');
    const chart = page.getByRole('img', { name: /^Sent 2, bounced 0/ });
    expect(await chart.count(), 'the outcomes chart').to.equal(1);
    const inked = await chart.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
    expect(inked, 'drawn by Chart.js: painted pixels').to.be.above(100);
    for (const p of people)
      expect(smtp.to(p.email).map((m) => m.subject)).to.deep.equal([`Spring prices for ${p.firstName}`]);
  });

  it("a recipient unsubscribes from their message's link, without a cookie, and it shows in the lead's history", async () => {
    const grace = people[0];
    const [mail] = smtp.to(grace.email);
    const link = /http:\/\/portal\.test(\/u\/[A-Za-z0-9._-]+)/.exec(mail.text)?.[1];
    expect(link, 'an unsubscribe link in the plain-text part').to.be.a('string');
    const recipient = await browser.newContext();
    try {
      const { page: theirs, problems: theirProblems } = await watchedPage(recipient);
      await theirs.goto(`${base}${link}`);
      expect(await theirs.getByRole('heading', { level: 1 }).innerText()).to.equal('Unsubscribe');
      await clickAndLoad(theirs.getByRole('button', { name: 'Unsubscribe', exact: true }));
      expect(await theirs.getByRole('status').innerText()).to.contain('You are unsubscribed.');
      expectClean(theirProblems, 'unsubscribe page');
    } finally {
      await recipient.close();
    }

    await page.goto(`${base}/leads/${grace.id}`);
    const history = page.getByRole('region', { name: 'History' });
    expect(await history.innerText()).to.match(/withdrawn \(unsubscribed[^)]*campaign #\d+\)/);
  });
});
