// A lead import in a real browser, with a real worker (in this process) running it: a staff user opens the import
// page from the lead list, uploads a CSV with bad rows, sees the first rows and the mapping pre-filled from the
// header, gives the lawful basis's evidence for the whole file, runs a dry run, imports, watches the progress bar
// finish by itself, downloads the rejected rows with their reasons, and undoes the import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWorkers } from '../../workers/index';
import { makeUser, type TestUser } from '../support/helpers';
import { s } from '../support/setup';
import { loadStatuses, today } from '../support/leads';
import { csv, row } from '../support/imports';
import {
  clickAndLoad,
  expectClean,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';

describe('importing leads from CSV in a real browser', function () {
  this.timeout(90_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let problems: Problems;
  let staff: TestUser;
  let worker: Awaited<ReturnType<typeof startWorkers>>;
  const file = path.join(os.tmpdir(), `valley-import-${process.pid}.csv`);

  before(async () => {
    await loadStatuses();
    staff = await makeUser('staff', { twoFactor: false });
    const rows = [row(), row({ 'Lawful basis': '' }), row(), row({ Email: 'broken' }), row()];
    fs.writeFileSync(file, csv(rows));
    worker = await startWorkers(s);
    ({ base, browser, stop } = await startAppAndBrowser());
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    ({ page, problems } = await watchedPage(context));
    await signInThroughForm(page, base, staff.email, staff.password);
  });
  after(async () => {
    fs.rmSync(file, { force: true });
    await context?.close();
    await stop?.();
    await worker?.close();
  });
  afterEach(() => expectClean(problems, 'lead import'));

  const owned = async () => Number((await s.db('leads').where({ owner_id: staff.user.id }).count('* as n'))[0].n);

  it('imports a CSV with bad rows, downloads the rejects and undoes the import', async () => {
    await page.goto(`${base}/leads`);
    expect(await clickAndLoad(page.getByRole('link', { name: 'Import from CSV' }))).to.equal(200);
    await page.getByLabel('CSV file').setInputFiles(file);
    expect(await clickAndLoad(page.getByRole('button', { name: 'Upload' }))).to.equal(200);
    expect(await page.locator('#import-summary').innerText()).to.include('5 rows');
    expect(await page.locator('#preview tbody tr').count()).to.equal(5);
    expect(await page.getByLabel('First name', { exact: true }).inputValue()).to.equal('0');
    const once = (label: string) => page.getByLabel(`${label}: one value for the file`, { exact: true });
    await once('Lawful basis: how obtained').fill('sign-up sheet');
    await once('Lawful basis: where obtained').fill('Stand at the 2026 fair');
    await once('Lawful basis: date obtained (YYYY-MM-DD)').fill(today());
    await once('Lawful basis: wording shown').fill('LIA-12');

    expect(await clickAndLoad(page.getByRole('button', { name: 'Dry run (write nothing)' }))).to.equal(200);
    // the worker does the dry run; the page follows it and shows the report by itself
    expect(await page.locator('#dry-run-totals').innerText({ timeout: 30_000 }))
      .to.include('Create: 3')
      .and.include('Reject: 2');
    expect(await owned()).to.equal(0);

    expect(await clickAndLoad(page.getByRole('button', { name: 'Import', exact: true }))).to.equal(200);
    const link = page.getByRole('link', { name: /Download the rejected rows/ });
    await link.waitFor({ timeout: 30_000 });
    expect(await page.locator('#import-progress').getAttribute('value')).to.equal('100');
    expect(await page.locator('#import-counts').innerText()).to.include('Create: 3');
    expect(await owned()).to.equal(3);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = parse<Record<string, string>>(fs.readFileSync(await download.path(), 'utf8'), {
      columns: true,
      bom: true,
    });
    expect(rows.map((r) => r.Reason)).to.have.length(2);
    expect(rows[0].Reason).to.match(/^No lawful basis/);
    expect(rows[1].Reason).to.match(/^E-mail/);

    expect(await clickAndLoad(page.getByRole('button', { name: 'Undo this import' }))).to.equal(200);
    expect(await page.locator('.flash').innerText()).to.include('being undone');
    // the worker undoes it; the page follows its progress and shows the outcome by itself
    await page.locator('#undone').waitFor({ timeout: 30_000 });
    expect(await owned()).to.equal(0);
  });
});
