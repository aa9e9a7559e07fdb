// Users' own data exports: the request (one pending at a time), the worker's build into a ZIP read back with
// yauzl (only the user's own leads, decrypted, formulas neutralized, consents, history, campaigns), the
// notification and e-mail, the audit entry with its counts (counted as a lead export by the security patterns),
// the download only for its owner, expiry after 24 hours on the moved clock (410, file deleted by the sweep), and a
// re-run after a killed worker leaving one file; at most three a day.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { config, s } from '../support/setup';
import { csrfOf, mailsTo, makeUser, type Agent, type TestUser } from '../support/helpers';
import { agentOn, clockedServices, HOUR, type Movable } from '../support/status';
import { consentingLead, makeCampaign } from '../support/campaigns';
import { createLead, leadInput, loadStatuses } from '../support/leads';
import { binary, csvRows, unzip } from '../support/exports';
import { runJob } from '../../src/jobs';
import { securityThresholds } from '../../src/features/compliance';
import { SecurityDetector } from '../../src/features/compliance/security';
import { FlagsStore } from '../../src/features/compliance/data/flagsStore';
import { services, type Services } from '../../src/services';

const dir = () => path.join(config.varDir, 'exports');
const filesOf = (id: number) => fs.readdirSync(dir()).filter((n) => n.startsWith(`export-${id}-`));

