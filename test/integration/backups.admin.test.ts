// /admin/backups as an administrator uses it: "back up now" (run by the job a worker runs), the page and its
// progress, pin and unpin, the download behind a second-factor code (audited), and the failure banner until
// acknowledged.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { s, config } from '../support/setup';
import {
  allowTotpReuse,
  makeUser,
  signedInAgent,
  submit,
  totpCode,
  type Agent,
  type TestUser,
} from '../support/helpers';
import { runJob } from '../../src/jobs';

describe('backups: the admin pages', function () {
  this.timeout(120_000);
  let admin: TestUser;
  let agent: Agent;
  let staff: Agent;
  let id = 0;

  before(async () => {
    await s.db('backups').whereIn('state', ['queued', 'running', 'verifying']).update({ state: 'failed' });
    await s.db('backups').whereNull('acknowledged_at').update({ acknowledged_at: new Date() });
    admin = await makeUser('admin');
    agent = await signedInAgent(admin);
    staff = await signedInAgent(await makeUser('staff'));
  });

  it('"Back up now" queues one backup, which the job dumps and verifies; the page shows it', async () => {
    const res = await submit(agent, '/admin/backups', '/admin/backups', {});
    expect(res.status).to.equal(303);
    id = Number(/\/admin\/backups\/(\d+)$/.exec(res.headers.location)![1]);
    const queued = await agent.get(res.headers.location);
    expect(queued.text).to.include('data-state="queued"').and.include('<progress');
    const again = await submit(agent, '/admin/backups', '/admin/backups', {});
    expect((await agent.get(again.headers.location)).text).to.include('A backup is already queued or running');

    expect(await runJob(s, 'backup-run', { backupId: id }, 'backups')).to.deep.equal({ verified: true });
    const progress = await agent.get(`/admin/backups/${id}/progress`);
    expect(progress.body).to.deep.equal({ state: 'verified', phase: null, percent: 100, failure: null });
    const page = await agent.get(`/admin/backups/${id}`);
    expect(page.text).to.include('restored into a scratch database').and.include('id="manifest-tables"');
    const list = await agent.get('/admin/backups');
    expect(list.text).to.match(new RegExp(`<tr data-state="verified">\\s*<td><a href="/admin/backups/${id}">`));
    expect(list.text).to.include('id="size-chart"').and.include('id="duration-chart"');
    expect((await staff.get('/admin/backups')).status).to.equal(403);
  });

  it('pins and unpins, each in the audit log', async () => {
    await submit(agent, `/admin/backups/${id}`, `/admin/backups/${id}/pin`, { pinned: 'true' });
    expect((await s.backupConsole.get(id)).pinned).to.equal(true);
    await submit(agent, `/admin/backups/${id}`, `/admin/backups/${id}/pin`, { pinned: 'false' });
    expect((await s.backupConsole.get(id)).pinned).to.equal(false);
    const actions = await s
      .db('audit_log')
      .where({ target_id: String(id) })
      .pluck('action');
    expect(actions).to.include.members(['backup.pinned', 'backup.unpinned']);
  });

  it('downloads only after a second-factor code, recorded with who took it', async () => {
    const asked = await agent.get(`/admin/backups/${id}/download`);
    expect(asked.status).to.equal(200);
    expect(asked.text).to.include('Confirm and download');
    const wrong = await submit(agent, `/admin/backups/${id}/download`, `/admin/backups/${id}/download`, {
      code: '000000',
    });
    expect(wrong.status).to.equal(400);
    expect(wrong.text).to.match(/class="field-error" id="code-error">That code is not right/);
    await allowTotpReuse(admin);
    const ok = await submit(agent, `/admin/backups/${id}/download`, `/admin/backups/${id}/download`, {
      code: totpCode(admin.totpSecret!),
    });
    expect(ok.status).to.equal(303);
    const file = await agent
      .get(ok.headers.location)
      .buffer(true)
      .parse((res, cb) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => cb(null, Buffer.concat(parts)));
      });
    expect(file.status).to.equal(200);
    expect(file.headers['content-type']).to.equal('application/octet-stream');
    const b = await s.backupConsole.get(id);
    expect((file.body as Buffer).equals(fs.readFileSync(path.join(config.backupDir, b.file!)))).to.equal(true);
    const entry = await s
      .db('audit_log')
      .where({ action: 'backup.downloaded', target_id: String(id) })
      .first();
    expect(Number(entry.actor_id)).to.equal(admin.user.id);
  });

  it('shows admins a banner on a failure until one of them acknowledges it', async () => {
    await s.backups.fail({ id, file: null }, 'the dump failed: disk full');
    expect((await agent.get('/')).text).to.match(/id="backup-alert"[\s\S]*the dump failed: disk full/);
    expect((await staff.get('/')).text).to.not.include('backup-alert');
    const ack = await submit(agent, '/', '/admin/backups/acknowledge', { upTo: String(id - 1) });
    expect((await agent.get('/')).text, 'a failure after the one shown stays').to.include('backup-alert');
    await submit(agent, '/', '/admin/backups/acknowledge', { upTo: String(id) });
    expect(ack.status).to.equal(303);
    expect((await agent.get('/')).text).to.not.include('backup-alert');
    expect(await s.db('audit_log').where({ action: 'backup.acknowledged' }).first()).to.not.equal(undefined);
  });
});
