// A privacy request in a real browser, one story: a requester whom a staff user holds as a lead sends an erasure
// request from /contact (reached from the footer) and confirms their address by the e-mailed link; a compliance
// officer opens it in /compliance/requests (the chart drawn), adds a note, follows the link to the person's access
// report, sees the lead, erases the person (typing ERASE), and closes the request (done) with the outcome on it.
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkIn, mailsTo, makeUser, type TestUser } from '../support/helpers';
import { s } from '../support/setup';
import { createLead, loadStatuses, word } from '../support/leads';
import {
  clickAndLoad,
  expectClean,
  pathOf,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';

describe('a privacy request in a real browser', function () {
  this.timeout(90_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const problems: Problems[] = [];
  let officer: TestUser;
  const email = `${word()}@example.test`;
  let reference = '';
  let leadId = 0;
  const lastName = `Requester ${word()}`;

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const watched = await watchedPage(context);
    problems.push(watched.problems);
    return watched.page;
  }

  before(async () => {
    const keys = await s.redis.keys('valley:privacy:*');
    if (keys.length) await s.redis.del(...keys);
    officer = await makeUser('compliance');
    await loadStatuses();
    leadId = (await createLead(await makeUser('staff'), { firstName: 'Ada', lastName, email })).id;
    ({ base, browser, stop } = await startAppAndBrowser());
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await stop?.();
  });
  afterEach(() => problems.forEach((p, i) => expectClean(p, `page ${i}`)));

  it('a requester sends an erasure request from /contact and confirms it by the e-mailed link', async () => {
    const page = await freshPage();
    await page.goto(`${base}/privacy`);
    await clickAndLoad(page.locator('footer').getByRole('link', { name: 'Contact us' }));
    expect(pathOf(page)).to.equal('/contact');
    expect(await page.locator('main').innerText()).to.include('Web Soft Valley Technology');
    await page.getByLabel('What is it about?').selectOption('erasure');
    await page.getByLabel('Your name').fill('Ada Requester');
    await page.getByLabel('Your e-mail address').fill(email);
    await page.getByLabel(/Your message/).fill('Please erase everything you hold about me.');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Send' }))).to.equal(200);
    expect(pathOf(page)).to.equal('/contact/sent');
    expect(await page.locator('#contact-sent').innerText()).to.include('confirm');

    const mail = (await mailsTo(email)).find((m) => /confirm your e-mail address/.test(m.subject))!;
    reference = /PR-\d{4}-\d{6}/.exec(mail.text)![0];
    await page.goto(`${base}${linkIn(mail.text)}`);
    expect(await clickAndLoad(page.getByRole('button', { name: 'Confirm my address' }))).to.equal(200);
    expect(await page.locator('#confirm-result').innerText()).to.include(reference);
  });

  it('a compliance officer opens it, reads the access report, erases the person and closes the request', async () => {
    const page = await freshPage();
    await signInThroughForm(page, base, officer.email, officer.password, officer.totpSecret);
    const openRequest = async () => {
      await clickAndLoad(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy requests' }),
      );
      expect(pathOf(page)).to.equal('/compliance/requests');
      await page.locator('#requests-chart[data-rendered="true"]').waitFor();
      await clickAndLoad(page.getByRole('link', { name: reference }));
      expect(await page.locator('h1').innerText()).to.include(reference);
    };
    await openRequest();
    expect(await page.locator('#request-state').innerText()).to.equal('New');
    await page.getByLabel('Add a note (officers only)').fill('Identity matches the lead records.');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Add note' }))).to.equal(200);
    expect(await page.locator('.flash').innerText()).to.include('Note added');
    expect(await page.locator('#request-events').innerText()).to.include('Identity matches the lead records.');

    expect(await clickAndLoad(page.locator('#subject-report'))).to.equal(200);
    expect(pathOf(page)).to.match(/^\/compliance\/subjects\/e\/[\w-]{43}$/);
    expect(page.url()).to.not.include(email.split('@')[0]);
    expect(await page.locator('#lead-total').innerText()).to.equal('1');
    const lead = page.locator(`#lead-${leadId}`);
    expect(await lead.locator('.lead-name').innerText()).to.equal(`Ada ${lastName}`);
    expect(await lead.innerText()).to.include(email);
    expect(await page.locator('#requests').innerText()).to.include(`${reference}: erasure, new`);

    await page.getByLabel('Type ERASE to confirm').fill('erase');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Erase the person' }))).to.equal(400);
    expect(await page.locator('#confirm-error').innerText()).to.equal('Type ERASE to confirm.');
    expect(await page.locator(`#lead-${leadId}`).innerText(), 'nothing erased yet').to.include(email);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Erase the person' }))).to.equal(200);
    expect(await page.locator('.flash').innerText()).to.include('Erased: 1 lead(s) anonymized');
    expect(await page.locator('#no-leads').isVisible()).to.equal(true);
    expect(await page.locator('#erasures').innerText()).to.match(/1 lead\(s\) anonymized \(privacy request #\d+\)/);
    expect(await page.locator('main').innerText()).to.not.include(lastName);

    await openRequest();
    expect(await page.locator('#request-outcome').innerText()).to.match(/^erased: 1 lead\(s\), erasure #\d+$/);
    await page.getByLabel('Move to').selectOption('done');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Change state' }))).to.equal(200);
    expect(await page.locator('#request-state').innerText()).to.equal('Done');
    const row = await s.db('privacy_requests').where({ reference }).first();
    expect(row.state).to.equal('done');
    expect(row.closed_at).to.not.equal(null);

    const erased = await s.db('leads').where({ id: leadId }).first();
    expect(erased).to.include({ first_name: 'Erased', last_name: 'person', email_enc: null, email_bidx: null });
    expect(erased.erased_at).to.not.equal(null);
    const suppressed = await s
      .db('email_suppressions')
      .where({ email_bidx: s.cipher.blindIndex(email) })
      .first();
    expect(suppressed.reason).to.equal('erased');
  });
});
