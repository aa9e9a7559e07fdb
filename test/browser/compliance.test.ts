// The compliance review in a real browser, with a real worker (in this process) and real spamd: a staff user
// sends a spammy campaign, which the pre-send check holds; a compliance officer reads the flag and asks for
// changes with a reason; the sender reads the reason, edits and resubmits; the officer releases it; it is delivered.
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWorkers } from '../../workers/index';
import { makeUser, waitFor, type TestUser } from '../support/helpers';
import { s, smtp } from '../support/setup';
import { configureSending, consentingLead } from '../support/campaigns';
import { loadStatuses, word } from '../support/leads';
import { SPAMMY } from '../support/spam';
import {
  clickAndLoad,
  expectClean,
  pathOf,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';

const REASON = 'Remove the link that shows paypal.com but goes to an IP address, and the shortened link.';

describe('compliance review of a held campaign in a real browser', function () {
  this.timeout(120_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  let staffPage: Page;
  let officerPage: Page;
  const problems: Problems[] = [];
  let staff: TestUser;
  let officer: TestUser;
  let worker: Awaited<ReturnType<typeof startWorkers>>;
  let email = '';
  const tag = `review${word(6)}`;

  async function pageFor(u: TestUser): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const watched = await watchedPage(context);
    problems.push(watched.problems);
    await signInThroughForm(watched.page, base, u.email, u.password, u.totpSecret);
    return watched.page;
  }

  before(async () => {
    await loadStatuses();
    await configureSending();
    staff = await makeUser('staff', { twoFactor: false });
    officer = await makeUser('compliance', { twoFactor: true });
    email = (await consentingLead(staff, tag, { firstName: 'Ada' })).email!;
    // campaigns the integration tier left unfinished in this database would share the worker
    await s
      .db('campaigns')
      .whereIn('state', ['scheduled', 'preparing', 'sending', 'paused'])
      .update({ state: 'stopped' });
    worker = await startWorkers(s);
    ({ base, browser, stop } = await startAppAndBrowser());
    staffPage = await pageFor(staff);
    officerPage = await pageFor(officer);
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await stop?.();
    await worker?.close();
  });
  afterEach(() => problems.forEach((p, i) => expectClean(p, i ? 'officer' : 'sender')));

  /** Waits for the worker to move the campaign into `state`, then reloads the sender's page. */
  async function reachState(campaignPath: string, state: string) {
    const id = Number(campaignPath.split('/').pop());
    await waitFor(async () => (await s.db('campaigns').where({ id }).first()).state === state, {
      what: `campaign ${id} ${state}`,
      ms: 60_000,
    });
    await staffPage.goto(`${base}${campaignPath}`);
  }

  async function decide(flagLink: string, choice: RegExp, reason: string) {
    await officerPage.goto(`${base}/compliance/flags`);
    await clickAndLoad(officerPage.getByRole('link', { name: flagLink, exact: true }));
    await officerPage.getByLabel(choice).check();
    await officerPage.getByLabel('Reason (kept with the decision; the sender reads it)').fill(reason);
    await clickAndLoad(officerPage.getByRole('button', { name: 'Record decision', exact: true }));
  }

  it('holds, sends back with a reason, takes the edited campaign back, releases it, and delivers it', async () => {
    await staffPage.goto(`${base}/campaigns/new`);
    await staffPage.getByLabel('Campaign name', { exact: true }).fill(`Returns ${word(6)}`);
    await staffPage.getByLabel('Subject', { exact: true }).fill(SPAMMY.subject);
    await staffPage.getByLabel('Tag', { exact: true }).fill(tag);
    await staffPage.getByLabel('Message (Markdown)', { exact: true }).fill(SPAMMY.body);
    await clickAndLoad(staffPage.getByRole('button', { name: 'Save draft', exact: true }));
    const campaignPath = pathOf(staffPage);
    const campaignId = Number(campaignPath.split('/').pop());
    await clickAndLoad(staffPage.getByRole('button', { name: 'Send campaign', exact: true }));
    expect(await staffPage.getByRole('status').first().innerText()).to.contain('checked for spam and malware');

    // held: the sender sees why and what to change
    await reachState(campaignPath, 'needs_review');
    expect(await staffPage.locator('#campaign-state').innerText()).to.match(
      /^Needs review: Held for compliance review: /,
    );
    const check = staffPage.getByRole('region', { name: 'Spam and malware check' });
    expect(await check.locator('[data-rule="HYG_IP_LINK"]').count()).to.equal(1);

    // the officer finds it in the queue, reads the hits, and asks for changes; a reason is required
    const flag = await s.db('compliance_flags').where({ campaign_id: campaignId }).first();
    const flagLink = `#${flag.id} Campaign #${campaignId}`;
    await officerPage.goto(`${base}/compliance/flags`);
    await clickAndLoad(officerPage.getByRole('link', { name: flagLink, exact: true }));
    const hits = officerPage.locator('#hits');
    expect(await hits.locator('[data-rule="HYG_LINK_TEXT_MISMATCH"]').count()).to.equal(1);
    expect(await hits.innerText()).to.contain('SpamAssassin');
    await officerPage.getByLabel(/Ask for changes/).check();
    expect(await clickAndLoad(officerPage.getByRole('button', { name: 'Record decision', exact: true }))).to.equal(400);
    expect(await officerPage.locator('#reason-error').innerText()).to.contain('reason');
    expect(await officerPage.getByLabel(/Ask for changes/).isChecked(), 'the choice is kept').to.equal(true);
    await decide(flagLink, /Ask for changes/, REASON);
    expect(await officerPage.locator('#flag-state').innerText()).to.equal('Changes requested');

    // the sender reads the reason, edits and resubmits: it comes back to the officer
    await staffPage.goto(`${base}${campaignPath}`);
    expect(await staffPage.locator('#campaign-state').innerText()).to.equal(
      `Draft: Changes requested by a compliance officer: ${REASON}`,
    );
    await clickAndLoad(staffPage.getByRole('link', { name: 'Edit draft', exact: true }));
    await staffPage.getByLabel('Subject', { exact: true }).fill('Our spring returns policy');
    await staffPage
      .getByLabel('Message (Markdown)', { exact: true })
      .fill(
        'Hello {{firstName|there}},\n\nOur returns policy changes in spring.\n\n[Read it](https://valley.example/returns)',
      );
    await clickAndLoad(staffPage.getByRole('button', { name: 'Save draft', exact: true }));
    await clickAndLoad(staffPage.getByRole('button', { name: 'Send campaign', exact: true }));
    await reachState(campaignPath, 'needs_review');

    // the officer releases it; the worker delivers it
    await decide(flagLink, /Release: it sends/, 'The links are fixed.');
    expect(await officerPage.locator('#flag-state').innerText()).to.equal('Released');
    const [mail] = await waitFor(() => {
      const got = smtp.to(email);
      return got.length ? got : undefined;
    });
    expect(mail.subject).to.equal('Our spring returns policy');
    expect(mail.text).to.contain('Hello Ada,');
    await reachState(campaignPath, 'sent');
    expect(await staffPage.locator('#campaign-state').innerText()).to.match(/^Sent/);
  });
});
