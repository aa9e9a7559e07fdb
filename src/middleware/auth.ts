// Who is signed in (checked on every request), and who may use each route (declared per route).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Role } from '../data/usersRepo';
import { paths } from '../paths';
import { PermissionDeniedError } from '../errors';
import { mustUseTwoFactor } from '../services/accounts';
import { SEEN_WRITE_INTERVAL_MS } from '../services/sessions';

export const ABSOLUTE_SESSION_MS = 12 * 3600_000;

/**
 * public: anyone, signed in or not. signedIn: any active user. Role list: those roles only.
 * `beforeEnrolment` lets admins and compliance officers reach the route before they set up two-factor sign-in.
 */
export type Access = { kind: 'public' } | { kind: 'signedIn'; beforeEnrolment?: boolean } | { kind: 'roles'; roles: Role[] };
export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signedIn' };
export const roles = (...list: Role[]): Access => ({ kind: 'roles', roles: list });

function endSession(req: Request): Promise<void> {
  return new Promise((resolve) => req.session.destroy(() => resolve()));
}

/** Loads the user of the session; ends sessions that are stale, revoked (epoch) or of an inactive user. */
export const loadUser: RequestHandler = async (req, res, next) => {
  const { userId, epoch, startedAt } = req.session ?? {};
  if (userId === undefined) return next();
  const { users, sessions, accounts } = req.services;
  const user = await users.get(userId).catch(() => undefined);
  if (!user || user.status !== 'active' || user.sessionEpoch !== epoch || !startedAt || Date.now() - startedAt > ABSOLUTE_SESSION_MS) {
    await sessions.ended(req.sessionID);
    await endSession(req);
    return next();
  }
  req.user = user;
  res.locals.user = user;
  res.locals.passwordIsOld = accounts.passwordIsOld(user);
  if (!req.session.seenAt || Date.now() - req.session.seenAt > SEEN_WRITE_INTERVAL_MS) {
    req.session.seenAt = Date.now();
    await sessions.seen(req.sessionID, req.ip ?? 'unknown');
  }
  next();
};

export function authorize(access: Access): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (access.kind === 'public') return next();
    const user = req.user;
    if (!user) {
      if (req.method === 'GET' && req.session) req.session.returnTo = req.originalUrl;
      return res.redirect(paths.login);
    }
    const enrolled = Boolean(user.totpEnabledAt);
    if (!enrolled && mustUseTwoFactor(user) && !(access.kind === 'signedIn' && access.beforeEnrolment)) {
      return res.redirect(paths.account.twoFactorSetup);
    }
    if (access.kind === 'roles' && !access.roles.includes(user.role)) return next(new PermissionDeniedError());
    next();
  };
}
