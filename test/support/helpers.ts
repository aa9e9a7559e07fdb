// Helpers shared by the suites: users, signed-in agents with CSRF tokens, mail delivery.
import request from 'supertest';
import { generateSync } from 'otplib';
import { expect } from 'chai';
import { createApp } from '../../src/app';
import type { Role, User } from '../../src/features/accounts';
import { newTotpSecret } from '../../src/features/accounts/totp';
import { s, smtp } from './setup';

let counter = 0;
export const PASSWORD = 'correct horse battery staple';
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

export interface TestUser {
  user: User;
  email: string;
  password: string;
  totpSecret?: string;
}

/** An active user. Admins and compliance officers get two-factor sign-in (their role requires it). */
export async function makeUser(role: Role, opts: { twoFactor?: boolean; name?: string } = {}): Promise<TestUser> {
  const email = `${unique(role)}@example.test`;
  const user = await s.users.create({ email, name: opts.name ?? `Test ${role} ${counter}`, role }, PASSWORD, {
    userId: null,
  });
  const result: TestUser = { user, email, password: PASSWORD };
  if (opts.twoFactor ?? role !== 'staff') {
    const secret = newTotpSecret();
    // Enrol with the previous step's code, so the current code is still unused for the first sign-in.
    await s.accounts.enableTwoFactor(user, secret, totpCode(secret, -30), { userId: user.id });
    result.totpSecret = secret;
  }
  result.user = (await s.users.get(user.id))!;
  return result;
}

/** The TOTP code of the current 30-second step, or of the step `offsetSeconds` away (±30 is accepted). */
export const totpCode = (secret: string, offsetSeconds = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

/**
 * Test set-up only: forget the last accepted TOTP step, so a suite may sign the same user in several
 * times within one step. Replay protection itself is tested in auth.test.ts.
 */
export const allowTotpReuse = (u: TestUser) => s.db('users').where({ id: u.user.id }).update({ totp_last_step: null });

export const app = () => createApp(s);
export type Agent = ReturnType<typeof request.agent>;

/** The CSRF token of the first form on the page. */
export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF token on the page');
  return m[1];
}

/** GETs `page` and POSTs `form` to `action` with that page's CSRF token. */
export async function submit(agent: Agent, page: string, action: string, form: Record<string, string>) {
  const res = await agent.get(page);
  return agent
    .post(action)
    .type('form')
    .send({ ...form, _csrf: csrfOf(res.text) });
}

export async function signIn(agent: Agent, u: TestUser): Promise<void> {
  const res = await submit(agent, '/login', '/login', { email: u.email, password: u.password });
  if (u.totpSecret) {
    expect(res.headers.location).to.equal('/login/2fa');
    await allowTotpReuse(u);
    const second = await submit(agent, '/login/2fa', '/login/2fa', { code: totpCode(u.totpSecret) });
    expect(second.status, 'second factor').to.equal(302);
  } else {
    expect(res.status, 'sign-in').to.equal(302);
    expect(res.headers.location).to.not.equal('/login');
  }
}

export async function signedInAgent(u: TestUser): Promise<Agent> {
  const agent = request.agent(app());
  await signIn(agent, u);
  return agent;
}

/** Runs the delivery the worker would run for every unsent outbox row. */
export async function deliverOutbox(): Promise<void> {
  const rows: { id: string }[] = await s.db('outbox').select('id').whereNull('sent_at');
  for (const r of rows) await s.mail.deliver(Number(r.id));
}

export async function mailsTo(address: string) {
  await deliverOutbox();
  return smtp.to(address);
}

/** Extracts the first portal link from a message body, as a path. */
export function linkIn(text: string): string {
  const m = /http:\/\/portal\.test(\/\S+)/.exec(text);
  if (!m) throw new Error('no link in the message');
  return m[1];
}

/**
 * Polls every `every` ms until `check` returns something truthy. Without `ms` the test's own timeout bounds the
 * wait; with it, the wait fails after `ms`, naming `what` and whatever `explain` says about the state.
 */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  opts: { ms?: number; every?: number; what?: string; explain?: () => Promise<unknown> } = {},
): Promise<NonNullable<T>> {
  const end = opts.ms === undefined ? Infinity : Date.now() + opts.ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${opts.what ?? 'a condition'} ${JSON.stringify(await opts.explain?.())}`);
    await new Promise((r) => setTimeout(r, opts.every ?? 25));
  }
}
