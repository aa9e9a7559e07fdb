// Maintenance tests: services on a clock the test moves, and the worker's round (the sweep enqueues due notices,
// each notice's fan-out job runs, the outbox is delivered) run in-process at the clock's time.
import request from 'supertest';
import { createApp } from '../../src/app';
import { runJob } from '../../src/jobs';
import { services, type Services } from '../../src/services';
import type { Config } from '../../src/platform/config';
import type { Role } from '../../src/features/accounts';

type Impact = 'read_only' | 'full_stop';
import { config, s } from './setup';
import { deliverOutbox, makeUser, signIn, type Agent, type TestUser } from './helpers';

export const HOUR = 3_600_000;

export interface Movable {
  clock: () => Date;
  set(at: Date | number): void;
  advance(ms: number): void;
}
export function movableClock(start: Date | number): Movable {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    set: (at) => void (now = new Date(at).getTime()),
    advance: (ms) => void (now += ms),
  };
}

/** A whole set of services (own pool, own mode cache) on a movable clock starting at `start`. */
export function clockedServices(start: Date | number, settings: Partial<Config> = {}): { t: Services; time: Movable } {
  const time = movableClock(start);
  return { t: services({ ...config, ...settings }, time.clock), time };
}

/** What a worker does at the clock's time: each due notice's fan-out, then every unsent e-mail's delivery. */
export async function workerRound(t: Services): Promise<number> {
  let written = 0;
  for (const noticeId of await t.noticeFanout.due())
    written += Number((await runJob(t, 'status-fanout', { noticeId }, 'notices')).written);
  await deliverOutbox();
  return written;
}

/** Clocked services with a staff user and an admin, each signed in with an agent on that app. */
export async function portalWorld(start: Date | number) {
  const { t, time } = clockedServices(start);
  const staff = await makeUser('staff');
  const admin = await makeUser('admin');
  return { t, time, staff, admin, staffAgent: await agentOn(t, staff), adminAgent: await agentOn(t, admin) };
}

export async function agentOn(t: Services, u: TestUser): Promise<Agent> {
  const agent = request.agent(createApp(t));
  await signIn(agent, u);
  return agent;
}

/** Windows of other tests must not show in later files' pages, nor their notices go out on a later test's
 * clock: cancel every window, skip every notice not sent. */
export async function cancelAllWindows(...others: Services[]): Promise<void> {
  await s.db('maintenance_windows').whereNull('cancelled_at').update({ cancelled_at: new Date() });
  await s.db('status_notices').where({ state: 'pending' }).update({ state: 'skipped', skip_reason: 'test over' });
  for (const x of [s, ...others]) x.portalMode.invalidate();
}

/** A window of `hours` from `startsAt`, scheduled by the system (no actor). */
export const scheduleWindow = (
  t: Services,
  startsAt: Date,
  hours: number,
  impact: Impact = 'read_only',
  roles: Role[] | null = null,
  message = '',
) =>
  t.maintenance.schedule(
    { startsAt, endsAt: new Date(startsAt.getTime() + hours * HOUR), impact, roles, message },
    { userId: null },
  );

/** The form of a window, times as UTC minutes. */
export const windowForm = (start: Date, end: Date, impact = 'read_only', extra: Record<string, string> = {}) => ({
  startsAt: start.toISOString().slice(0, 16),
  endsAt: end.toISOString().slice(0, 16),
  impact,
  message: 'Database upgrade.',
  ...extra,
});
