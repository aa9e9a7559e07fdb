// Every route of the portal with who may use it: each feature's part of the route table, given its services.
// test/integration/routes.authorization.test.ts checks the whole table against a hand-written expectation.
import { actorOf } from './http/form';
import type { RouteSpec } from './http/routes';
import type { Services } from './services';
import { accountRoutes, endSession } from './features/accounts';
import { adminRoutes } from './features/admin';
import { backupRoutes } from './features/backups';
import { campaignRoutes } from './features/campaigns';
import { complianceRoutes } from './features/compliance';
import { exportRoutes } from './features/exports';
import { importDir, importRoutes } from './features/imports';
import { leadRoutes } from './features/leads';
import { organisationRoutes } from './features/organisation';
import { notificationRoutes } from './features/notifications';
import { policyRoutes } from './features/policies';
import { privacyRoutes } from './features/privacy';
import { retentionRoutes } from './features/retention';
import { statusRoutes } from './features/status';
import { subjectRoutes } from './features/subjects';

export function routeTable(s: Services): RouteSpec[] {
  const { config, platform } = s;
  const { leads, leadActions, leadList, dashboard, auth, accounts, sessions, users } = s;
  return [
    // before the lead routes: /leads/import is not a lead's /leads/:id
    ...importRoutes({ imports: s.imports, maxBytes: config.IMPORT_MAX_BYTES, dir: importDir(config.varDir) }),
    ...leadRoutes({
      leads,
      leadActions,
      leadList,
      dashboard,
      phoneCountry: config.DEFAULT_PHONE_COUNTRY,
      staleDays: config.LEAD_STALE_DAYS,
    }),
    ...campaignRoutes({
      campaigns: s.campaigns,
      settings: s.campaignSettings,
      sender: s.campaignSender,
      events: s.mailEvents,
      leads: s.leadList,
      attachments: s.campaignAttachments,
    }),
    ...complianceRoutes({
      queue: s.complianceQueue,
      review: s.complianceReview,
      caseExport: s.caseExport,
      campaigns: s.campaignReview,
      users: s.users,
    }),
    ...policyRoutes({
      policies: s.policies,
      editor: s.policyEditor,
      acceptance: s.acceptance,
      broadcasts: s.broadcasts,
      // every session of the user ends, this one too
      signOut: async (req, res) => {
        await s.users.endSessions(req.user!.id);
        await endSession(s.sessions, req, res);
      },
      clock: platform.clock,
    }),
    ...exportRoutes(s.dataExports),
    ...notificationRoutes({ center: s.notificationCenter, announcements: s.announcements, broadcasts: s.broadcasts }),
    ...statusRoutes({
      windows: s.maintenance,
      incidents: s.incidents,
      reporter: s.statusReporter,
      clock: platform.clock,
      baseUrl: config.BASE_URL,
    }),
    ...accountRoutes({
      auth,
      accounts,
      sessions,
      users,
      listTeams: () => s.organisation.listTeams(),
      cookieSecure: config.cookieSecure,
      acceptOnJoin: (user, origin) => s.acceptance.acceptOnJoin(user, origin),
    }),
    ...organisationRoutes(s.organisation),
    ...backupRoutes({
      backups: s.backups,
      console: s.backupConsole,
      checkCode: async (user, code, req) =>
        (await s.auth.isLocked(user.email, req.ip ?? 'unknown'))
          ? 'locked'
          : (await s.auth.checkSecondFactor(user, code, actorOf(req)))
            ? 'ok'
            : 'wrong',
    }),
    ...adminRoutes({ mail: platform.mail, audit: platform.audit, users: s.users }),
    ...privacyRoutes({ intake: s.privacyIntake, desk: s.privacyDesk }),
    ...retentionRoutes({ retention: s.retention, users: s.users }),
    ...subjectRoutes(s.subjects),
  ];
}
