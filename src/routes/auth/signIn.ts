// Starting and renewing signed-in sessions. The session id is always regenerated (no fixation).
import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import type { User } from '../../data/usersRepo';
import { describeDevice } from '../../services/sessions';
import { actorOf } from '../actor';

export const DEVICE_COOKIE = 'valley.dev';

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}
function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

function deviceId(req: Request, res: Response): string {
  const existing = req.cookies?.[DEVICE_COOKIE] ?? /(?:^|;\s*)valley\.dev=([A-Za-z0-9_-]{16,64})/.exec(req.headers.cookie ?? '')?.[1];
  if (existing) return existing;
  const id = crypto.randomBytes(18).toString('base64url');
  res.cookie(DEVICE_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure: req.services.config.cookieSecure, maxAge: 400 * 86400_000 });
  return id;
}

/** Gives the request a fresh session id, keeping the sign-in it carries (login, privilege change). */
export async function renewSession(req: Request, user: User, startedAt = Date.now()): Promise<void> {
  const old = req.sessionID;
  const keep = { returnTo: req.session.returnTo, recoveryCodes: req.session.recoveryCodes, flash: req.session.flash };
  await regenerate(req);
  Object.assign(req.session, { userId: user.id, epoch: user.sessionEpoch, startedAt, seenAt: Date.now() }, keep);
  await save(req);
  const { sessions } = req.services;
  await sessions.ended(old);
  await sessions.started(req.sessionID, user.id, describeDevice(req.get('user-agent')), req.ip ?? 'unknown');
}

/** Every factor passed: audit, new-device notice, then a brand-new session. */
export async function signIn(req: Request, res: Response, user: User): Promise<void> {
  const device = describeDevice(req.get('user-agent'));
  await req.services.auth.completeLogin(user, { ...actorOf(req), userId: user.id }, deviceId(req, res), device);
  await renewSession(req, user);
}

/** Where to go after signing in: the page that asked for it, if it is one of ours. */
export function afterSignIn(req: Request): string {
  const to = req.session.returnTo;
  delete req.session.returnTo;
  return to && to.startsWith('/') && !to.startsWith('//') ? to : '/';
}
