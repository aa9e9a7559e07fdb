// The portal during maintenance, on a moved clock: read-only answers writes with 503 and Retry-After and serves
// reads; a full stop lets only admins in; the switch happens on its own at the start and the end; full stops
// hold campaign and other mail but not status notices; the banner and its dismissal; the admin forms refuse bad
// input beside the fields. (Incidents and the public status page: status.public.test.ts.)
import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { csrfOf, makeUser, submit, type Agent, type TestUser } from '../support/helpers';
import { configureSending, consentingLead, makeCampaign, recipientsOf, startCampaign } from '../support/campaigns';
import { loadStatuses, word } from '../support/leads';
import { agentOn, cancelAllWindows, portalWorld, scheduleWindow, HOUR, windowForm } from '../support/status';
import { createApp } from '../../src/app';
import type { Services } from '../../src/services';

const actor = { userId: null };

describe('the portal during maintenance (moved clock)', function () {
  this.timeout(60_000);
  let t: Services;
  let time: Awaited<ReturnType<typeof portalWorld>>['time'];
  let staff: TestUser;
  let staffAgent: Agent;
  let adminAgent: Agent;

  before(async () => {
    ({ t, time, staff, staffAgent, adminAgent } = await portalWorld(Date.UTC(2032, 0, 4, 9, 0)));
  });
  after(async () => {
    await cancelAllWindows(t);
    await t.close();
  });

  const newLead = (agent: Agent) =>
    submit(agent, '/leads/new', '/leads/new', {
      firstName: 'Ada',
      lastName: 'Read',
      email: `ada.${Date.now()}@example.test`,
    });

  it('read-only: writes get 503 with Retry-After, reads and sign-in work, admins write; it switches on and off by itself', async () => {
    time.set(Date.UTC(2032, 0, 4, 9, 0));
    const starts = new Date(Date.UTC(2032, 0, 4, 12, 0));
    await scheduleWindow(t, starts, 1, 'read_only', null, 'Upgrade.');
    expect((await newLead(staffAgent)).status, 'before the window').to.not.equal(503);
    time.set(starts.getTime() + 30 * 60_000);
    const refused = await newLead(staffAgent);
    expect(refused.status).to.equal(503);
    expect(refused.headers['retry-after']).to.equal(String(30 * 60));
    expect(refused.text).to.include('read-only until').and.include('Nothing you sent was saved');
    expect((await staffAgent.get('/leads')).status).to.equal(200);
    const fresh = request.agent(createApp(t));
    const signin = await submit(fresh, '/login', '/login', { email: staff.email, password: staff.password });
    expect(signin.status, 'sign-in during read-only').to.equal(302);
    expect((await fresh.get('/leads')).status).to.equal(200);
    expect((await newLead(adminAgent)).status, 'an admin writes').to.not.equal(503);
    time.set(starts.getTime() + HOUR);
    expect((await newLead(staffAgent)).status, 'after the window').to.not.equal(503);
  });

  it('full stop: everyone but admins gets the 503 page, reads included; the status page and sign-in stay open', async () => {
    time.set(Date.UTC(2032, 1, 1, 9, 0));
    const starts = new Date(Date.UTC(2032, 1, 1, 10, 0));
    const w = await scheduleWindow(t, starts, 2, 'full_stop', null, '');
    time.set(starts.getTime() + 60_000);
    const read = await staffAgent.get('/leads');
    expect(read.status).to.equal(503);
    expect(Number(read.headers['retry-after'])).to.equal(2 * 3600 - 60);
    expect(read.text).to.include('closed until');
    expect((await adminAgent.get('/leads')).status).to.equal(200);
    const anonymous = request(createApp(t));
    expect((await anonymous.get('/login')).status).to.equal(200);
    expect((await anonymous.get('/status')).status).to.equal(200);
    // an admin ends it early: the portal opens at once
    const page = await adminAgent.get(`/admin/maintenance/${w.id}`);
    const ended = await adminAgent
      .post(`/admin/maintenance/${w.id}/end`)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(ended.status).to.equal(302);
    expect((await staffAgent.get('/leads')).status).to.equal(200);
    expect((await t.maintenance.get(w.id)).window.endedEarlyAt).to.not.equal(null);
  });

  it('full stop holds campaign and other mail until its end, but not the status notices', async () => {
    time.set(Date.UTC(2032, 2, 1, 9, 0));
    const starts = new Date(Date.UTC(2032, 2, 1, 9, 30));
    await scheduleWindow(t, starts, 1, 'full_stop', ['staff'], '');
    time.set(starts.getTime() + 60_000);
    const other = (await t.platform.mail.queue(
      { kind: 'account.test', to: staff.email, subject: 'Held mail', text: 'x' },
      undefined,
      { enqueue: false },
    ))!;
    expect(await t.platform.mail.deliver(other)).to.equal(false);
    expect((await s.db('outbox').where({ id: other }).first()).sent_at).to.equal(null);
    expect(await t.portalMode.fullStopUntil()).to.deep.equal(new Date(starts.getTime() + HOUR));
    // the start notice goes out during the full stop
    for (const id of await t.noticeFanout.due()) await t.noticeFanout.fanOut(id);
    const notice = await s
      .db('outbox')
      .where({ to_address: staff.email, kind: 'status.maintenance.start' })
      .orderBy('id', 'desc')
      .first();
    expect(await t.platform.mail.deliver(Number(notice.id))).to.equal(true);
    time.set(starts.getTime() + HOUR);
    expect(await t.portalMode.fullStopUntil()).to.equal(null);
    expect(await t.platform.mail.deliver(other)).to.equal(true);
  });

  it('a full stop ended early releases the mail it held at once', async () => {
    time.set(Date.UTC(2032, 2, 2, 9, 0));
    const w = await scheduleWindow(t, new Date(Date.UTC(2032, 2, 2, 9, 30)), 6, 'full_stop', ['staff']);
    time.set(Date.UTC(2032, 2, 2, 10, 0));
    const held = (await t.platform.mail.queue({ kind: 'lead.digest', to: staff.email, subject: 'Held', text: 'x' }))!;
    expect(await t.platform.mail.deliver(held)).to.equal(false);
    await t.maintenance.endEarly(w.id, actor);
    const jobs = await s.jobs.mail.getJobs(['waiting', 'prioritized', 'delayed']);
    const release = jobs.find(
      (j) => j.id?.startsWith('mail-release-') && (j.data.outboxIds as number[])?.includes(held),
    );
    expect(release, 'a job of its own, not waiting for the planned end').to.not.equal(undefined);
    expect(await release!.getState()).to.not.equal('delayed');
    expect(await t.platform.mail.deliver(held)).to.equal(true);
  });

  it('full stop holds campaign sends: the recipient waits, pending, and is sent once the window is over', async () => {
    await loadStatuses();
    await configureSending({ capMessages: 10 });
    const tag = `hold${word(6)}`;
    await consentingLead(staff, tag);
    const c = await makeCampaign(staff, { audience: { tag } });
    const [recipient] = await startCampaign(staff, c.id);
    time.set(Date.UTC(2032, 2, 8, 9, 0));
    const starts = new Date(Date.UTC(2032, 2, 8, 9, 30));
    await scheduleWindow(t, starts, 1, 'full_stop', ['compliance'], '');
    time.set(starts.getTime() + 60_000);
    expect(await t.campaignSender.sendOne(recipient)).to.equal('waiting');
    expect((await recipientsOf(c.id))[0].state).to.equal('queued');
    expect(await t.campaignSweep.run(), 'the sweep starts and re-enqueues nothing').to.deep.equal({
      started: 0,
      requeued: 0,
      finished: 0,
    });
    time.set(starts.getTime() + HOUR);
    expect(await t.campaignSender.sendOne(recipient)).to.equal('sent');
  });

  it('shows the banner of the next window, dismissible, back when the window changes', async () => {
    time.set(Date.UTC(2032, 3, 1, 9, 0));
    const starts = new Date(Date.UTC(2032, 3, 3, 21, 0));
    const w = await scheduleWindow(t, starts, 1, 'read_only', ['staff'], 'Disk swap.');
    const home = await staffAgent.get('/');
    expect(home.text)
      .to.include('id="maintenance-banner"')
      .and.include('Disk swap.')
      .and.include('Nothing can be saved');
    const dismissed = await staffAgent
      .post(`/status/banner/${w.id}/dismiss`)
      .type('form')
      .send({ _csrf: csrfOf(home.text), back: '/leads' });
    expect(dismissed.headers.location).to.equal('/leads');
    expect((await staffAgent.get('/')).text).to.not.include('id="maintenance-banner"');
    await t.maintenance.edit(
      w.id,
      {
        startsAt: starts,
        endsAt: new Date(starts.getTime() + 2 * HOUR),
        impact: 'read_only',
        roles: ['staff'],
        message: 'Disk swap.',
      },
      actor,
    );
    expect((await staffAgent.get('/')).text, 'changed: shown again').to.include('id="maintenance-banner"');
    // an off-site "back" goes home
    const again = await staffAgent.get('/');
    const offsite = await staffAgent
      .post(`/status/banner/${w.id}/dismiss`)
      .type('form')
      .send({ _csrf: csrfOf(again.text), back: '//evil.example' });
    expect(offsite.headers.location).to.equal('/');
    // compliance officers are not affected by a staff-only window
    const officer = await agentOn(t, await makeUser('compliance'));
    expect((await officer.get('/')).text).to.not.include('id="maintenance-banner"');
  });

  it('refuses bad windows beside the fields and keeps what was entered', async () => {
    time.set(Date.UTC(2032, 4, 1, 9, 0));
    const at = (h: number) => new Date(Date.UTC(2032, 4, 1, 9 + h, 0));
    const post = (form: Record<string, unknown>) =>
      submit(adminAgent, '/admin/maintenance', '/admin/maintenance', form as Record<string, string>);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [windowForm(at(5), at(4)), 'endsAt', /after the start/],
      [windowForm(at(-3), at(2)), 'startsAt', /in the past/],
      [windowForm(at(5), at(6), 'read_only', { startsAt: '2032-02-30T10:00' }), 'startsAt', /Enter the start/],
      [windowForm(at(5), at(6), 'sideways'), 'impact', /read-only or full stop/],
      [windowForm(at(5), at(6), 'read_only', { roles: 'superuser' }), 'roles', /roles from the list/],
      [windowForm(at(5), at(6), 'read_only', { message: 'x'.repeat(1_000_000) }), 'message', /under 2000/],
      [{ ...windowForm(at(5), at(6)), startsAt: { $gt: '' } }, 'startsAt', /Enter the start/],
      [windowForm(at(5), at(24 * 8)), 'endsAt', /at most 7 days/],
    ];
    for (const [form, name, message] of cases) {
      const res = await post(form);
      expect(res.status, name).to.equal(400);
      expect(res.text, name)
        .to.match(new RegExp(`id="${name}-error"[^>]*>[^<]*`))
        .and.match(message);
    }
    const kept = await post(windowForm(at(5), at(4), 'full_stop', { message: 'Kept <b>as typed</b>' }));
    expect(kept.text).to.include('value="2032-05-01T14:00"').and.include('Kept &lt;b&gt;as typed&lt;/b&gt;');
    expect(kept.text).to.match(/value="full_stop" checked/);
    // overlapping another window
    expect((await post(windowForm(at(5), at(7)))).status).to.equal(302);
    const clash = await post(windowForm(at(6), at(8)));
    expect(clash.status).to.equal(400);
    expect(clash.text).to.match(/overlaps window #\d+/);
  });

  it('cannot edit a window once it has ended', async () => {
    time.set(Date.UTC(2032, 5, 1, 9, 0));
    const w = await t.maintenance.schedule(
      {
        startsAt: new Date(Date.UTC(2032, 5, 1, 10, 0)),
        endsAt: new Date(Date.UTC(2032, 5, 1, 11, 0)),
        impact: 'read_only',
        roles: null,
        message: '',
      },
      actor,
    );
    time.set(Date.UTC(2032, 5, 1, 12, 0));
    const res = await submit(
      adminAgent,
      `/admin/maintenance/${w.id}`,
      `/admin/maintenance/${w.id}`,
      windowForm(new Date(Date.UTC(2032, 5, 2, 10, 0)), new Date(Date.UTC(2032, 5, 2, 11, 0))),
    );
    expect(res.status).to.equal(400);
    expect(res.text).to.include('This window has ended: it can no longer change.');
    expect((await t.maintenance.get(w.id)).window.startsAt.toISOString()).to.equal('2032-06-01T10:00:00.000Z');
  });
});
