// The notification center: the unread count in the header, marking one (only one's own) or all read, paging;
// e-mail preferences for the optional kinds, which service notices ignore; announcements by audience on the
// "What's changed" page; maintenance notices and new-device sign-ins land in the center too.
import { expect } from 'chai';
import request from 'supertest';
import { s, smtp } from '../support/setup';
import { csrfOf, makeUser, mailsTo, signIn, type Agent, type TestUser } from '../support/helpers';
import { agentOn, cancelAllWindows, clockedServices, HOUR, scheduleWindow, workerRound } from '../support/status';
import { broadcastRound, publishVersion, resetPolicies } from '../support/policies';
import { createApp } from '../../src/app';
import type { Services } from '../../src/services';

const unreadOf = (html: string) => Number(/id="unread-count">(\d+)/.exec(html)?.[1] ?? 0);
const note = (u: TestUser, title: string) =>
  s.db('notifications').insert({ user_id: u.user.id, kind: 'announcement', title, created_at: new Date() });

describe('notification center', () => {
  let t: Services;
  let time: ReturnType<typeof clockedServices>['time'];
  let staff: TestUser;
  let agent: Agent;
  let admin: TestUser;
  let adminAgent: Agent;
  before(async () => {
    ({ t, time } = clockedServices(Date.now()));
    admin = await makeUser('admin');
    adminAgent = await agentOn(t, admin);
  });
  beforeEach(async () => {
    staff = await makeUser('staff');
    agent = await agentOn(t, staff);
  });
  afterEach(() => resetPolicies(t));
  after(async () => {
    await cancelAllWindows(t);
    await t.close();
  });

  it('counts unread in the header, marks one read (not another user’s) or all, and pages', async () => {
    for (let i = 1; i <= 23; i++) await note(staff, `Note ${i}`);
    const other = await makeUser('staff');
    await note(other, 'Not yours');
    const page = await agent.get('/notifications');
    expect(unreadOf(page.text)).to.equal(23);
    expect(page.text).to.include('Note 23');
    expect(page.text).to.not.include('Note 3<');
    expect(page.text).to.include('Page 1 of 2 (23 in all)');
    const second = await agent.get('/notifications?page=2');
    expect(second.text).to.include('Note 3<').and.include('Note 1<');
    const [mine] = await s.db('notifications').where({ user_id: staff.user.id, title: 'Note 23' }).pluck('id');
    const [theirs] = await s.db('notifications').where({ user_id: other.user.id }).pluck('id');
    const read = await agent
      .post(`/notifications/${mine}/read`)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(read.status).to.equal(303);
    expect(unreadOf((await agent.get('/notifications')).text)).to.equal(22);
    const stolen = await agent
      .post(`/notifications/${theirs}/read`)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(stolen.status).to.equal(404);
    expect((await s.db('notifications').where({ id: theirs }).first()).read_at).to.equal(null);
    const all = await agent
      .post('/notifications/read-all')
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(all.status).to.equal(303);
    expect(unreadOf((await agent.get('/notifications')).text)).to.equal(0);
    expect((await agent.get('/notifications?page=abc')).status).to.equal(200);
  });

  it('honours e-mail preferences for announcements, while terms changes are e-mailed regardless', async () => {
    const prefs = await agent.get('/account/notifications');
    expect(prefs.text).to.include('They always come by e-mail');
    const saved = await agent
      .post('/account/notifications')
      .type('form')
      .send({ _csrf: csrfOf(prefs.text) });
    expect(saved.status).to.equal(303);
    expect((await agent.get('/account/notifications')).text).to.not.match(/id="pref-announcement" checked/);
    const form = await adminAgent.get('/admin/announcements');
    const posted = await adminAgent
      .post('/admin/announcements')
      .type('form')
      .send({ _csrf: csrfOf(form.text), title: 'New lead import', body: 'Import **CSV** files.', significant: 'on' });
    expect(posted.status).to.equal(303);
    const v = await publishVersion(t, 'terms', { effectiveAt: new Date(time.clock().getTime() + 24 * HOUR) });
    await broadcastRound(t);
    const mails = await mailsTo(staff.email);
    expect(
      mails.filter((m) => m.subject === 'New lead import'),
      'opted out',
    ).to.have.length(0);
    expect(
      mails.filter((m) => m.subject.includes(`(version ${v.version})`)),
      'service notice',
    ).to.have.length(1);
    expect(
      smtp.to(admin.email).filter((m) => m.subject === 'New lead import'),
      'default: e-mailed',
    ).to.have.length(1);
    const titles = await s.db('notifications').where({ user_id: staff.user.id }).pluck('title');
    expect(titles).to.include('New lead import');
  });

  it('shows announcements to their audience only, newest first, rendered inert', async () => {
    const form = await adminAgent.get('/admin/announcements');
    const post = (fields: Record<string, string | string[]>) =>
      adminAgent
        .post('/admin/announcements')
        .type('form')
        .send({ _csrf: csrfOf(form.text), ...fields });
    expect((await post({ title: 'For officers', body: 'Only compliance.', roles: 'compliance' })).status).to.equal(303);
    const v = await publishVersion(t, 'privacy', { effectiveAt: new Date(time.clock().getTime() + 24 * HOUR) });
    expect((await post({ title: 'Older news', body: 'Everyone.', policyVersionId: String(v.id) })).status).to.equal(
      303,
    );
    const unknown = await post({ title: 'Bad link', body: 'x', policyVersionId: '99999' });
    expect(unknown.text).to.include('Choose a published version from the list');
    expect(
      (await post({ title: 'Newest news', body: '<script>alert(1)</script> [x](javascript:alert(1))' })).status,
    ).to.equal(303);
    const bad = await post({ title: '', body: 'x'.repeat(30_000), roles: 'wizard' });
    expect(bad.status).to.equal(400);
    expect(bad.text).to.include('Choose roles from the list');
    const bad2 = await post({ title: '', body: 'x'.repeat(30_000) });
    expect(bad2.text).to.include('Give the announcement a title').and.include('Keep the text under');
    await broadcastRound(t);
    const changes = await agent.get('/changes');
    expect(changes.text).to.not.include('For officers');
    expect(changes.text.indexOf('Newest news')).to.be.below(changes.text.indexOf('Older news'));
    expect(changes.text).to.not.match(/<script>alert|href="javascript:/);
    expect(changes.text).to.include(`href="/privacy/versions/${v.version}"`);
    const officer = await makeUser('compliance');
    expect((await (await agentOn(t, officer)).get('/changes')).text).to.include('For officers');
    const staffTitles = await s.db('notifications').where({ user_id: staff.user.id }).pluck('title');
    expect(staffTitles).to.include('Newest news').and.not.include('For officers');
  });

  it('puts maintenance notices and new-device sign-ins in the center', async () => {
    await scheduleWindow(t, new Date(time.clock().getTime() + 48 * HOUR), 1);
    time.advance(24 * HOUR + 60_000);
    await workerRound(t);
    const kinds = await s.db('notifications').where({ user_id: staff.user.id }).pluck('kind');
    expect(kinds).to.include('maintenance');
    const other = request.agent(createApp(t));
    other.set('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0');
    await signIn(other, staff);
    const security = await s.db('notifications').where({ user_id: staff.user.id, kind: 'security' });
    expect(security.length).to.be.at.least(1);
    expect(security[0].title).to.include('New sign-in');
  });
});
