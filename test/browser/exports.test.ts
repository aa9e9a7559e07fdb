// A user's own data export in a real browser, with a real worker (in this process) building it: a staff user
// opens /account/export, asks for an export, watches its progress bar reach "Ready" by itself (the page polls),
// downloads the ZIP, and its leads.csv holds exactly their leads, decrypted.
import fs from 'node:fs';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWorkers } from '../../workers/index';
import { makeUser, type TestUser } from '../support/helpers';
import { s } from '../support/setup';
import { createLead, loadStatuses } from '../support/leads';
import { csvRows, unzip } from '../support/exports';
import {
  clickAndLoad,
  expectClean,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';
import type { Lead } from '../../src/features/leads';

describe('exporting one’s own data in a real browser', function () {
  this.timeout(90_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let problems: Problems;
  let staff: TestUser;
  let worker: Awaited<ReturnType<typeof startWorkers>>;
  const mine: Lead[] = [];

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff', { twoFactor: false });
    for (let i = 0; i < 12; i++) mine.push(await createLead(staff, {}));
    await createLead(await makeUser('staff'), {}); // someone else's
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
  afterEach(() => expectClean(problems, 'data export'));

  it('asks for an export, sees its progress reach ready, and downloads a ZIP of exactly their leads', async () => {
    await page.goto(`${base}/account/export`);
    expect(await page.locator('#no-exports').innerText()).to.include('not exported');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Export my data' }))).to.equal(200);
    expect(await page.locator('.flash').innerText()).to.include('being prepared');
    const row = page.locator('#exports tbody tr').first();
    // the page follows the build by itself and shows the link once the file is ready
    const link = row.getByRole('link', { name: 'Download ZIP' });
    await link.waitFor({ timeout: 30_000 });
    expect(await row.locator('progress').getAttribute('value')).to.equal('100');
    expect(await row.innerText()).to.include('Ready to download');
    expect(await row.innerText()).to.include('12 leads');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).to.match(/^valley-export-\d{4}-\d{2}-\d{2}-\d+\.zip$/);
    const files = await unzip(fs.readFileSync(await download.path()));
    const leads = csvRows(files.get('leads.csv')!);
    expect(leads.map((l) => Number(l.id))).to.have.members(mine.map((l) => l.id));
    for (const l of mine) expect(leads.find((r) => Number(r.id) === l.id)).to.include({ email: l.email! });
  });
});
