// Planned maintenance in a real browser, on a clock the test moves: an admin schedules a read-only window; a
// staff user sees the banner and dismisses it; when the clock reaches the window the staff user's edit gets
// the maintenance page (503) while the lead list still works; the admin ends it early and the edit works
// again; the public status page shows the window as completed.
import { expect } from 'chai';
import type { Browser, BrowserContext } from 'playwright-core';
import { makeUser, type TestUser } from '../support/helpers';
import { createLead, loadStatuses } from '../support/leads';
import { cancelAllWindows, clockedServices } from '../support/status';
import { clickAndLoad, expectClean, pathOf, signedInPage, startAppAndBrowser } from '../support/browser';
import type { Services } from '../../src/services';

describe('planned maintenance in a real browser', function () {
  this.timeout(90_000);
  const NOW = Date.UTC(2033, 0, 10, 9, 0);
  let t: Services;
  let time: ReturnType<typeof clockedServices>['time'];
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let admin: TestUser;
  let staff: TestUser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    await loadStatuses();
    ({ t, time } = clockedServices(NOW));
    ({ base, browser, stop } = await startAppAndBrowser(t));
    admin = await makeUser('admin');
    staff = await makeUser('staff');
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await stop();
    await cancelAllWindows(t);
    await t.close();
  });

  const open = (u: TestUser) => signedInPage(browser, base, contexts, u);

  it('announces, enforces and ends a read-only window', async () => {
    const lead = await createLead(staff);
    const a = await open(admin);
    await a.page.goto(`${base}/admin/maintenance`);
    await a.page.getByLabel('Starts (UTC)').fill('2033-01-10T12:00');
    await a.page.getByLabel('Ends (UTC)').fill('2033-01-10T14:00');
    await a.page.getByRole('radio', { name: /Read-only/ }).check();
    await a.page.getByLabel('Message to users (optional)').fill('Database upgrade: reading works, saving waits.');
    await clickAndLoad(a.page.getByRole('button', { name: 'Schedule' }));
    expect(pathOf(a.page)).to.match(/^\/admin\/maintenance\/\d+$/);
    const windowPage = a.page.url();
    // scheduled 3 h ahead: both reminders had passed, and the page says so
    expect(await a.page.locator('#notices tr[data-kind="reminder-72h"]').innerText()).to.match(/Skipped/);
    expect(await a.page.locator('#notices tr[data-kind="start"]').innerText()).to.match(/Waiting/);

    const u = await open(staff);
    const banner = u.page.locator('#maintenance-banner');
    expect(await banner.innerText())
      .to.match(/Planned maintenance/)
      .and.match(/Database upgrade/)
      .and.match(/Nothing can be saved/);
    await clickAndLoad(banner.getByRole('button', { name: 'Dismiss' }));
    expect(await banner.count(), 'dismissed').to.equal(0);

    time.set(Date.UTC(2033, 0, 10, 12, 30));
    await u.page.goto(`${base}/leads/${lead.id}/edit`);
    await u.page.getByLabel('Company').fill('Renamed During Maintenance Ltd');
    const status = await clickAndLoad(u.page.getByRole('button', { name: 'Save lead' }));
    expect(status).to.equal(503);
    expect(await u.page.locator('h1').innerText()).to.equal('Maintenance in progress');
    expect(await u.page.locator('#maintenance-until').innerText()).to.match(/read-only until/);
    await u.page.goto(`${base}/leads`);
    expect(await u.page.locator('h1').innerText()).to.match(/Leads/);

    await a.page.goto(windowPage);
    expect(await a.page.locator('#window-phase').innerText()).to.equal('In progress');
    await clickAndLoad(a.page.getByRole('button', { name: 'End it now' }));
    expect(await a.page.locator('#window-phase').innerText()).to.equal('Completed (ended early)');

    await u.page.goto(`${base}/leads/${lead.id}/edit`);
    await u.page.getByLabel('Company').fill('Renamed After Maintenance Ltd');
    expect(await clickAndLoad(u.page.getByRole('button', { name: 'Save lead' }))).to.be.below(400);
    expect(pathOf(u.page)).to.equal(`/leads/${lead.id}`);
    expect(await u.page.locator('body').innerText()).to.include('Renamed After Maintenance Ltd');

    await u.page.goto(`${base}/status`);
    expect(await u.page.locator('#overall').innerText()).to.match(/All systems operational|degraded/);
    expect(await u.page.locator('body').innerText()).to.match(/Completed \(ended early\): read-only/);
    expectClean(a.problems, 'admin');
    // the staff user's 503 page is the point of the test: the rest must be clean
    expect(u.problems.serverErrors.filter((e) => !e.startsWith('503 POST'))).to.deep.equal([]);
    expect(u.problems.cspViolations).to.deep.equal([]);
  });
});
