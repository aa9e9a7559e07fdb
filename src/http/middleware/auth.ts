// Who may use each route (declared per route). The signed-in user is loaded by the accounts feature (loadUser).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Role } from '../../features/accounts';
import { paths } from '../paths';
import { PermissionDeniedError } from '../../platform/errors';

/**
 * public: anyone, signed in or not. signedIn: any active user. Role list: those roles only.
 * `beforeEnrolment` lets admins and compliance officers reach the route before they set up two-factor sign-in.
 */
export type Access =
  { kind: 'public' } | { kind: 'signedIn'; beforeEnrolment?: boolean } | { kind: 'roles'; roles: Role[] };
export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signedIn' };
export const roles = (...list: Role[]): Access => ({ kind: 'roles', roles: list });

export function authorize(access: Access): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (access.kind === 'public') return next();
    const user = req.user;
    if (!user) {
      if (req.method === 'GET' && req.session) req.session.returnTo = req.originalUrl;
      return res.redirect(paths.login);
    }
    if (req.mustEnrolTwoFactor && !(access.kind === 'signedIn' && access.beforeEnrolment)) {
      return res.redirect(paths.account.twoFactorSetup);
    }
    if (access.kind === 'roles' && !access.roles.includes(user.role)) return next(new PermissionDeniedError());
    next();
  };
}
