// Every route of the portal with who may use it. Adding a route without an access rule is impossible,
// and test/routes.authorization.test.ts checks the whole table against each role.
import { paths } from '../paths';
import { PUBLIC, SIGNED_IN, roles } from '../middleware/auth';
import { route, type RouteSpec } from './registry';
import * as home from './pages/home';
import * as policies from './pages/policies';
import * as login from './auth/login';
import * as secondFactor from './auth/secondFactor';
import * as logout from './auth/logout';
import * as forgot from './auth/forgot';
import { invite, reset } from './auth/setPassword';
import * as password from './account/password';
import * as security from './account/security';
import * as twoFactor from './account/twoFactor';
import * as adminUsers from './admin/users';
import * as audit from './admin/audit';
import * as mailbox from './admin/mail';

const ENROLMENT = { kind: 'signedIn', beforeEnrolment: true } as const;
const ADMIN = roles('admin');

export const routeTable: RouteSpec[] = [
  route('get', paths.home, SIGNED_IN, home.get),
  route('get', paths.terms, PUBLIC, policies.terms),
  route('get', paths.privacy, PUBLIC, policies.privacy),

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

  route('get', paths.admin.users, ADMIN, adminUsers.list),
  route('get', paths.admin.userInvite, ADMIN, adminUsers.inviteForm),
  route('post', paths.admin.userInvite, ADMIN, adminUsers.invite),
  route('get', paths.admin.user, ADMIN, adminUsers.show),
  route('post', paths.admin.userRole, ADMIN, adminUsers.changeRole),
  route('post', paths.admin.userDeactivate, ADMIN, adminUsers.deactivate),
  route('post', paths.admin.userReactivate, ADMIN, adminUsers.reactivate),
  route('get', paths.admin.audit, roles('admin', 'compliance'), audit.get),
  route('get', paths.admin.mail, ADMIN, mailbox.list),
  route('get', paths.admin.mailMessage, ADMIN, mailbox.show),
];
