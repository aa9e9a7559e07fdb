// The leads "Done when" in a real browser: a staff user creates a lead with a lawful basis and marketing
// consent (after being told, beside the fieldset, that the basis is missing), is warned of a duplicate and
// saves anyway, merges the two, marks the lead verified, and sees it counted in the dashboard chart drawn by
// Chart.js (served locally, CSP intact). Then the list: the lead is there, search finds it, and a bulk
// action on one selected row adds a tag. Everything is done by label and role, as a person would.
// Set VALLEY_SHOTS=/some/dir to also save screenshots of the pages at 1280px and 390px wide.
import { expect } from 'chai';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { makeUser, type TestUser } from '../support/helpers';
import { londonPhone, today, word } from '../support/leads';
import {
  checkLayout,
  clickAndLoad,
  descriptionOf,
  expectClean,
  pathOf,
  signInThroughForm,
  startAppAndBrowser,
  watchedPage,
  type Problems,
} from '../support/browser';

const SHOTS = process.env.VALLEY_SHOTS;
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

/** The <dd> after the <dt> with exactly this text, in the first list of facts on the page. */
const fact = (page: Page, term: string) => page.locator('dl.facts').first().locator(`dt:text-is("${term}") + dd`);

/** The History table's rows as "who | what | before | after" texts. */
async function historyRows(page: Page): Promise<string[]> {
  return (await page.locator('#history tbody tr').allInnerTexts()).map((t) => t.replace(/\s*\t\s*/g, ' | ').trim());
}

const leadIdOf = (page: Page) => {
  const m = /^\/leads\/(\d+)$/.exec(pathOf(page));
  if (!m) throw new Error(`not a lead page: ${page.url()}`);
  return Number(m[1]);
};

