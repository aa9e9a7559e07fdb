// Retention in a real browser: an admin switches on the rule for expired exports' files, previews it (the old
// export listed), runs it now, and reads the run's report and the list of runs.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { Browser, BrowserContext } from 'playwright-core';
import { config, s } from '../support/setup';
import { makeUser, type TestUser } from '../support/helpers';
import { clickAndLoad, expectClean, pathOf, signedInPage, startAppAndBrowser } from '../support/browser';

const DAY = 86_400_000;

describe('retention in a real browser', function () {
  this.timeout(90_000);
  let base: string;
  let browser: Browser;
  let stop: () => Promise<void>;
  let admin: TestUser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    ({ base, browser, stop } = await startAppAndBrowser());
    admin = await makeUser('admin');
    await s.db('retention_rules').delete();
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await stop();
    await s.db('retention_rules').delete();
  });

  it('switches the exports rule on, previews it, runs it and shows the report', async () => {
    const owner = await makeUser('staff');
    const dir = path.join(config.varDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    const expiresAt = new Date(Date.now() - 40 * DAY);
    const [row] = await s
      .db('data_exports')
      .insert({ created_by: owner.user.id, state: 'expired', created_at: expiresAt, expires_at: expiresAt })
      .returning<{ id: string }[]>('id');
    const file = `export-${row.id}-browser.zip`;
    await s.db('data_exports').where({ id: row.id }).update({ file_path: file });
    fs.writeFileSync(path.join(dir, file), 'zip');

    const a = await signedInPage(browser, base, contexts, admin);
    await clickAndLoad(a.page.getByRole('link', { name: 'Retention' }));
    expect(pathOf(a.page)).to.equal('/admin/retention');
    const rule = a.page.locator('#rule-expired_exports');
    await rule.getByLabel('Rule on').check();
    await rule.getByLabel(/^Age/).fill('30');
    await clickAndLoad(rule.getByRole('button', { name: 'Save rule' }));
    expect(await a.page.locator('.flash-success').innerText()).to.include('it is on');
    expect(await a.page.locator('#rule-expired_exports').getAttribute('data-enabled')).to.equal('true');

    await clickAndLoad(a.page.locator('#rule-expired_exports').getByRole('link', { name: 'Preview' }));
    expect(pathOf(a.page)).to.equal('/admin/retention/expired_exports/preview');
    const listed = a.page.locator(`#preview tr[data-id="${row.id}"]`);
    expect(await listed.innerText()).to.include(owner.user.name);
    const counted = Number(await a.page.locator('#preview-count strong').innerText());
    expect(counted, 'the count, with no more rows than it').to.be.at.least(1);
    expect(await a.page.locator('#preview tbody tr').count()).to.be.at.most(counted);

    await clickAndLoad(a.page.getByRole('button', { name: 'Run now' }));
    expect(pathOf(a.page)).to.match(/^\/admin\/retention\/runs\/\d+$/);
    const runId = pathOf(a.page).split('/').pop()!;
    const ids = (await a.page.locator('#result-expired_exports .ids').getAttribute('data-ids'))!.split(',');
    expect(ids).to.include(String(row.id));
    expect(fs.existsSync(path.join(dir, file))).to.equal(false);

    await clickAndLoad(a.page.getByRole('link', { name: 'Retention runs' }));
    expect(await a.page.locator(`#runs tr[data-run="${runId}"]`).innerText()).to.include(admin.user.name);
    expectClean(a.problems, 'retention');
  });
});
