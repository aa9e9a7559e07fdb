// Incidents and the public status page, on a moved clock: each incident update is e-mailed once to the users it
// affects and shows in the banner until resolved; /status, /status.json and /status.atom work signed out, and the
// feed is well-formed Atom.
import { expect } from 'chai';
import request from 'supertest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { smtp } from '../support/setup';
import { csrfOf, deliverOutbox, submit, type Agent, type TestUser } from '../support/helpers';
import { cancelAllWindows, portalWorld, scheduleWindow, workerRound } from '../support/status';
import { createApp } from '../../src/app';
import type { Services } from '../../src/services';

describe('incidents and the public status page (moved clock)', function () {
  this.timeout(60_000);
  let t: Services;
  let time: Awaited<ReturnType<typeof portalWorld>>['time'];
  let staff: TestUser;
  let admin: TestUser;
  let staffAgent: Agent;
  let adminAgent: Agent;

  before(async () => {
    ({ t, time, staff, admin, staffAgent, adminAgent } = await portalWorld(Date.UTC(2032, 5, 25, 9, 0)));
    // a window that will have completed when the status page is read
    await scheduleWindow(t, new Date(Date.UTC(2032, 5, 25, 10, 0)), 1);
  });
  after(async () => {
    await cancelAllWindows(t);
    await t.close();
  });

  it('incidents: each update e-mails the affected users once, shows in the banner until resolved', async () => {
    time.set(Date.UTC(2032, 6, 1, 9, 0));
    const page = await adminAgent.get('/admin/incidents');
    const opened = await adminAgent
      .post('/admin/incidents')
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        title: 'Campaign sends delayed',
        impact: 'major',
        parts: ['campaigns', 'e-mail delivery'],
        roles: 'staff',
        state: 'investigating',
        body: 'Sends are queued, not lost.',
      });
    expect(opened.status).to.equal(302);
    const id = Number(/\/admin\/incidents\/(\d+)/.exec(opened.headers.location)![1]);
    expect((await staffAgent.get('/')).text).to.include('Incident: Campaign sends delayed.');
    await workerRound(t);
    await workerRound(t);
    await submit(adminAgent, `/admin/incidents/${id}`, `/admin/incidents/${id}/updates`, {
      state: 'resolved',
      body: 'All sends went out.',
    });
    await workerRound(t);
    const mine = smtp.to(staff.email).filter((m) => m.subject.endsWith('Campaign sends delayed'));
    expect(mine.map((m) => m.subject)).to.deep.equal([
      '[Investigating] Campaign sends delayed',
      '[Resolved] Campaign sends delayed',
    ]);
    expect(smtp.to(admin.email).filter((m) => m.subject.endsWith('Campaign sends delayed'))).to.have.length(0);
    t.portalMode.invalidate();
    expect((await staffAgent.get('/')).text).to.not.include('Incident: Campaign sends delayed.');
    const bad = await submit(adminAgent, '/admin/incidents', '/admin/incidents', {
      title: '',
      impact: 'apocalyptic',
      state: 'x',
      body: '',
    });
    expect(bad.status).to.equal(400);
    for (const f of ['title', 'impact', 'parts', 'state', 'body']) expect(bad.text).to.include(`id="${f}-error"`);
  });

  it('publishes /status, /status.json and /status.atom to anyone, signed out', async () => {
    time.set(Date.UTC(2032, 6, 2, 9, 0));
    const anonymous = request(createApp(t));
    const html = await anonymous.get('/status');
    expect(html.status).to.equal(200);
    expect(html.text)
      .to.include('Valley CRM status')
      .and.include('Campaign sends delayed')
      .and.include('Database: working');
    const json = await anonymous.get('/status.json');
    expect(json.status).to.equal(200);
    expect(json.body.checks).to.include({ postgres: 'ok', redis: 'ok' });
    expect(json.body.incidents.some((i: { title: string }) => i.title === 'Campaign sends delayed')).to.equal(true);
    expect(json.body.maintenance.some((m: { phase: string }) => m.phase === 'completed')).to.equal(true);
    expect(JSON.stringify(json.body)).to.not.match(/@example\.test|created_?[bB]y/);
    const atom = await anonymous.get('/status.atom');
    expect(atom.status).to.equal(200);
    expect(atom.headers['content-type']).to.match(/^application\/atom\+xml/);
    expect(XMLValidator.validate(atom.text)).to.equal(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atom.text).feed;
    expect(feed['@_xmlns']).to.equal('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat();
    expect(
      entries.some((e: { title: unknown }) => JSON.stringify(e.title).includes('Campaign sends delayed')),
    ).to.equal(true);
    for (const e of entries) {
      expect(e.id).to.be.a('string');
      expect(e.updated).to.match(/^\d{4}-\d{2}-\d{2}T/);
    }
    await deliverOutbox();
  });
});
