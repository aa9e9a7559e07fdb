// Maintenance notices, on a clock the test moves: reminders at 72 h and 24 h, the start and the end, each once
// per user however often the worker's round runs; a late window skips the reminders already past; editing and
// cancelling tell those already notified; fan-outs that race write each user once.
import { expect } from 'chai';
import { s, smtp } from '../support/setup';
import { makeUser, type TestUser } from '../support/helpers';
import { cancelAllWindows, scheduleWindow, clockedServices, HOUR, workerRound } from '../support/status';
import type { Services } from '../../src/services';

const actor = { userId: null };
const subjects = (u: TestUser) => smtp.to(u.email).map((m) => m.subject);
const count = (u: TestUser, start: string) => subjects(u).filter((x) => x.startsWith(start)).length;

describe('maintenance notices (moved clock)', function () {
  this.timeout(60_000);
  let t: Services;
  let time: ReturnType<typeof clockedServices>['time'];
  let staff: TestUser[];
  let officer: TestUser;

  before(async () => {
    ({ t, time } = clockedServices(Date.UTC(2031, 0, 5, 9, 0)));
    staff = [await makeUser('staff'), await makeUser('staff')];
    officer = await makeUser('compliance');
  });
  after(async () => {
    await cancelAllWindows(t);
    await t.close();
  });

  it('reminds 72 h and 24 h before, and tells at the start and the end, each exactly once per user', async () => {
    time.set(Date.UTC(2031, 0, 5, 9, 0));
    const starts = new Date(Date.UTC(2031, 0, 9, 22, 0));
    const w = await scheduleWindow(t, starts, 2, 'read_only', ['staff'], 'Upgrade.');
    await workerRound(t);
    expect(subjects(staff[0]).filter((x) => x.includes('maintenance'))).to.deep.equal([]);
    const steps: [number, string][] = [
      [starts.getTime() - 72 * HOUR, 'Planned maintenance in 72h'],
      [starts.getTime() - 24 * HOUR, 'Planned maintenance in 24h'],
      [starts.getTime(), 'Planned maintenance has started'],
      [starts.getTime() + 2 * HOUR, 'Planned maintenance is complete'],
    ];
    for (const [at, subject] of steps) {
      time.set(at - 60_000);
      await workerRound(t);
      for (const u of staff) expect(count(u, subject), `${subject} a minute early`).to.equal(0);
      time.set(at);
      await workerRound(t);
      await workerRound(t); // a second round (a retry, a second worker) writes nothing more
      for (const u of staff) expect(count(u, subject), subject).to.equal(1);
    }
    const { notices } = await t.maintenance.get(w.id);
    expect(notices.map((n) => [n.kind, n.state])).to.deep.equal([
      ['reminder-72h', 'done'],
      ['reminder-24h', 'done'],
      ['start', 'done'],
      ['end', 'done'],
    ]);
    const staffCount = await s.db('users').where({ role: 'staff', status: 'active' }).count<{ n: string }[]>('* as n');
    const counts = await t.maintenance.counts(notices);
    for (const c of counts)
      expect(c).to.include({ due: Number(staffCount[0].n), sent: Number(staffCount[0].n), failed: 0 });
    // the delivery log (the admin's CSV) streams one row per user per notice
    const logged: { kind: string; email: string }[] = [];
    for await (const row of t.maintenance.deliveryLog(w.id)) logged.push(row as { kind: string; email: string });
    expect(logged).to.have.length(4 * Number(staffCount[0].n));
    expect(logged.filter((r) => r.email === staff[0].email).map((r) => r.kind)).to.have.members([
      'reminder-72h',
      'reminder-24h',
      'start',
      'end',
    ]);
    // a compliance officer is not affected by a staff-only window
    expect(smtp.to(officer.email).filter((m) => m.subject.includes('maintenance'))).to.deep.equal([]);
  });

  it('skips the reminders whose time had passed when the window was scheduled late', async () => {
    time.set(Date.UTC(2031, 1, 1, 9, 0));
    const starts = new Date(Date.UTC(2031, 1, 2, 15, 0)); // 30 h ahead: the 72 h reminder is past, the 24 h one not
    const w = await scheduleWindow(t, starts, 1, 'full_stop', ['staff'], '');
    const { notices } = await t.maintenance.get(w.id);
    const byKind = Object.fromEntries(notices.map((n) => [n.kind, n]));
    expect(byKind['reminder-72h'].state).to.equal('skipped');
    expect(byKind['reminder-72h'].skipReason).to.match(/less than 72 h/);
    expect(byKind['reminder-24h'].state).to.equal('pending');
    time.set(starts.getTime() - 24 * HOUR);
    await workerRound(t);
    expect(count(staff[0], 'Planned maintenance in 72h')).to.equal(1); // the first test's only
    expect(
      smtp
        .to(staff[0].email)
        .filter((m) => m.subject.startsWith('Planned maintenance in 24h') && m.subject.includes('full stop')),
    ).to.have.length(1);
  });

  it('tells everyone already notified what changed, and of a cancellation; not those never told', async () => {
    time.set(Date.UTC(2031, 2, 1, 9, 0));
    const starts = new Date(Date.UTC(2031, 2, 5, 20, 0));
    const w = await scheduleWindow(t, starts, 1, 'read_only', ['staff'], '');
    time.set(starts.getTime() - 72 * HOUR);
    await workerRound(t);
    const late = await makeUser('staff'); // joins after the first reminder
    const before = smtp.messages.length;
    const moved = new Date(starts.getTime() + 2 * HOUR);
    const edited = await t.maintenance.edit(
      w.id,
      {
        startsAt: moved,
        endsAt: new Date(moved.getTime() + 3 * HOUR),
        impact: 'full_stop',
        roles: ['staff'],
        message: 'Longer.',
      },
      actor,
    );
    expect(edited.revision).to.equal(2);
    await workerRound(t);
    const changed = smtp.messages.slice(before).filter((m) => m.subject === 'Planned maintenance has changed');
    const mine = changed.find((m) => m.to === staff[0].email.toLowerCase());
    expect(mine, 'the change notice').to.not.equal(undefined);
    expect(mine!.text)
      .to.match(/Was: Read-only from .* 20:00 UTC/)
      .and.match(/Now: Full stop from .* 22:00 UTC .*\(3 h\)/);
    expect(changed.filter((m) => m.to === late.email.toLowerCase())).to.have.length(0);
    // a message-only edit is no change to tell of
    await t.maintenance.edit(
      w.id,
      {
        startsAt: moved,
        endsAt: new Date(moved.getTime() + 3 * HOUR),
        impact: 'full_stop',
        roles: ['staff'],
        message: 'Longer still.',
      },
      actor,
    );
    await workerRound(t);
    expect(count(staff[0], 'Planned maintenance has changed')).to.equal(1);
    await t.maintenance.cancel(w.id, actor);
    await workerRound(t);
    expect(count(staff[0], 'Planned maintenance is cancelled')).to.equal(1);
    expect(count(late, 'Planned maintenance is cancelled')).to.equal(0);
    time.set(moved.getTime() - 24 * HOUR);
    await workerRound(t);
    expect(count(late, 'Planned maintenance in 24h')).to.equal(0);
    const { notices } = await t.maintenance.get(w.id);
    expect(notices.filter((n) => n.state === 'skipped').map((n) => n.kind)).to.have.members([
      'reminder-24h',
      'start',
      'end',
    ]);
  });

  it('an edit leaves a due reminder whose time did not move to go out; widened roles tell the newly affected', async () => {
    time.set(Date.UTC(2031, 4, 1, 9, 0));
    const starts = new Date(Date.UTC(2031, 4, 5, 9, 0));
    const w = await scheduleWindow(t, starts, 1, 'read_only', ['staff'], '');
    time.set(starts.getTime() - 72 * HOUR);
    await workerRound(t);
    time.set(starts.getTime() - 24 * HOUR + 5000); // the 24 h reminder is due, no worker has run yet
    const edited = { startsAt: starts, endsAt: new Date(starts.getTime() + HOUR), message: '' };
    await t.maintenance.edit(w.id, { ...edited, impact: 'full_stop', roles: ['compliance', 'staff'] }, actor, 1);
    const reminder = (await t.maintenance.get(w.id)).notices.find((n) => n.kind === 'reminder-24h')!;
    expect(reminder.state, 'not skipped by the edit').to.equal('pending');
    await workerRound(t);
    const thisOne = subjects(staff[0]).filter(
      (x) => x.startsWith('Planned maintenance in 24h') && x.includes('5 May 2031'),
    );
    expect(thisOne, 'the due reminder went out, once').to.have.length(1);
    const change = smtp.to(officer.email).filter((m) => m.subject === 'Planned maintenance has changed');
    expect(change, 'the officer, newly affected, hears of it').to.have.length(1);
    expect(change[0].text)
      .to.match(/Was: Read-only .* for staff/)
      .and.match(/Now: Full stop .* for compliance, staff/);
    // a form that showed revision 1 cannot overwrite revision 2
    const stale = t.maintenance.edit(w.id, { ...edited, impact: 'read_only', roles: ['staff'] }, actor, 1);
    await stale.then(
      () => expect.fail('a stale form saved'),
      (err: { errors?: Record<string, string> }) => expect(err.errors?.window).to.match(/Someone changed this window/),
    );
  });

  it('writes each user once when fan-outs of one notice race (two workers), in small batches', async () => {
    // batches of 3, so the racers take turns at the notice's lock
    const small = clockedServices(Date.UTC(2031, 3, 1, 9, 0), { NOTICE_BATCH: 3 });
    try {
      for (let i = 0; i < 8; i++) await makeUser('staff', { twoFactor: false });
      const starts = new Date(Date.UTC(2031, 3, 2, 9, 0));
      const w = await scheduleWindow(small.t, starts, 1, 'read_only', null, '');
      small.time.set(starts.getTime() - 24 * HOUR);
      const [notice] = (await small.t.maintenance.get(w.id)).notices.filter((n) => n.kind === 'reminder-24h');
      const written = await Promise.all([1, 2, 3].map(() => small.t.noticeFanout.fanOut(notice.id)));
      const active = Number((await s.db('users').where({ status: 'active' }).count<{ n: string }[]>('* as n'))[0].n);
      expect(active).to.be.above(6);
      expect(written.filter((n) => n > 0).length, 'racers that wrote a batch').to.be.above(1);
      expect(written.reduce((a, b) => a + b, 0)).to.equal(active);
      const rows = await s.db('status_deliveries').where({ notice_id: notice.id }).count<{ n: string }[]>('* as n');
      expect(Number(rows[0].n)).to.equal(active);
      const outbox = await s
        .db('outbox')
        .where('dedupe_key', 'like', `status-${notice.id}-%`)
        .count<{ n: string }[]>('* as n');
      expect(Number(outbox[0].n)).to.equal(active);
    } finally {
      await cancelAllWindows(small.t);
      await small.t.close();
    }
  });
});
