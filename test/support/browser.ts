// Shared pieces for real-browser suites (Debian's Chromium driven by playwright-core): launching the app
// and the browser, a page that records what went wrong, errors beside fields, layout at two widths.
// Used by test/browser.test.ts and test/browser.leads.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { expect } from 'chai';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { generateSync } from 'otplib';
import { createApp } from '../../src/app';
import type { Services } from '../../src/services';
import { s } from './setup';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Everything that went wrong in the browser while a page was used. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  serverErrors: string[];
  brokenResources: string[];
}

/** The app (over `services`, the shared ones unless given) on a loopback port and a headless Chromium; `stop`
 * closes both. */
export async function startAppAndBrowser(
  services: Services = s,
): Promise<{ base: string; browser: Browser; stop(): Promise<void> }> {
  const server: Server = createApp(services).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    base,
    browser,
    async stop() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Opens a page that records console errors, uncaught exceptions, CSP violations, 5xx responses and failed resources. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: Problems }> {
  const problems: Problems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    serverErrors: [],
    brokenResources: [],
  };
  const page = await context.newPage();
  page.on('console', (m) => {
    // A 4xx page (401 for a wrong password, 400 for a form with errors, 404) is logged as "Failed to load resource";
    // responses are checked below instead, where a page can be told from the resources it loads.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.pageErrors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 500) problems.serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    else if (r.status() >= 400 && r.request().resourceType() !== 'document')
      problems.brokenResources.push(`${r.status()} ${r.url()}`);
  });
  await page.exposeFunction('__valleyCsp', (text: string) => problems.cspViolations.push(text));
  // Runs through the DevTools protocol, so the page's own CSP does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __valleyCsp(t: string): void }).__valleyCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  return { page, problems };
}

export function expectClean(problems: Problems, where: string) {
  expect(problems.cspViolations, `CSP violations (${where})`).to.deep.equal([]);
  expect(
    problems.consoleErrors.filter((t) => /Content Security Policy/i.test(t)),
    `CSP console errors (${where})`,
  ).to.deep.equal([]);
  expect(problems.consoleErrors, `console errors (${where})`).to.deep.equal([]);
  expect(problems.pageErrors, `uncaught exceptions (${where})`).to.deep.equal([]);
  expect(problems.serverErrors, `5xx responses (${where})`).to.deep.equal([]);
  expect(problems.brokenResources, `stylesheets, scripts or images that failed (${where})`).to.deep.equal([]);
}

export const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Clicks a link or button that loads a new page, waits for that page, and returns its HTTP status (after redirects). */
export async function clickAndLoad(target: Locator): Promise<number> {
  const page = target.page();
  let status = 0;
  const onResponse = (r: Response) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) status = r.status();
  };
  page.on('response', onResponse);
  try {
    await Promise.all([page.waitForEvent('load'), target.click()]);
  } finally {
    page.off('response', onResponse);
  }
  return status;
}

/** The text of the elements an element's aria-describedby points at: how a screen reader announces its hint and error. */
export async function descriptionOf(el: Locator): Promise<string> {
  const ids = (await el.getAttribute('aria-describedby')) ?? '';
  const page = el.page();
  const parts: string[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean))
    parts.push((await page.locator(`[id="${id}"]`).innerText()).trim());
  return parts.join(' ');
}

/**
 * Signs in on the login page and expects the dashboard. With `totpSecret`, also expects the two-factor step and
 * enters the current code for it (after forgetting the last step used, so one test may sign the same user in
 * several times within one 30-second step).
 */
export async function signInThroughForm(
  page: Page,
  base: string,
  email: string,
  password: string,
  totpSecret?: string,
) {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-mail address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await clickAndLoad(page.getByRole('button', { name: 'Sign in', exact: true }));
  if (totpSecret) {
    expect(pathOf(page)).to.equal('/login/2fa');
    // Set-up only: replay protection would refuse a second sign-in within the same step.
    await s.db('users').whereRaw('lower(email) = lower(?)', [email]).update({ totp_last_step: null });
    await page.getByLabel('Code', { exact: true }).fill(generateSync({ secret: totpSecret }));
    await clickAndLoad(page.getByRole('button', { name: 'Continue', exact: true }));
  }
  expect(pathOf(page), 'signed in').to.equal('/');
}

/** How far the page is wider than the window, and the elements that stick out on the right (for the message). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow <= 0) return { overflow, culprits: [] as string[] };
    // (no named functions in here: tsx would wrap them in a helper the page does not have)
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        if (el.getBoundingClientRect().right <= width + 1) return false;
        if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return true;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== 'visible') return false;
        return true;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`,
      )
      .slice(0, 8);
    return { overflow, culprits };
  });

/**
 * Checks the page fits a 1280px and a 390px (phone) wide window without scrolling sideways (wide tables scroll
 * inside their own box), and saves full-page screenshots at both widths into `shots` when given.
 */
export async function checkLayout(page: Page, name: string, shots: string | undefined) {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  if (shots) fs.mkdirSync(shots, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    // let ResizeObserver callbacks (Chart.js) run: two frames, not a timer
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if (shots) await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
    const { overflow, culprits } = await sidewaysOverflow(page);
    expect(overflow, `${name} at ${width}px scrolls sideways by ${overflow}px: ${culprits.join(', ')}`).to.be.at.most(
      0,
    );
  }
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** A new browser context (kept in `contexts`, to close after) with a watched page, signed in as `u`. */
export async function signedInPage(
  browser: Browser,
  base: string,
  contexts: BrowserContext[],
  u: { email: string; password: string; totpSecret?: string },
): Promise<{ page: Page; problems: Problems }> {
  const context = await browser.newContext();
  contexts.push(context);
  const watched = await watchedPage(context);
  await signInThroughForm(watched.page, base, u.email, u.password, u.totpSecret);
  return watched;
}
