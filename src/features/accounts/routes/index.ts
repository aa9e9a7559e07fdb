// The accounts feature's part of the route table: signing in and out, credentials, sessions, user admin.
import { PUBLIC, SIGNED_IN, roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import { userAdminPages } from './adminUsers';
import type { AccountsDeps } from './deps';
import { forgotPasswordPage } from './forgot';
import { loginPage } from './login';
import { logoutAction } from './logout';
import { changePasswordPage } from './password';
import { secondFactorPage } from './secondFactor';
import { securityPage } from './security';
import { setPasswordPages } from './setPassword';
import { signInFlow } from './signIn';
import { twoFactorPages } from './twoFactor';

/** Signed in, and reachable before an admin or compliance officer has set up two-factor sign-in. */
const ENROLMENT = { kind: 'signedIn', beforeEnrolment: true } as const;
const ADMIN = roles('admin');

export function accountRoutes(d: AccountsDeps): RouteSpec[] {
  const flow = signInFlow(d);
  const login = loginPage(d, flow);
  const secondFactor = secondFactorPage(d, flow);
  const logout = logoutAction(d);
  const forgot = forgotPasswordPage(d);
  const { reset, invite } = setPasswordPages(d);
  const password = changePasswordPage(d);
  const security = securityPage(d);
  const twoFactor = twoFactorPages(d, flow);
  const users = userAdminPages(d);
  return [
    route('get', paths.login, PUBLIC, login.get),
    route('post', paths.login, PUBLIC, login.post),
    route('get', paths.loginSecondFactor, PUBLIC, secondFactor.get),
    route('post', paths.loginSecondFactor, PUBLIC, secondFactor.post),
    route('post', paths.logout, ENROLMENT, logout.post),
    route('get', paths.passwordForgot, PUBLIC, forgot.get),
    route('post', paths.passwordForgot, PUBLIC, forgot.post),
    route('get', paths.passwordReset, PUBLIC, reset.get),
    route('post', paths.passwordReset, PUBLIC, reset.post),
    route('get', paths.invite, PUBLIC, invite.get),
    route('post', paths.invite, PUBLIC, invite.post),

    route('get', paths.account.password, ENROLMENT, password.get),
    route('post', paths.account.password, ENROLMENT, password.post),
    route('get', paths.account.security, SIGNED_IN, security.get),
    route('post', paths.account.sessionRevoke, SIGNED_IN, security.revoke),
    route('post', paths.account.sessionsRevokeOthers, SIGNED_IN, security.revokeOthers),
    route('get', paths.account.twoFactorSetup, ENROLMENT, twoFactor.get),
    route('post', paths.account.twoFactorSetup, ENROLMENT, twoFactor.post),
    route('get', paths.account.twoFactorCodes, ENROLMENT, twoFactor.codes),
    route('post', paths.account.twoFactorDisable, SIGNED_IN, twoFactor.disable),

    route('get', paths.admin.users, ADMIN, users.list),
    route('get', paths.admin.userInvite, ADMIN, users.inviteForm),
    route('post', paths.admin.userInvite, ADMIN, users.invite),
    route('get', paths.admin.user, ADMIN, users.show),
    route('post', paths.admin.userRole, ADMIN, users.changeRole),
    route('post', paths.admin.userDeactivate, ADMIN, users.deactivate),
    route('post', paths.admin.userReactivate, ADMIN, users.reactivate),
  ];
}
