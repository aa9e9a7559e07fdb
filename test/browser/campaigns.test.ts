// Composing a campaign draft in a real browser: the Campaigns menu, a merge field refused beside the message with
// everything typed kept, then saved, with the preview addressed to the sample recipient. By label and role.
import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { makeUser } from '../support/helpers';
import { s as services } from '../support/setup';
import { word } from '../support/leads';
import {
  checkLayout,
  clickAndLoad,
  descriptionOf,
  expectClean,
  pathOf,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';

describe('campaign drafts in a real browser', function () {
  this.timeout(60_000);
  let base: string;
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let problems: Problems;

  before(async () => {
    const started = await startAppAndBrowser();
    ({ base, stop } = started);
    context = await started.browser.newContext({ viewport: { width: 1280, height: 800 } });
    ({ page, problems } = await watchedPage(context));
    const u = await makeUser('staff', { twoFactor: false });
    await signInThroughForm(page, base, u.email, u.password);
  });
  after(async () => {
    await context?.close();
    await stop?.();
  });
  afterEach(() => expectClean(problems, 'campaigns'));

  it('composes a draft with a merge field, is told beside the message about an unknown one, and previews it', async () => {
    await clickAndLoad(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }),
    );
    expect(pathOf(page)).to.equal('/campaigns');
    await clickAndLoad(page.getByRole('link', { name: 'New campaign', exact: true }));
    const name = `Spring ${word(6)}`;
    await page.getByLabel('Campaign name', { exact: true }).fill(name);
    await page.getByLabel('Subject', { exact: true }).fill('Spring news for {{company|your team}}');
    await page.getByLabel('Tag', { exact: true }).fill('newsletter');
    const message = page.getByLabel('Message (Markdown)', { exact: true });
    await message.fill('Hello **{{firstName|there}}**, your {{discount}} awaits.');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Save draft', exact: true }))).to.equal(400);
    expect(await descriptionOf(message)).to.contain('Unknown merge field {{discount}}');
    expect(await page.getByLabel('Campaign name', { exact: true }).inputValue(), 'kept').to.equal(name);
    expect(await page.getByRole('alert').innerText()).to.contain('Unknown merge field');

    await message.fill('Hello **{{firstName|there}}**,\n\n- new prices\n- [our shop](https://valley.example/shop)');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Save draft', exact: true }))).to.equal(200);
    expect(pathOf(page)).to.match(/^\/campaigns\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).to.equal(name);
    const preview = page.getByRole('region', { name: 'Preview of the e-mail' });
    expect(await preview.innerText())
      .to.contain('Subject: Spring news for Analytical Engines Ltd')
      .and.contain('Hello Ada,');
    expect(await preview.locator('strong', { hasText: 'Ada' }).count()).to.equal(1);
    expect(await preview.getByRole('link', { name: 'our shop' }).getAttribute('href')).to.equal(
      'https://valley.example/shop',
    );
    await clickAndLoad(page.getByRole('link', { name: 'Count the audience', exact: true }));
    const counts = page.getByRole('table', { name: 'Leads in the audience' });
    expect(await counts.getByRole('row', { name: /^Match the audience/ }).innerText()).to.match(
      /Match the audience\s+\d+/,
    );
    await checkLayout(page, 'campaign', process.env.VALLEY_SHOTS);

    await clickAndLoad(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }),
    );
    expect(await page.getByRole('link', { name, exact: true }).count(), 'listed').to.equal(1);
  });
});

describe('campaign settings in a real browser', function () {
  this.timeout(60_000);
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let problems: Problems;

  before(async () => {
    const started = await startAppAndBrowser();
    stop = started.stop;
    context = await started.browser.newContext({ viewport: { width: 1280, height: 800 } });
    ({ page, problems } = await watchedPage(context));
    await services.db('campaign_settings').update({ postal_address: null, sending_domain: null });
    const admin = await makeUser('admin');
    await signInThroughForm(page, started.base, admin.email, admin.password, admin.totpSecret);
  });
  after(async () => {
    await context?.close();
    await stop?.();
  });
  afterEach(() => expectClean(problems, 'campaign settings'));

  it('an admin is told what is missing before sending, corrects a bad domain beside its field, and saves', async () => {
    await clickAndLoad(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }),
    );
    expect(await page.getByRole('status').first().innerText()).to.contain(
      'No campaign can be sent until an administrator sets',
    );
    await clickAndLoad(page.getByRole('link', { name: 'Campaign settings', exact: true }).first());
    expect(pathOf(page)).to.equal('/admin/campaign-settings');
    await page.getByLabel('Postal address of the organisation', { exact: true }).fill('Valley Ltd\n1 Mill Lane\nLeeds');
    const domain = page.getByLabel('Sending domain', { exact: true });
    await domain.fill('https://mail.valley.example');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Save settings', exact: true }))).to.equal(400);
    expect(await descriptionOf(domain)).to.contain('Enter a domain name like mail.example.com');
    expect(
      await page.getByLabel('Postal address of the organisation', { exact: true }).inputValue(),
      'kept',
    ).to.contain('1 Mill Lane');
    await domain.fill('mail.valley.example');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Save settings', exact: true }))).to.equal(200);
    expect(await page.getByRole('status').first().innerText()).to.contain('Campaign settings saved.');
    expect(await page.getByText('No campaign can be sent').count(), 'the notice is gone').to.equal(0);
    await checkLayout(page, 'campaign-settings', process.env.VALLEY_SHOTS);
  });
});