describe('leads in a real browser', function () {
  this.timeout(60_000);
  let base: string;
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let problems: Problems;
  let u: TestUser;

  // One person, entered twice: first complete, then again (different letter case in the e-mail, no phone).
  const last = capital(word(8));
  const company = `Harbour ${capital(word(6))}`;
  const email = `maud.${last.toLowerCase()}@example.test`;
  const phone = londonPhone();
  const tag = `prio${word(4)}`;
  let firstId = 0;
  let keptId = 0;
  let statusLabel = '';

  before(async () => {
    const started = await startAppAndBrowser();
    ({ base, stop } = started);
    context = await started.browser.newContext({ viewport: { width: 1280, height: 800 } });
    ({ page, problems } = await watchedPage(context));
    u = await makeUser('staff', { twoFactor: false });
    await signInThroughForm(page, base, u.email, u.password);
  });
  after(async () => {
    await context?.close();
    await stop?.();
  });
  afterEach(() => expectClean(problems, 'leads'));

  const form = () => ({
    person: page.getByRole('group', { name: 'Person', exact: true }),
    basis: page.getByRole('group', { name: /^Lawful basis/ }),
    consent: page.getByRole('group', { name: /^Marketing e-mail consent/ }),
  });

  it('refuses a new lead without a lawful basis, beside that fieldset, keeping what was typed', async () => {
    await clickAndLoad(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads', exact: true }),
    );
    expect(pathOf(page)).to.equal('/leads');
    await clickAndLoad(page.getByRole('link', { name: 'New lead', exact: true }));
    expect(pathOf(page)).to.equal('/leads/new');

    const { person, basis, consent } = form();
    await person.getByLabel('First name', { exact: true }).fill('Maud');
    await person.getByLabel('Last name', { exact: true }).fill(last);
    await person.getByLabel('Company', { exact: true }).fill(company);
    await person.getByLabel('Job title', { exact: true }).fill('Harbour master');
    await person.getByLabel('E-mail address', { exact: true }).fill(email);
    await person.getByLabel('Phone', { exact: true }).fill(phone.local);
    await page.getByLabel('Tags', { exact: true }).fill('fair');
    // evidence for the basis, but no basis chosen
    expect(await basis.getByRole('radio').count(), 'four lawful bases offered').to.equal(4);
    for (const r of await basis.getByRole('radio').all()) expect(await r.isChecked()).to.equal(false);
    await basis.getByLabel('How it was obtained', { exact: true }).fill('web form');
    await basis.getByLabel('Where', { exact: true }).fill('https://valley.example/contact');
    await basis.getByLabel('When', { exact: true }).fill(today());
    await basis
      .getByLabel('Wording shown, or a reference to it', { exact: true })
      .fill('Contact form v3: “We keep your details to answer you.”');
    await consent.getByLabel('The person explicitly agreed to receive marketing e-mails').check();
    await consent.getByLabel('How consent was given', { exact: true }).fill('ticked box on the web form');
    await consent.getByLabel('Where', { exact: true }).fill('https://valley.example/contact');
    await consent.getByLabel('When', { exact: true }).fill(today());
    await consent.getByLabel('Wording of the consent request', { exact: true }).fill('Send me the Valley newsletter');

    const status = await clickAndLoad(page.getByRole('button', { name: 'Create lead', exact: true }));
    expect(status).to.equal(400);
    expect(pathOf(page)).to.equal('/leads/new');

    // The one error is in the summary (linking to the fieldset) and inside the fieldset, above the choices.
    const summaryLinks = page.getByRole('alert').getByRole('link');
    expect(await Promise.all((await summaryLinks.all()).map((l) => l.getAttribute('href')))).to.deep.equal([
      '#lawfulBasis',
    ]);
    const fieldset = form().basis;
    expect(await fieldset.getAttribute('id')).to.equal('lawfulBasis');
    const error = fieldset.locator('.field-error');
    expect(await error.isVisible()).to.equal(true);
    expect(await error.innerText()).to.match(/Choose the lawful basis/);
    expect(
      await fieldset.evaluate((f) => f.querySelector('legend + *')?.classList.contains('field-error')),
      'the error comes right after the legend, before the choices',
    ).to.equal(true);
    expect(await descriptionOf(fieldset), 'the error is announced with the group').to.match(/Choose the lawful basis/);
    const [errorBox, firstRadio, setBox] = [
      await error.boundingBox(),
      await fieldset.getByRole('radio').first().boundingBox(),
      await fieldset.boundingBox(),
    ];
    expect(errorBox!.y + errorBox!.height, 'error above the first choice').to.be.at.most(firstRadio!.y);
    expect(errorBox!.y, 'error inside the fieldset').to.be.above(setBox!.y);
    expect(await page.locator('.field-error').count(), 'no other field has an error').to.equal(1);

    // What was typed is kept, consent tick and its evidence included.
    const again = form();
    expect(await again.person.getByLabel('First name', { exact: true }).inputValue()).to.equal('Maud');
    expect(await again.person.getByLabel('Company', { exact: true }).inputValue()).to.equal(company);
    expect(await again.person.getByLabel('E-mail address', { exact: true }).inputValue()).to.equal(email);
    expect(await again.person.getByLabel('Phone', { exact: true }).inputValue()).to.equal(phone.local);
    expect(await again.basis.getByLabel('Where', { exact: true }).inputValue()).to.equal(
      'https://valley.example/contact',
    );
    expect(await again.basis.getByLabel('When', { exact: true }).inputValue()).to.equal(today());
    expect(
      await again.consent.getByLabel('The person explicitly agreed to receive marketing e-mails').isChecked(),
    ).to.equal(true);
    expect(await again.consent.getByLabel('Wording of the consent request', { exact: true }).inputValue()).to.equal(
      'Send me the Valley newsletter',
    );
    await checkLayout(page, 'lead-new-errors', SHOTS);
  });

  it('creates the lead once a basis is chosen: phone in E.164, e-mail consent granted, "created" in the history', async () => {
    await form()
      .basis.getByRole('radio', { name: /^Consent:/ })
      .check();
    expect(await clickAndLoad(page.getByRole('button', { name: 'Create lead', exact: true }))).to.equal(200);
    firstId = leadIdOf(page);
    expect(await page.getByRole('status').filter({ hasText: 'Lead created.' }).count()).to.equal(1);
    expect(await page.getByRole('heading', { level: 1 }).innerText())
      .to.contain(`Maud ${last}`)
      .and.contain(company);
    expect((await fact(page, 'Phone').innerText()).trim())
      .to.equal(phone.e164)
      .and.match(/^\+44/);
    expect((await fact(page, 'E-mail').innerText()).trim()).to.equal(email);
    expect((await fact(page, 'Tags').innerText()).trim()).to.equal('fair');
    expect(await page.locator('section', { has: page.getByRole('heading', { name: 'Lawful basis' }) }).innerText())
      .to.match(/^Consent: /m)
      .and.contain('web form');
    expect(await page.locator('#consents .consent-state li').allInnerTexts()).to.include(
      `E-mail: granted on ${today()}`,
    );
    const history = await historyRows(page);
    expect(
      history.some((r) => r.includes('| Created |') && r.includes('lawful basis: Consent')),
      history.join('\n'),
    ).to.equal(true);
    expect(
      history.some((r) => r.includes('| Marketing consent (E-mail) |') && r.endsWith('granted')),
      history.join('\n'),
    ).to.equal(true);
    expect(
      history.every((r) => r.includes(u.user.name)),
      'recorded as the staff user',
    ).to.equal(true);
    statusLabel = (await fact(page, 'Status').innerText()).trim();
    expect(statusLabel).to.not.equal('');
  });

  it('warns of the duplicate when the same e-mail is entered again in other letter case, and saves anyway', async () => {
    await page.goto(`${base}/leads`);
    await clickAndLoad(page.getByRole('link', { name: 'New lead', exact: true }));
    const { person, basis } = form();
    await person.getByLabel('First name', { exact: true }).fill('Maude');
    await person.getByLabel('Last name', { exact: true }).fill(last);
    await person.getByLabel('E-mail address', { exact: true }).fill(email.toUpperCase());
    await basis.getByRole('radio', { name: /^Legitimate interest:/ }).check();
    await basis.getByLabel('How it was obtained', { exact: true }).fill('business card');
    await basis.getByLabel('Where', { exact: true }).fill('Harbour fair stand');
    await basis.getByLabel('Wording shown, or a reference to it', { exact: true }).fill('Assessment LIA-7');
    expect(await clickAndLoad(page.getByRole('button', { name: 'Create lead', exact: true }))).to.equal(409);
    expect(pathOf(page)).to.equal('/leads/new');

    const warning = page.locator('#duplicates');
    expect(await warning.getAttribute('role')).to.equal('alert');
    expect(await warning.getByRole('heading').innerText()).to.equal('This may be a lead you already have');
    const items = warning.getByRole('listitem');
    expect(await items.count()).to.equal(1);
    expect(await items.first().getByRole('link').getAttribute('href')).to.equal(`/leads/${firstId}`);
    expect(await items.first().innerText())
      .to.contain(`Maud ${last}`)
      .and.contain(company)
      .and.contain('same e-mail address');
    // nothing was saved, and what was typed is kept
    expect(await form().person.getByLabel('E-mail address', { exact: true }).inputValue()).to.equal(
      email.toUpperCase(),
    );
    expect(
      await form()
        .basis.getByRole('radio', { name: /^Legitimate interest:/ })
        .isChecked(),
    ).to.equal(true);
    await checkLayout(page, 'lead-duplicate', SHOTS);

    await page.getByLabel('Save anyway: this is a different person').check();
    expect(await clickAndLoad(page.getByRole('button', { name: 'Create lead', exact: true }))).to.equal(200);
    keptId = leadIdOf(page);
    expect(keptId).to.not.equal(firstId);
    expect((await fact(page, 'E-mail').innerText()).trim(), 'e-mail stored in lower case').to.equal(email);
    expect((await fact(page, 'Phone').innerText()).trim()).to.equal('—');
  });

  it('merges the first lead into the second from "Possible duplicates"; the merged lead’s address leads to the kept one', async () => {
    const dupes = page.locator('#possible-duplicates');
    expect(await dupes.getByRole('heading').innerText()).to.equal('Possible duplicates');
    const item = dupes.getByRole('listitem').filter({ has: page.locator(`a[href="/leads/${firstId}"]`) });
    expect(await item.count()).to.equal(1);
    expect(await item.innerText()).to.contain('same e-mail address');
    await checkLayout(page, 'lead-page-before-merge', SHOTS);

    await clickAndLoad(item.getByRole('link', { name: 'Merge into this lead' }));
    expect(pathOf(page)).to.equal(`/leads/${keptId}/merge`);
    expect(new URL(page.url()).searchParams.get('other')).to.equal(String(firstId));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).to.equal('Merge leads');
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader').allInnerTexts()).to.include.members([
      `Keep: #${keptId}`,
      `Merge in: #${firstId}`,
    ]);
    const phoneRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Phone', exact: true }) });
    expect((await phoneRow.getByRole('cell').allInnerTexts()).map((t) => t.trim())).to.deep.equal(['—', phone.e164]);
    await checkLayout(page, 'lead-merge', SHOTS);

    expect(await clickAndLoad(page.getByRole('button', { name: 'Merge', exact: true }))).to.equal(200);
    expect(pathOf(page)).to.equal(`/leads/${keptId}`);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `Lead #${firstId} was merged into this lead` })
        .count(),
    ).to.equal(1);
    // blanks filled from the merged lead, tags joined, consent moved across
    expect((await fact(page, 'Phone').innerText()).trim()).to.equal(phone.e164);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).to.contain(company);
    expect((await fact(page, 'Tags').innerText()).trim()).to.equal('fair');
    expect(await page.locator('#consents .consent-state li').allInnerTexts()).to.include(
      `E-mail: granted on ${today()}`,
    );
    expect(await page.locator('#possible-duplicates').count(), 'no duplicate left to offer').to.equal(0);

    const history = await historyRows(page);
    const mine = (r: string) => !r.includes('(lead #');
    const theirs = (r: string) => r.includes(`(lead #${firstId})`);
    expect(
      history.some((r) => mine(r) && r.includes('| Created |')),
      history.join('\n'),
    ).to.equal(true);
    expect(
      history.some((r) => theirs(r) && r.includes('| Created ')),
      'the merged lead’s creation',
    ).to.equal(true);
    expect(
      history.some((r) => theirs(r) && r.includes('Marketing consent (E-mail)')),
      'the merged lead’s consent',
    ).to.equal(true);
    expect(
      history.some((r) => mine(r) && r.includes('| Merged |') && r.includes(`lead #${firstId} merged into this lead`)),
      history.join('\n'),
    ).to.equal(true);
    expect(
      history.some((r) => theirs(r) && r.includes(`merged into lead #${keptId}`)),
      history.join('\n'),
    ).to.equal(true);

    // The merged lead's old address leads to the kept lead, saying so; it cannot be merged or edited again.
    const res = await page.goto(`${base}/leads/${firstId}`);
    expect(res!.status()).to.equal(200);
    expect(pathOf(page)).to.equal(`/leads/${keptId}`);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `Lead #${firstId} was merged into this lead.` })
        .count(),
    ).to.equal(1);
    expect((await page.goto(`${base}/leads/${keptId}/merge?other=${firstId}`))!.status()).to.equal(404);
    expect((await page.goto(`${base}/leads/${firstId}/edit`))!.status()).to.equal(404);
  });

  it('marks the lead verified today', async () => {
    await page.goto(`${base}/leads/${keptId}`);
    expect((await page.locator('#last-verified').innerText()).trim()).to.equal('never');
    await clickAndLoad(page.getByRole('button', { name: 'Verified today', exact: true }));
    expect(pathOf(page)).to.equal(`/leads/${keptId}`);
    expect(await page.getByRole('status').filter({ hasText: 'Marked as verified today.' }).count()).to.equal(1);
    expect((await fact(page, 'Last verified').innerText()).trim()).to.equal(today());
    const history = await historyRows(page);
    expect(history[0], 'newest first')
      .to.contain('| Verified |')
      .and.match(new RegExp(`\\| ${today()}$`));
    await checkLayout(page, 'lead-page', SHOTS);
  });

  it('sees the lead counted in the dashboard’s pipeline chart, drawn by the local Chart.js under the CSP', async () => {
    await clickAndLoad(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }),
    );
    expect(pathOf(page)).to.equal('/');
    const canvas = page.locator('canvas#pipeline-chart');
    await page.locator('canvas#pipeline-chart[data-rendered="true"]').waitFor({ state: 'attached' });
    const spec = JSON.parse((await canvas.getAttribute('data-chart'))!) as {
      type: string;
      labels: string[];
      data: number[];
    };
    expect(spec.type).to.equal('bar');
    const at = spec.labels.indexOf(statusLabel);
    expect(at, `"${statusLabel}" among ${spec.labels.join(', ')}`).to.be.at.least(0);
    expect(spec.data[at], 'the kept lead under its status').to.equal(1);
    expect(
      spec.data.reduce((a, b) => a + b, 0),
      'the merged lead is not counted; only this user’s leads are',
    ).to.equal(1);
    expect(await canvas.getAttribute('aria-label')).to.contain(`${statusLabel} 1`);
    const weekly = JSON.parse((await page.locator('canvas#weekly-chart').getAttribute('data-chart'))!) as {
      labels: string[];
      data: number[];
    };
    expect(
      weekly.data.reduce((a, b) => a + b, 0),
      'one live lead created in the last 12 weeks',
    ).to.equal(1);
    expect(weekly.labels, 'every week on the time axis, empty weeks as 0').to.have.length(13);
    expect(weekly.data.slice(-1), 'this week').to.deep.equal([1]);
    expect(await page.locator('canvas#weekly-chart').getAttribute('aria-label')).to.match(
      /^New leads per week: week of \d{4}-\d{2}-\d{2} 1; none in the other weeks$/,
    );

    // Chart.js really drew: the canvas has painted pixels, many of them in the bar colour (#1f5fbf).
    const paint = await page.evaluate(() => {
      const c = document.getElementById('pipeline-chart') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      let bar = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 0) inked++;
        if (
          d[i + 3] > 200 &&
          Math.abs(d[i] - 0x1f) < 12 &&
          Math.abs(d[i + 1] - 0x5f) < 12 &&
          Math.abs(d[i + 2] - 0xbf) < 12
        )
          bar++;
      }
      const blank = document.createElement('canvas');
      blank.width = c.width;
      blank.height = c.height;
      return {
        width: c.width,
        height: c.height,
        inked,
        bar,
        dataUrl: c.toDataURL().length,
        blankUrl: blank.toDataURL().length,
      };
    });
    expect(paint.width, 'canvas laid out').to.be.above(100);
    expect(paint.height).to.be.above(50);
    expect(paint.dataUrl, 'PNG of the chart is larger than a blank canvas of the same size').to.be.above(
      paint.blankUrl * 2,
    );
    expect(paint.inked, 'painted pixels').to.be.above(1000);
    expect(paint.bar, 'pixels in the bar colour').to.be.above(200);
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    expect(
      scripts.filter((src) => !src.startsWith(base)),
      'no script from elsewhere',
    ).to.deep.equal([]);
    expect(scripts).to.include(`${base}/public/vendor/chart.umd.min.js`);
    await checkLayout(page, 'dashboard-leads', SHOTS);
  });

  it('finds the lead in the list and by search, and adds a tag to it with the bulk form', async () => {
    await clickAndLoad(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads', exact: true }),
    );
    const rowOf = (scope: Page | Locator) =>
      scope.getByRole('row').filter({ has: page.getByRole('link', { name: `${last}, Maude`, exact: true }) });
    expect(await rowOf(page).count(), 'the lead is listed').to.equal(1);
    expect(await page.locator(`a[href="/leads/${firstId}"]`).count(), 'the merged lead is not').to.equal(0);
    expect((await page.locator('#lead-count').innerText()).trim()).to.equal('1 lead');
    await checkLayout(page, 'leads-list', SHOTS);

    const search = page.getByRole('search');
    await search.getByLabel('Name or company', { exact: true }).fill(last.toLowerCase().slice(0, 5));
    await clickAndLoad(search.getByRole('button', { name: 'Filter', exact: true }));
    expect(new URL(page.url()).searchParams.get('q')).to.equal(last.toLowerCase().slice(0, 5));
    expect(await rowOf(page).count(), 'search by the start of the last name').to.equal(1);
    expect(
      await page.getByRole('search').getByLabel('Name or company', { exact: true }).inputValue(),
      'the search is kept',
    ).to.equal(last.toLowerCase().slice(0, 5));
    const row = rowOf(page);
    expect(await row.innerText())
      .to.contain(company)
      .and.contain(email)
      .and.contain(statusLabel)
      .and.contain(today());

    // One selected row, "Add tag": back on the same search, with the tag on the row.
    await row.getByRole('checkbox', { name: `Select Maude ${last}` }).check();
    const bulk = page.getByRole('group', { name: /^With the selected leads/ });
    expect(
      await bulk.getByLabel('New owner', { exact: true }).locator('option').allInnerTexts(),
      'only people the lead may be given to',
    ).to.deep.equal([u.user.name]);
    await bulk.getByLabel('Tag to add', { exact: true }).fill(tag);
    await clickAndLoad(bulk.getByRole('button', { name: 'Add tag', exact: true }));
    expect(pathOf(page)).to.equal('/leads');
    expect(new URL(page.url()).searchParams.get('q'), 'back on the same search').to.equal(
      last.toLowerCase().slice(0, 5),
    );
    expect(await page.getByRole('status').filter({ hasText: '1 lead changed.' }).count()).to.equal(1);
    expect(await rowOf(page).innerText()).to.contain(`fair, ${tag}`);

    // The tag filter finds it; the lead's history records the change.
    await page.goto(`${base}/leads?tag=${tag}`);
    expect(await rowOf(page).count()).to.equal(1);
    await clickAndLoad(rowOf(page).getByRole('link', { name: `${last}, Maude` }));
    expect(leadIdOf(page)).to.equal(keptId);
    expect((await historyRows(page))[0]).to.contain('| Tags | fair | fair, ' + tag);
  });
});
