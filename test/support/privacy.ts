// Helpers of the privacy request suites: a valid contact form, submitting and confirming it as a visitor, the
// stored request of an address, and clearing the form's rate limits (this test database's Redis keys only).
import { expect } from 'chai';
import request from 'supertest';
import { s } from './setup';
import { app, linkIn, mailsTo, submit, type Agent } from './helpers';
import { word } from './leads';
import { normalizeEmail } from '../../src/features/leads';
import type { Submission } from '../../src/features/privacy/intake';

export const DAY = 86_400_000;
export const form = (over: Record<string, string> = {}) => ({
  kind: 'access',
  name: 'Grace Hopper',
  email: `${word()}@example.test`,
  phone: '',
  message: 'Please send me a copy of what you hold about me.',
  website: '',
  ...over,
});
export const submission = (over: Partial<Submission> = {}): Submission => ({ ...form(), honeypot: '', ...over });

export async function clearThrottle() {
  const keys = await s.redis.keys('valley:privacy:*');
  if (keys.length) await s.redis.del(...keys);
}

export const requestOf = async (email: string) =>
  s
    .db('privacy_requests')
    .where({ email_bidx: s.cipher.blindIndex(normalizeEmail(email)) })
    .first();

/** Sends the contact form as a visitor; returns the response. */
export async function send(over: Record<string, string> = {}, agent: Agent = request.agent(app())) {
  return submit(agent, '/contact', '/contact', form(over));
}

/** The confirmation link's path in the acknowledgment sent to `email`. */
export async function confirmLink(email: string): Promise<string> {
  const mail = (await mailsTo(email)).find((m) => /confirm your e-mail address/.test(m.subject));
  expect(mail, 'acknowledgment').to.not.equal(undefined);
  return linkIn(mail!.text);
}

export async function confirmAt(link: string, agent: Agent = request.agent(app())) {
  return submit(agent, link, link, {});
}

/** A request of `kind` sent as a visitor for `email`, its address confirmed unless told otherwise; its row. */
export async function requestFrom(email: string, opts: { confirmed?: boolean; kind?: string } = {}) {
  expect((await send({ email, kind: opts.kind ?? 'erasure' })).status).to.equal(303);
  if (opts.confirmed ?? true) await confirmAt(await confirmLink(email));
  return requestOf(email);
}
