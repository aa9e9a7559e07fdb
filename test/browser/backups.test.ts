// Backups in a real browser with a worker running: an admin clicks "Back up now", watches the progress bar move
// while the worker dumps and verifies it, and sees the backup verified with its manifest, then on the list with
// the charts drawn.
import { expect } from 'chai';
import type { Browser, BrowserContext } from 'playwright-core';
import { s } from '../support/setup';
import { makeUser, type TestUser } from '../support/helpers';
import { clickAndLoad, expectClean, pathOf, signedInPage, startAppAndBrowser } from '../support/browser';
import { startWorkers } from '../../workers/index';

describe('backups in a real browser', function () {
  this.timeout(90_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let worker: Awaited<ReturnType<typeof startWorkers>>;
  let admin: TestUser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    await s.db('backups').whereIn('state', ['queued', 'running', 'verifying']).update({ state: 'failed' });
    await s.db('backups').whereNull('acknowledged_at').update({ acknowledged_at: new Date() });
    ({ base, browser, stop } = await startAppAndBrowser());
    worker = await startWorkers(s);
    admin = await makeUser('admin');
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await worker.close();
    await stop();
  });

  it('backs up on request, shows the progress, and the backup verified', async () => {
    const a = await signedInPage(browser, base, contexts, admin);
    await clickAndLoad(a.page.getByRole('link', { name: 'Backups' }));
    await clickAndLoad(a.page.getByRole('button', { name: 'Back up now' }));
    expect(pathOf(a.page)).to.match(/^\/admin\/backups\/\d+$/);
    // queued (or already running): the bar is there, and the page follows the backup by itself
    expect(await a.page.locator('#backup-progress progress').count()).to.equal(1);
    expect(await a.page.locator('[data-state-label]').innerText()).to.be.oneOf(['queued', 'running', 'verifying']);
    await a.page.locator('#backup-progress[data-state="verified"]').waitFor({ timeout: 60_000 });
    expect(await a.page.locator('[data-state-label]').innerText()).to.equal('verified');
    expect(await a.page.locator('#backup-progress progress').count(), 'no bar once verified').to.equal(0);
    expect(await a.page.locator('dl.facts').innerText()).to.match(/Verified[\s\S]*restored into a scratch database/);
    expect(await a.page.locator('#manifest-tables tbody tr').count()).to.be.greaterThan(10);
    await clickAndLoad(a.page.getByRole('link', { name: 'Backups', exact: true }).first());
    await a.page.locator('#size-chart[data-rendered="true"]').waitFor();
    expect(await a.page.locator('#backups tbody tr').first().getAttribute('data-state')).to.equal('verified');
    expectClean(a.problems, 'backups');
  });
});
