// Announcements and the notification center in a real browser: an admin posts a significant announcement for
// staff; a staff user sees the unread count, reads it on "What's changed", marks everything read, and turns
// announcement e-mails off on the preferences page (which says why service notices cannot be).
import { expect } from 'chai';
import type { Browser, BrowserContext } from 'playwright-core';
import { makeUser, mailsTo, type TestUser } from '../support/helpers';
import { clockedServices } from '../support/status';
import { broadcastRound } from '../support/policies';
import { clickAndLoad, expectClean, pathOf, signedInPage, startAppAndBrowser } from '../support/browser';
import type { Services } from '../../src/services';

describe('announcements and notifications in a real browser', function () {
  this.timeout(90_000);
  let t: Services;
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let admin: TestUser;
  let staff: TestUser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    ({ t } = clockedServices(Date.now()));
    ({ base, browser, stop } = await startAppAndBrowser(t));
    admin = await makeUser('admin');
    staff = await makeUser('staff');
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await stop();
    await t.close();
  });
  const open = (u: TestUser) => signedInPage(browser, base, contexts, u);

  it('posts an announcement, shows it with the unread count, marks it read, and keeps the e-mail choice', async () => {
    const a = await open(admin);
    await a.page.goto(`${base}/admin/announcements`);
    await clickAndLoad(a.page.getByRole('button', { name: 'Post' }));
    expect(await a.page.locator('#title-error').innerText()).to.include('Give the announcement a title');
    await a.page.getByLabel('Title').fill('Imports are coming');
    await a.page.getByLabel('Text (Markdown)').fill('Next month you can **import CSV files**. [Read more](/changes)');
    await a.page.getByRole('checkbox', { name: 'staff' }).check();
    await a.page.getByLabel('Significant: e-mail it too').check();
    await clickAndLoad(a.page.getByRole('button', { name: 'Post' }));
    expect(await a.page.locator('#announcements').innerText()).to.include('Imports are coming');
    expectClean(a.problems, 'admin announcements');
    await broadcastRound(t);
    expect((await mailsTo(staff.email)).filter((m) => m.subject === 'Imports are coming')).to.have.length(1);

    const u = await open(staff);
    const before = Number((await u.page.locator('#unread-count').innerText()).replace(/\D/g, ''));
    expect(before).to.be.at.least(1);
    await clickAndLoad(u.page.getByRole('link', { name: "What's changed" }));
    const item = u.page.locator('article.announcement').first();
    expect(await item.locator('h2').innerText()).to.include('Imports are coming');
    expect(await item.locator('strong').innerText()).to.equal('import CSV files');
    await clickAndLoad(u.page.locator('#notifications-link'));
    expect(await u.page.locator('#notifications li.unread').first().innerText()).to.include('Imports are coming');
    await clickAndLoad(u.page.getByRole('button', { name: 'Mark all read' }));
    expect(await u.page.locator('#unread-count').count(), 'no unread count left').to.equal(0);
    expect(await u.page.locator('#notifications li.unread').count()).to.equal(0);

    await u.page.goto(`${base}/account/notifications`);
    expect(await u.page.locator('#service-notices').innerText()).to.include('always come by e-mail');
    await u.page.getByLabel('Service announcements').uncheck();
    await clickAndLoad(u.page.getByRole('button', { name: 'Save' }));
    expect(pathOf(u.page)).to.equal('/account/notifications');
    expect(await u.page.getByLabel('Service announcements').isChecked()).to.equal(false);
    expectClean(u.problems, 'staff notifications');
  });
});