describe('users’ own data exports', function () {
  this.timeout(60_000);
  let t: Services;
  let time: Movable;

  before(async () => {
    await loadStatuses();
    ({ t, time } = clockedServices(Date.now()));
  });
  after(() => t.close());

  async function ask(agent: Agent) {
    const page = await agent.get('/account/export');
    expect(page.status).to.equal(200);
    return agent
      .post('/account/export')
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
  }
  const latest = async (u: TestUser) =>
    s.db('data_exports').where({ created_by: u.user.id }).orderBy('id', 'desc').first<{ id: string; state: string }>();
  const build = (id: number) => runJob(t, 'export-build', { exportId: id }, 'exports');
  const download = (agent: Agent, id: number) => agent.get(`/account/export/${id}/download`).buffer(true).parse(binary);

  it('builds a ZIP of only the user’s own data, decrypted and safe to open, and tells them', async () => {
    const owner = await makeUser('staff');
    const other = await makeUser('staff');
    const agent = await agentOn(t, owner);
    const consenting = await consentingLead(owner, 'export');
    const formula = await createLead(owner, { firstName: '=HYPERLINK("http://evil.test","click")' });
    const user = await s.users.get(owner.user.id);
    const changed = await s.leads.update(
      user,
      consenting.id,
      leadInput({ firstName: 'Grace', email: 'grace.changed@example.test' }),
      true,
      { userId: owner.user.id },
    );
    expect(changed.status).to.equal('saved');
    const foreign = await createLead(other, {});
    const campaign = await makeCampaign(owner, { name: 'Spring export check' });

    const res = await ask(agent);
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/account/export');
    const row = await latest(owner);
    expect(row.state).to.equal('queued');
    expect(await t.platform.jobs.queue('exports').getJob(`export-${row.id}`), 'enqueued after commit').to.not.equal(
      undefined,
    );
    const again = await ask(agent);
    expect(again.status, 'a second request while one is pending').to.equal(409);
    expect(again.text).to.include('already being prepared');
    expect(
      await s.db('data_exports').where({ created_by: owner.user.id }).count<{ n: string }[]>({ n: '*' }),
    ).to.deep.equal([{ n: '1' }]);

    expect(await build(Number(row.id))).to.include({ built: true });
    const progress = await agent.get(`/account/export/${row.id}/progress`);
    expect(progress.body).to.include({ state: 'ready', percent: 100 });
    const page = await agent.get('/account/export');
    expect(page.text).to.include(`/account/export/${row.id}/download`);

    const zip = await download(agent, Number(row.id));
    expect(zip.status).to.equal(200);
    expect(zip.headers['content-type']).to.equal('application/zip');
    const files = await unzip(zip.body as Buffer);
    expect([...files.keys()]).to.have.members([
      'leads.csv',
      'leads.json',
      'consents.csv',
      'history.csv',
      'campaigns.csv',
      'campaigns.json',
      'manifest.json',
      'README.txt',
    ]);
    const leads = csvRows(files.get('leads.csv')!);
    expect(leads.map((l) => Number(l.id))).to.have.members([consenting.id, formula.id]);
    expect(leads.map((l) => Number(l.id))).to.not.include(foreign.id);
    if (changed.status !== 'saved') throw new Error('not saved');
    const grace = leads.find((l) => Number(l.id) === consenting.id)!;
    // E.164 starts with '+', which a spreadsheet would run: neutralized like any formula (leads.json has it plain)
    expect(grace).to.include({
      first_name: 'Grace',
      email: 'grace.changed@example.test',
      phone: `'${changed.lead.phone}`,
    });
    expect(grace.address).to.equal(changed.lead.address);
    expect(grace.notes).to.equal(changed.lead.notes);
    expect(grace.lawful_basis).to.equal('legitimate_interest');
    expect(leads.find((l) => Number(l.id) === formula.id)!.first_name, 'formula neutralized').to.equal(
      `'=HYPERLINK("http://evil.test","click")`,
    );
    const json = JSON.parse(files.get('leads.json')!) as { id: number; email: string; phone: string }[];
    expect(json.map((l) => l.id)).to.have.members([consenting.id, formula.id]);
    expect(json.find((l) => l.id === consenting.id)).to.include({
      email: 'grace.changed@example.test',
      phone: changed.lead.phone,
    });
    const consents = csvRows(files.get('consents.csv')!);
    expect(consents.map((c) => Number(c.lead_id))).to.deep.equal([consenting.id]);
    expect(consents[0]).to.include({ channel: 'email', status: 'granted', wording: 'Send me news' });
    const history = csvRows(files.get('history.csv')!);
    const emailChange = history.find((h) => h.field === 'email' && Number(h.lead_id) === consenting.id);
    expect(emailChange, 'the e-mail change, decrypted').to.include({
      old_value: consenting.email!,
      new_value: 'grace.changed@example.test',
    });
    const campaigns = csvRows(files.get('campaigns.csv')!);
    expect(campaigns.map((c) => c.name)).to.deep.equal(['Spring export check']);
    expect(campaigns[0]).to.include({ id: String(campaign.id), state: 'draft', recipients: '0' });
    const counts = { leads: 2, consents: 1, history: history.length, campaigns: 1 };
    expect(JSON.parse(files.get('manifest.json')!)).to.deep.include({ counts });
    const raw = JSON.stringify([...files.values()]);
    expect(raw).to.not.include(foreign.lastName);

    const note = await s.db('notifications').where({ user_id: owner.user.id, kind: 'export' });
    expect(note.map((n) => n.title)).to.deep.equal(['Your data export is ready']);
    const mail = (await mailsTo(owner.email)).filter((m) => m.subject === 'Your data export is ready');
    expect(mail).to.have.length(1);
    expect(mail[0].text).to.include('http://portal.test/account/export');
    const audit = await s.db('audit_log').where({ actor_id: owner.user.id, action: 'lead.export' });
    expect(audit).to.have.length(1);
    expect(audit[0].details).to.deep.include({ ...counts });
    const downloads = await s.db('audit_log').where({ actor_id: owner.user.id, action: 'export.download' });
    expect(downloads).to.have.length(1);
  });

  it('gives another user 404, not the file; bad ids are 404 too', async () => {
    const owner = await makeUser('staff');
    const agent = await agentOn(t, owner);
    await createLead(owner, {});
    await ask(agent);
    const id = Number((await latest(owner)).id);
    await build(id);
    const admin = await makeUser('admin');
    for (const intruder of [await agentOn(t, await makeUser('staff')), await agentOn(t, admin)]) {
      expect((await download(intruder, id)).status).to.equal(404);
      expect((await intruder.get(`/account/export/${id}/progress`)).status).to.equal(404);
    }
    for (const bad of ['abc', '0', '-1', '1e3', '99999999999999999999'])
      expect((await agent.get(`/account/export/${bad}/download`)).status, bad).to.equal(404);
    expect((await download(agent, id)).status).to.equal(200);
  });

  it('expires after 24 hours: 410 with a clear page, and the sweep deletes the file', async () => {
    const owner = await makeUser('staff');
    const agent = await agentOn(t, owner);
    await createLead(owner, {});
    await ask(agent);
    const id = Number((await latest(owner)).id);
    await build(id);
    const [file] = filesOf(id);
    expect(file).to.match(/\.zip$/);
    expect(fs.statSync(path.join(dir(), file)).mode & 0o777).to.equal(0o600);
    time.advance(24 * HOUR + 60_000);
    try {
      const gone = await agent.get(`/account/export/${id}/download`);
      expect(gone.status).to.equal(410);
      expect(gone.text).to.include('This export has expired');
      const swept = await runJob(t, 'exports-sweep');
      expect(swept.expired).to.be.at.least(1);
      expect(filesOf(id)).to.deep.equal([]);
      expect((await latest(owner)).state).to.equal('expired');
      expect((await agent.get(`/account/export/${id}/download`)).status).to.equal(410);
    } finally {
      time.advance(-(24 * HOUR + 60_000));
    }
  });

  it('rebuilds from scratch after a killed worker: one file, one notification, one audit entry', async () => {
    const owner = await makeUser('staff');
    const agent = await agentOn(t, owner);
    await createLead(owner, {});
    await ask(agent);
    const id = Number((await latest(owner)).id);
    // a worker took it, wrote part of a file and was killed; Redis lost the job
    await s
      .db('data_exports')
      .where({ id })
      .update({
        state: 'running',
        run_token: 'dead',
        attempts: 1,
        heartbeat_at: new Date(Date.now() - HOUR),
      });
    fs.mkdirSync(dir(), { recursive: true });
    fs.writeFileSync(path.join(dir(), `export-${id}-dead.zip.part`), 'half a zip');
    await t.platform.jobs.queue('exports').remove(`export-${id}`);
    const swept = await runJob(t, 'exports-sweep');
    expect(swept.enqueued).to.be.at.least(1);
    expect(await t.platform.jobs.queue('exports').getJob(`export-${id}`), 're-enqueued').to.not.equal(undefined);
    expect(await build(id)).to.include({ built: true });
    expect(await build(id), 'a second run of a done export changes nothing').to.include({ built: false });
    expect(filesOf(id)).to.have.length(1);
    expect(filesOf(id)[0]).to.not.include('.part');
    expect(await s.db('notifications').where({ user_id: owner.user.id, kind: 'export' })).to.have.length(1);
    expect(await s.db('audit_log').where({ actor_id: owner.user.id, action: 'lead.export' })).to.have.length(1);
    const files = await unzip((await download(agent, id)).body as Buffer);
    expect(csvRows(files.get('leads.csv')!)).to.have.length(1);
  });

  it('tells the user when an export could not be made after its last attempt', async () => {
    const owner = await makeUser('staff');
    const agent = await agentOn(t, owner);
    await createLead(owner, {});
    await ask(agent);
    const id = Number((await latest(owner)).id);
    // a build that cannot write its file (the export folder is a file here)
    const broken = services({ ...config, varDir: path.join(config.varDir, 'not-a-folder') });
    fs.mkdirSync(config.varDir, { recursive: true });
    fs.writeFileSync(path.join(config.varDir, 'not-a-folder'), '');
    try {
      for (let attempt = 1; attempt <= 3; attempt++)
        await runJob(broken, 'export-build', { exportId: id }, 'exports').catch(() => undefined);
    } finally {
      fs.rmSync(path.join(config.varDir, 'not-a-folder'), { force: true });
      await broken.close();
    }
    expect((await latest(owner)).state).to.equal('failed');
    const told = await s.db('notifications').where({ user_id: owner.user.id, kind: 'export' });
    expect(told.map((n: { title: string }) => n.title)).to.deep.equal(['Your data export could not be made']);
    expect((await agent.get('/account/export')).text).to.match(/failed/i);
  });

  it('allows three exports a day, each counted as a lead export by the security patterns', async () => {
    const owner = await makeUser('staff');
    const agent = await agentOn(t, owner);
    for (let i = 0; i < 3; i++) {
      expect((await ask(agent)).status).to.equal(302);
      await build(Number((await latest(owner)).id));
    }
    const refused = await ask(agent);
    expect(refused.status).to.equal(409);
    expect(refused.text).to.include('3 exports a day');
    const detector = new SecurityDetector(
      s.audit,
      new FlagsStore(s.db),
      s.clock,
      securityThresholds('SEC_EXPORT_BURST=3'),
    );
    await detector.run();
    const flags = await s.db('compliance_flags').where({ kind: 'security', user_id: owner.user.id });
    expect(flags.map((f) => f.hits[0].rule)).to.deep.equal(['SEC_EXPORT_BURST']);
  });
});
