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
import * as org from './admin/organisation';
import * as leadList from './leads/list';
import * as leadForm from './leads/form';
import * as lead from './leads/show';

const ENROLMENT = { kind: 'signedIn', beforeEnrolment: true } as const;
const ADMIN = roles('admin');
const LEAD_READERS = roles('staff', 'admin', 'compliance');
const LEAD_WRITERS = roles('staff', 'admin');

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

  route('get', paths.leads, LEAD_READERS, leadList.list),
  route('get', paths.leadNew, LEAD_WRITERS, leadForm.newForm),
  route('post', paths.leadNew, LEAD_WRITERS, leadForm.create),
  route('post', paths.leadsBulk, LEAD_WRITERS, lead.bulk),
  route('get', paths.lead, LEAD_READERS, lead.show),
  route('get', paths.leadEdit, LEAD_WRITERS, leadForm.editForm),
  route('post', paths.leadEdit, LEAD_WRITERS, leadForm.update),
  route('post', paths.leadVerify, LEAD_WRITERS, lead.verify),
  route('get', paths.leadMerge, LEAD_WRITERS, lead.mergeForm),
  route('post', paths.leadMerge, LEAD_WRITERS, lead.merge),
  route('post', paths.leadConsents, LEAD_READERS, lead.consent),
  route('post', paths.leadCompliance, roles('compliance', 'admin'), lead.compliance),

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
  route('post', paths.admin.userTeam, ADMIN, org.userTeam),
  route('get', paths.admin.teams, ADMIN, org.teams),
  route('post', paths.admin.teams, ADMIN, org.createTeam),
  route('get', paths.admin.statuses, ADMIN, org.statuses),
  route('post', paths.admin.statuses, ADMIN, org.addStatus),
  route('post', paths.admin.status, ADMIN, org.renameStatus),
  route('get', paths.admin.audit, roles('admin', 'compliance'), audit.get),
  route('get', paths.admin.mail, ADMIN, mailbox.list),
  route('get', paths.admin.mailMessage, ADMIN, mailbox.show),
];
