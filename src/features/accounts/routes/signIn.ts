// Starting and renewing signed-in sessions. The session id is always regenerated (no fixation).
import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { actorOf } from '../../../http/form';
import type { User } from '../model';
import { describeDevice } from '../sessions';
import type { AccountsDeps } from './deps';

export const DEVICE_COOKIE = 'valley.dev';
const PENDING_MS = 5 * 60_000;

const settle = (resolve: () => void, reject: (err: Error) => void) => (err: unknown) =>
  err ? reject(err instanceof Error ? err : new Error('session store error')) : resolve();

/** A new session id for the request, its data cleared (no session fixation). */
export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate(settle(resolve, reject)));
}
function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save(settle(resolve, reject)));
}

/** Where to go after signing in: the page that asked for it, if it is one of ours. */
export function afterSignIn(req: Request): string {
  const to = req.session.returnTo;
  delete req.session.returnTo;
  return to && to.startsWith('/') && !to.startsWith('//') ? to : '/';
}

export function signInFlow({ auth, sessions, users, cookieSecure }: AccountsDeps) {
  function deviceId(req: Request, res: Response): string {
    const existing = /(?:^|;\s*)valley\.dev=([A-Za-z0-9_-]{16,64})/.exec(req.headers.cookie ?? '')?.[1];
    if (existing) return existing;
    const id = crypto.randomBytes(18).toString('base64url');
    res.cookie(DEVICE_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure: cookieSecure, maxAge: 400 * 86400_000 });
    return id;
  }

  /** Gives the request a fresh session id, keeping the sign-in it carries (login, privilege change). */
  async function renewSession(req: Request, user: User, startedAt = Date.now()): Promise<void> {
    const old = req.sessionID;
    const keep = { returnTo: req.session.returnTo, recoveryCodes: req.session.recoveryCodes, flash: req.session.flash };
    await regenerateSession(req);
    Object.assign(req.session, { userId: user.id, epoch: user.sessionEpoch, startedAt, seenAt: Date.now() }, keep);
    await save(req);
    await sessions.ended(old);
    await sessions.started(req.sessionID, user.id, describeDevice(req.get('user-agent')), req.ip ?? 'unknown');
  }

  /** Every factor passed: audit, new-device notice, then a brand-new session. */
  async function signIn(req: Request, res: Response, user: User): Promise<void> {
    const device = describeDevice(req.get('user-agent'));
    await auth.completeLogin(user, { ...actorOf(req), userId: user.id }, deviceId(req, res), device);
    await renewSession(req, user);
  }

  /** The user whose password was checked, while their second factor is still to come (5 minutes at most). */
  async function pendingUser(req: Request): Promise<User | undefined> {
    const pending = req.session.pending;
    if (!pending || Date.now() - pending.at > PENDING_MS) return undefined;
    const user = await users.get(pending.userId).catch(() => undefined);
    return user && user.status === 'active' && user.sessionEpoch === pending.epoch ? user : undefined;
  }

  return { renewSession, signIn, pendingUser };
}
export type SignInFlow = ReturnType<typeof signInFlow>;
