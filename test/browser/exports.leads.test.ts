// An export of the lead list in a real browser, with a real worker (in this process) building it: a staff user
// filters the list by a tag, chooses CSV and clicks Export, lands on /account/export, watches the progress bar
// reach "Ready" by itself, downloads leads-<date>.csv, and it holds exactly the filtered leads, decrypted.
import fs from 'node:fs';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWorkers } from '../../workers/index';
import { makeUser, type TestUser } from '../support/helpers';
import { s } from '../support/setup';
import { createLead, loadStatuses, word } from '../support/leads';
import { csvRows } from '../support/exports';
import {
  clickAndLoad,
  expectClean,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';
import type { Lead } from '../../src/features/leads';

describe('exporting the filtered lead list in a real browser', function () {
  this.timeout(90_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let problems: Problems;
  let staff: TestUser;
  let worker: Awaited<ReturnType<typeof startWorkers>>;
  const tagged: Lead[] = [];
  const tag = `b${word(8)}`;

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff', { twoFactor: false });
    for (let i = 0; i < 7; i++) tagged.push(await createLead(staff, { tags: tag }));
    for (let i = 0; i < 3; i++) await createLead(staff, { tags: 'elsewhere' });
    await createLead(await makeUser('staff'), { tags: tag }); // someone else's
    worker = await startWorkers(s);
    ({ base, browser, stop } = await startAppAndBrowser());
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    ({ page, problems } = await watchedPage(context));
    await signInThroughForm(page, base, staff.email, staff.password);
  });
  after(async () => {
    await context?.close();
    await stop?.();
    await worker?.close();
  });
  afterEach(() => expectClean(problems, 'lead list export'));

  it('exports the list as filtered to CSV, follows its progress and downloads exactly those leads', async () => {
    await page.goto(`${base}/leads`);
    await page.getByLabel('Tag', { exact: true }).fill(tag);
    expect(await clickAndLoad(page.getByRole('button', { name: 'Filter' }))).to.equal(200);
    expect(await page.locator('#lead-count').innerText()).to.include('7 leads');
    await page.getByLabel('Export these leads as').selectOption('csv');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Export', exact: true }))).to.equal(200);
    expect(page.url()).to.equal(`${base}/account/export`);
    expect(await page.locator('.flash').innerText()).to.include('lead list is being prepared');
    const row = page.locator('#exports tbody tr').first();
    const link = row.getByRole('link', { name: 'Download CSV' });
    await link.waitFor({ timeout: 30_000 });
    expect(await row.locator('progress').getAttribute('value')).to.equal('100');
    expect(await row.innerText())
      .to.include('Ready to download')
      .and.include('7 leads of the list');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).to.match(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRows(fs.readFileSync(await download.path(), 'utf8'));
    expect(rows.map((r) => Number(r.id))).to.have.members(tagged.map((l) => l.id));
    for (const l of tagged) expect(rows.find((r) => Number(r.id) === l.id)).to.include({ email: l.email! });
  });
});
