// Every URL of the portal, in one place; also given to templates as `paths`.
export const paths = {
  home: '/',
  healthz: '/healthz',
  readyz: '/readyz',
  terms: '/terms',
  privacy: '/privacy',
  login: '/login',
  loginSecondFactor: '/login/2fa',
  logout: '/logout',
  passwordForgot: '/password/forgot',
  passwordReset: '/password/reset/:token',
  invite: '/invite/:token',
  leads: '/leads',
  leadNew: '/leads/new',
  leadsBulk: '/leads/bulk',
  lead: '/leads/:id',
  leadEdit: '/leads/:id/edit',
  leadVerify: '/leads/:id/verify',
  leadMerge: '/leads/:id/merge',
  leadConsents: '/leads/:id/consents',
  leadCompliance: '/leads/:id/compliance',
  account: {
    password: '/account/password',
    security: '/account/security',
    sessionRevoke: '/account/security/sessions/:sid/revoke',
    sessionsRevokeOthers: '/account/security/sessions/revoke-others',
    twoFactorSetup: '/account/2fa/setup',
    twoFactorCodes: '/account/2fa/codes',
    twoFactorDisable: '/account/2fa/disable',
  },
  admin: {
    users: '/admin/users',
    userInvite: '/admin/users/invite',
    user: '/admin/users/:id',
    userRole: '/admin/users/:id/role',
    userDeactivate: '/admin/users/:id/deactivate',
    userReactivate: '/admin/users/:id/reactivate',
    audit: '/admin/audit',
    mail: '/admin/mail',
    mailMessage: '/admin/mail/:id',
    queues: '/admin/queues',
    teams: '/admin/teams',
    userTeam: '/admin/users/:id/team',
    statuses: '/admin/statuses',
    status: '/admin/statuses/:id',
  },
} as const;

/** Fills a path template: url(paths.admin.user, { id: 3 }) → '/admin/users/3'. */
export function url(template: string, params: Record<string, string | number>): string {
  return template.replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(String(params[key])));
}
