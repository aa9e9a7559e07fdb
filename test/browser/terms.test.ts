// A terms change in a real browser: an admin publishes a material change of the Terms; a staff user sees the
// notification and the interstitial, opens the diff, accepts; the acceptance shows on the compliance page with
// the hash of the text.
import { expect } from 'chai';
import type { Browser, BrowserContext } from 'playwright-core';
import { makeUser, type TestUser } from '../support/helpers';
import { clockedServices } from '../support/status';
import { broadcastRound, resetPolicies } from '../support/policies';
import { clickAndLoad, expectClean, pathOf, signedInPage, startAppAndBrowser } from '../support/browser';
import { sha256 } from '../../src/platform/crypto';
import type { Services } from '../../src/services';

describe('a terms change in a real browser', function () {
  this.timeout(90_000);
  let t: Services;
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let admin: TestUser;
  let staff: TestUser;
  let officer: TestUser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    ({ t } = clockedServices(Date.now()));
    ({ base, browser, stop } = await startAppAndBrowser(t));
    admin = await makeUser('admin');
    staff = await makeUser('staff');
    officer = await makeUser('compliance');
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await stop();
    await resetPolicies(t);
    await t.close();
  });

  const open = (u: TestUser) => signedInPage(browser, base, contexts, u);

  it('publishes a material change; a staff user reads the notice and the diff and accepts; compliance sees it', async () => {
    const a = await open(admin);
    await a.page.goto(`${base}/admin/terms`);
    const text = a.page.getByLabel('Text (Markdown)');
    const before = await text.inputValue();
    await text.fill(before.replace('strong passwords', 'long passphrases and a second factor'));
    await a.page
      .getByLabel('Plain summary of what changed')
      .fill('Passwords: we now ask for passphrases and two-factor sign-in.');
    await a.page.getByLabel(/A significant \(material\) change/).check();
    await clickAndLoad(a.page.getByRole('button', { name: 'Save the draft' }));
    expect(pathOf(a.page)).to.match(/^\/admin\/terms\/\d+$/);
    await clickAndLoad(a.page.getByRole('button', { name: 'Publish' }));
    // the admin is a user too: asked at once
    expect(await a.page.locator('#interstitial').count()).to.equal(1);
    await a.page.getByLabel(/I have read version \d+ of the Terms of Use/).check();
    await clickAndLoad(a.page.getByRole('button', { name: 'Accept and continue' }));
    expect(await a.page.locator('#version-state').innerText()).to.equal('Published');
    expectClean(a.problems, 'admin terms pages');
    await broadcastRound(t);

    const u = await open(staff);
    expect(await u.page.locator('#interstitial').count(), 'the interstitial').to.equal(1);
    expect(await u.page.locator('#interstitial-summary').innerText()).to.include('passphrases');
    expect(
      Number(
        await u.page
          .locator('#unread-count')
          .innerText()
          .then((s) => s.replace(/\D/g, '')),
      ),
    ).to.be.at.least(1);
    await clickAndLoad(u.page.locator('#notifications-link'));
    const notice = u.page.locator('#notifications li').filter({ hasText: /Terms of Use version \d+, in force now/ });
    expect(await notice.count()).to.equal(1);
    await clickAndLoad(notice.getByRole('button'));
    expect(pathOf(u.page)).to.match(/^\/terms\/versions\/\d+$/);
    expect(await u.page.locator('article.policy').innerText()).to.include('long passphrases');
    await u.page.goto(`${base}/leads`);
    await clickAndLoad(u.page.locator('#read-diff'));
    expect(pathOf(u.page)).to.match(/^\/terms\/compare\/\d+\/\d+$/);
    expect(await u.page.locator('#diff del').first().innerText()).to.include('strong');
    expect(await u.page.locator('#diff ins').first().innerText()).to.include('long');
    await u.page.goBack();
    await u.page.reload();
    await clickAndLoad(u.page.getByRole('button', { name: 'Accept and continue' }));
    expect(await u.page.locator('.field-error').innerText()).to.include('Tick "I accept"');
    await u.page.getByLabel(/I have read version \d+ of the Terms of Use/).check();
    await clickAndLoad(u.page.getByRole('button', { name: 'Accept and continue' }));
    expect(pathOf(u.page)).to.equal('/leads');
    expect(await u.page.locator('#interstitial').count()).to.equal(0);
    expectClean(u.problems, 'staff terms pages');

    const c = await open(officer);
    expect(await c.page.locator('#interstitial').count()).to.equal(1);
    await c.page.getByLabel(/I have read version \d+ of the Terms of Use/).check();
    await clickAndLoad(c.page.getByRole('button', { name: 'Accept and continue' }));
    await c.page.goto(`${base}/compliance/acceptance`);
    const current = (await t.policies.current('terms'))!;
    expect(await c.page.locator('#version-hash').innerText()).to.equal(sha256(current.body));
    const row = c.page.locator('#accepted tr').filter({ hasText: staff.email });
    expect(await row.innerText()).to.include('Ticked "I accept"');
    expect(await row.locator('code').getAttribute('title')).to.equal(current.textSha256);
    expect(await c.page.locator('#acceptance-chart').getAttribute('data-rendered')).to.equal('true');
    expectClean(c.problems, 'compliance acceptance page');
  });
});
