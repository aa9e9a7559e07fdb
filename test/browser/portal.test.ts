// Real-browser tests: Debian's Chromium driven by playwright-core against the app on a loopback port.
// They check what supertest cannot: the forms work by label and role (accessible names), the CSP lets the
// portal's own script run and blocks everything else, and errors are shown beside the fields they concern.
// Set VALLEY_SHOTS=/some/dir to also save screenshots of the pages at 1280px and 390px wide.
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateSync } from 'otplib';
import { INVALID_LOGIN } from '../../src/features/accounts/auth';
import { s } from '../support/setup';
import { makeUser, PASSWORD, unique, type TestUser } from '../support/helpers';
import {
  checkLayout,
  descriptionOf,
  expectClean,
  pathOf,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';

const SHOTS = process.env.VALLEY_SHOTS;
const NEW_PASSWORD = 'quiet orchard lantern pebble meadow';

/** Asserts the field's error is visible, announced with it, and drawn right above it (not only in the summary). */
async function expectErrorBeside(page: Page, label: string, message: string | RegExp) {
  const input = page.getByLabel(label, { exact: true });
  expect(await input.getAttribute('aria-invalid'), `${label} aria-invalid`).to.equal('true');
  const description = await descriptionOf(input);
  if (typeof message === 'string') expect(description, `${label} description`).to.contain(message);
  else expect(description, `${label} description`).to.match(message);
  const errorId = ((await input.getAttribute('aria-describedby')) ?? '')
    .split(/\s+/)
    .find((id) => id.endsWith('-error'));
  expect(errorId, `${label} has an error element`).to.be.a('string');
  const error = page.locator(`[id="${errorId}"]`);
  expect(await error.isVisible(), `${label} error visible`).to.equal(true);
  const [e, i] = [await error.boundingBox(), await input.boundingBox()];
  expect(e && i, `${label} error and input are laid out`).to.not.equal(null);
  const gap = i!.y - (e!.y + e!.height);
  expect(gap, `${label} error sits just above its input`).to.be.within(-1, 40);
  expect(Math.abs(e!.x - i!.x), `${label} error is aligned with its input`).to.be.below(4);
}

describe('in a real browser', function () {
  this.timeout(60_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;

  before(async () => {
    ({ base, browser, stop } = await startAppAndBrowser());
  });

  after(async () => {
    await stop?.();
  });

  describe('a staff member', () => {
    let u: TestUser;
    let context: BrowserContext;
    let page: Page;
    let problems: Problems;
    let totpSecret: string;

    before(async () => {
      u = await makeUser('staff', { twoFactor: false });
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      ({ page, problems } = await watchedPage(context));
    });
    after(async () => {
      await context?.close();
    });
    afterEach(() => expectClean(problems, 'staff flow'));

    it('sees the sign-in error above the form fields, with the e-mail kept, and the error summary focused', async () => {
      const res = await page.goto(`${base}/login`);
      const csp = res!.headers()['content-security-policy'];
      expect(csp)
        .to.match(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
        .and.contain("style-src 'self'");

      await page.getByLabel('E-mail address', { exact: true }).fill(u.email);
      await page.getByLabel('Password', { exact: true }).fill('not the right password at all');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/login');
      expect(await page.getByLabel('E-mail address', { exact: true }).inputValue(), 'e-mail kept').to.equal(u.email);
      expect(await page.getByLabel('Password', { exact: true }).inputValue(), 'password never echoed').to.equal('');
      const formError = page.locator('form .field-error');
      expect((await formError.innerText()).trim()).to.equal(INVALID_LOGIN);
      const [e, email] = [
        await formError.boundingBox(),
        await page.getByLabel('E-mail address', { exact: true }).boundingBox(),
      ];
      expect(e!.y, 'error is drawn above the fields').to.be.below(email!.y);
      expect(
        await page.getByRole('alert').getByRole('link', { name: INVALID_LOGIN }).count(),
        'listed in the summary',
      ).to.equal(1);
      // public/js/app.js ran (its nonce passed the CSP): it moved focus to the error summary.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).to.equal(true);
    });

    it('shows "enter your password" beside an empty password field', async () => {
      await page.getByLabel('E-mail address', { exact: true }).fill(u.email);
      await page.getByLabel('Password', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForLoadState();
      await expectErrorBeside(page, 'Password', 'Enter your password.');
      expect(await page.getByLabel('E-mail address', { exact: true }).inputValue()).to.equal(u.email);
    });

    it('blocks a script injected into the page (the CSP is enforced, and violations are seen)', async () => {
      await page.goto(`${base}/login`);
      const ran = await page.evaluate(async () => {
        const el = document.createElement('script');
        el.textContent = 'window.__injected = true';
        document.body.append(el);
        await new Promise((r) => setTimeout(r, 50));
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran, 'inline script ran').to.equal(false);
      for (let i = 0; i < 50 && problems.cspViolations.length === 0; i++) await page.waitForTimeout(20);
      expect(problems.cspViolations.join('\n')).to.match(/script-src/);
      // That violation was provoked on purpose; Chromium also logs it to the console.
      problems.cspViolations.length = 0;
      problems.consoleErrors = problems.consoleErrors.filter((t) => !/Content Security Policy/i.test(t));
    });

    it('signs in through the form and reaches the dashboard', async () => {
      await signInThroughForm(page, base, u.email, PASSWORD);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).to.contain(u.user.name);
      await checkLayout(page, 'dashboard', SHOTS);
    });

    it('sets up two-factor sign-in from the Account page and sees 10 recovery codes', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/account/security');
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(
        await nav.getByRole('link', { name: 'Account', exact: true }).getAttribute('aria-current'),
        'current section marked',
      ).to.equal('page');
      expect(await nav.getByRole('link', { name: 'Dashboard', exact: true }).getAttribute('aria-current')).to.equal(
        null,
      );
      await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/account/2fa/setup');
      expect(await page.getByRole('img', { name: 'QR code for your authenticator app' }).isVisible()).to.equal(true);
      totpSecret = (await page.locator('#totp-secret').innerText()).trim();
      expect(totpSecret).to.match(/^[A-Z2-7]{16,}$/);

      // A wrong code first: the error is beside the field, and the same key is offered again.
      await page.getByLabel('6-digit code', { exact: true }).fill('12ab');
      await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
      await page.waitForLoadState();
      await expectErrorBeside(page, '6-digit code', /code/i);
      expect((await page.locator('#totp-secret').innerText()).trim(), 'same key after an error').to.equal(totpSecret);
      await checkLayout(page, 'account-2fa-setup', SHOTS);

      await page.getByLabel('6-digit code', { exact: true }).fill(generateSync({ secret: totpSecret }));
      await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/account/2fa/codes');
      const codes = await page.locator('#recovery-codes li').allInnerTexts();
      expect(codes).to.have.length(10);
      for (const c of codes) expect(c.trim()).to.match(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect((await s.users.get(u.user.id)).totpEnabledAt).to.be.an.instanceOf(Date);
      await checkLayout(page, 'account-recovery-codes', SHOTS);
    });

    it('shows password-change errors beside each field, then changes the password', async () => {
      await page.goto(`${base}/account/security`);
      await checkLayout(page, 'account-security', SHOTS);
      await page.getByRole('link', { name: 'Change password' }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/account/password');

      await page.getByLabel('Current password', { exact: true }).fill('this is not my password');
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('New password again', { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.waitForLoadState();
      await expectErrorBeside(page, 'Current password', 'Your current password is not right.');
      for (const label of ['Current password', 'New password', 'New password again']) {
        expect(await page.getByLabel(label, { exact: true }).inputValue(), `${label} not echoed`).to.equal('');
      }

      await page.getByLabel('Current password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('New password again', { exact: true }).fill(`${NEW_PASSWORD} typo`);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.waitForLoadState();
      await expectErrorBeside(page, 'New password again', /match|same/i);
      await checkLayout(page, 'account-password-errors', SHOTS);

      await page.getByLabel('Current password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('New password again', { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/account/security');
      expect(await page.getByRole('status').filter({ hasText: 'Your password was changed.' }).count()).to.equal(1);
    });

    it('signs out with the header button', async () => {
      const header = page.getByRole('banner');
      expect(await header.innerText(), 'the header says who is signed in').to.contain(u.user.name);
      await header.getByRole('button', { name: 'Sign out', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/login');
      expect(await page.getByRole('status').filter({ hasText: 'You are signed out.' }).count()).to.equal(1);
      await page.goto(`${base}/`);
      expect(pathOf(page), 'the session is gone').to.equal('/login');
    });

    it('refuses the old password, and signs in with the new one plus a TOTP code', async () => {
      await page.goto(`${base}/login`);
      await page.getByLabel('E-mail address', { exact: true }).fill(u.email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/login');
      expect(await page.locator('form .field-error').innerText()).to.contain(INVALID_LOGIN);

      await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/login/2fa');
      await page.getByLabel('Code', { exact: true }).fill('000000');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.waitForLoadState();
      await expectErrorBeside(page, 'Code', 'That code is not right.');
      // The enrolment code was used already (replay protection): the app's next code is accepted.
      await page
        .getByLabel('Code', { exact: true })
        .fill(generateSync({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) + 30 }));
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).to.contain(u.user.name);
    });
  });

  describe('an administrator', () => {
    let admin: TestUser;
    let context: BrowserContext;
    let page: Page;
    let problems: Problems;

    before(async () => {
      admin = await makeUser('admin', { name: `Ada Browser ${unique('admin')}` });
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      ({ page, problems } = await watchedPage(context));
    });
    after(async () => {
      await context?.close();
    });
    afterEach(() => expectClean(problems, 'admin pages'));

    it('sees the sign-in page with an error, then signs in with a TOTP code', async () => {
      await page.goto(`${base}/login`);
      await page.getByLabel('E-mail address', { exact: true }).fill(admin.email);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForLoadState();
      await expectErrorBeside(page, 'Password', 'Enter your password.');
      await checkLayout(page, 'login-error', SHOTS);
      await signInThroughForm(page, base, admin.email, PASSWORD, admin.totpSecret);
    });

    it('lists users and opens one by its link', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/admin/users');
      const table = page.getByRole('table');
      expect(await table.getByRole('columnheader').allInnerTexts()).to.include.members(['Name', 'E-mail', 'Role']);
      await checkLayout(page, 'admin-users', SHOTS);
      await table.getByRole('link', { name: admin.user.name, exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal(`/admin/users/${admin.user.id}`);
      expect(await page.getByLabel('Role', { exact: true }).inputValue()).to.equal('admin');
      await checkLayout(page, 'admin-user', SHOTS);
    });

    it('shows invitation errors beside the fields, keeping what was typed', async () => {
      await page.goto(`${base}/admin/users`);
      await page.getByRole('link', { name: 'Invite a user' }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/admin/users/invite');
      await page.getByLabel('Name', { exact: true }).fill('');
      await page.getByLabel('E-mail address', { exact: true }).fill('not an address');
      await page.getByLabel('Role', { exact: true }).selectOption('compliance');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/admin/users/invite');
      await expectErrorBeside(page, 'Name', /name/i);
      await expectErrorBeside(page, 'E-mail address', /e-mail/i);
      const summary = await page.getByRole('alert').getByRole('link').all();
      const targets = await Promise.all(summary.map((l) => l.getAttribute('href')));
      expect(targets, 'the summary lists the errors in the order of the fields').to.deep.equal(['#name', '#email']);
      expect(await page.getByLabel('E-mail address', { exact: true }).inputValue()).to.equal('not an address');
      expect(await page.getByLabel('Role', { exact: true }).inputValue()).to.equal('compliance');
      await checkLayout(page, 'admin-invite-errors', SHOTS);
    });

    it('filters and verifies the audit log', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Audit log', exact: true })
        .click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/admin/audit');
      await page.getByLabel('Action', { exact: true }).selectOption('login.success');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForLoadState();
      expect(new URL(page.url()).searchParams.get('action')).to.equal('login.success');
      const rows = page.getByRole('table').locator('tbody tr');
      expect(await rows.count()).to.be.above(0);
      // Hand-edited query strings: a 400 with the errors beside the filters, never a 500.
      const bad = await page.goto(`${base}/admin/audit?user=abc&from=31-12-2026`);
      expect(bad!.status()).to.equal(400);
      await expectErrorBeside(page, 'User', /valid value/);
      await expectErrorBeside(page, 'From', /YYYY-MM-DD/);
      await page.getByRole('link', { name: 'Verify chain' }).click();
      await page.waitForLoadState();
      expect(await page.locator('#verify-result').innerText()).to.match(/Chain intact|Chain broken/);
      await checkLayout(page, 'admin-audit', SHOTS);
    });

    it('opens the local mailbox', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mailbox', exact: true }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/admin/mail');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).to.equal('Local mailbox');
      await checkLayout(page, 'admin-mail', SHOTS);
    });

    it('shows the terms and a 404 page without errors', async () => {
      await page.getByRole('contentinfo').getByRole('link', { name: 'Terms of Use' }).click();
      await page.waitForLoadState();
      expect(pathOf(page)).to.equal('/terms');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).to.equal('Terms of Use');
      await checkLayout(page, 'terms', SHOTS);
      const res = await page.goto(`${base}/no/such/page`);
      expect(res!.status()).to.equal(404);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).to.equal('Page not found');
      await checkLayout(page, 'not-found', SHOTS);
    });
  });
});
