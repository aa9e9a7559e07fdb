// The one wiring module: the platform, the stores (repositories()), and every feature's services over them.
import type { Config } from './platform/config';
import { createPlatform } from './platform';
import type { Clock } from './platform/clock';
import { repositories } from './repositories';
import { createAccounts } from './features/accounts';
import { createBackups } from './features/backups';
import { createCampaigns } from './features/campaigns';
import { createCompliance, createContentGate } from './features/compliance';
import { createExports } from './features/exports';
import { createImports } from './features/imports';
import { createKeys } from './features/keys';
import { createLeads } from './features/leads';
import { createOrganisation } from './features/organisation';
import { createAnnouncements, createNotifications } from './features/notifications';
import { createPolicies } from './features/policies';
import { createPrivacy } from './features/privacy';
import { createRetention } from './features/retention';
import { createStatus, PortalMode } from './features/status';
import { createSubjects } from './features/subjects';

export function services(config: Config, clock?: Clock) {
  const platform = createPlatform(config, clock);
  const stores = repositories(platform.db, platform.cipher);
  const notifications = createNotifications(platform, stores.notifications);
  const accounts = createAccounts(platform, stores.accounts, notifications.writeNotifications);
  const organisation = createOrganisation(platform, stores.organisation, accounts.users);
  const leads = createLeads(platform, stores.leads, { users: accounts.users, organisation });
  const content = createContentGate(platform, stores.compliance);
  const status = createStatus(platform, stores.status, () => platform.health(), notifications.writeNotifications);
  const policies = createPolicies(platform, stores.policies, notifications.broadcasts);
  const announcements = createAnnouncements(
    platform,
    stores.notifications,
    notifications.broadcasts,
    policies.versionLinks,
  );
  // during a full stop, e-mail other than the status notices waits for the end of the window
  const fullStop = () => status.portalMode.fullStopUntil();
  platform.mail.holdWhile(fullStop, PortalMode.mailGoesOut, platform.clock);
  const campaigns = createCampaigns(platform, stores.campaigns, {
    contact: leads.leadContact,
    users: accounts.users,
    gate: content.gate,
    fullStop,
    notify: (to, n, email, trx) => notifications.notificationCenter.notify(to, n, email, trx),
  });
  const compliance = createCompliance(platform, stores.compliance, {
    campaignReview: campaigns.campaignReview,
    campaigns: campaigns.campaigns,
    users: accounts.users,
    notify: notifications.writeNotifications,
  });
  const backups = createBackups(platform, stores.backups, (a, trx) =>
    notifications.broadcasts
      .create(
        {
          kind: 'backup',
          title: a.title,
          body: a.text,
          url: a.url,
          roles: ['admin'],
          email: { subject: a.title, text: `${a.text}\n\n${config.BASE_URL}${a.url}` },
          dueAt: platform.clock(),
        },
        trx,
      )
      .then(() => undefined),
  );
  const exports = createExports(platform, stores.exports, {
    users: accounts.users,
    leads: leads.ownLeadData,
    leadList: leads.leadListExport,
    campaigns: campaigns.ownCampaignData,
    notify: (to, n, email, trx) => notifications.notificationCenter.notify(to, n, email, trx),
  });
  const privacy = createPrivacy(platform, stores.privacy, {
    contact: leads.leadContact,
    suppressions: leads.suppressions,
  });
  const imports = createImports(platform, stores.imports, {
    leads: stores.leads,
    users: accounts.users,
    organisation,
  });
  const subjects = createSubjects(platform, stores.subjects, {
    leads,
    users: accounts.users,
    sources: {
      importsOfLeads: imports.importsOfLeads,
      forgetImportedValues: imports.forgetImportedValues,
      requestsForSubject: privacy.requestsForSubject,
      requestForErasure: privacy.requestForErasure,
      recordOutcome: privacy.recordOutcome,
    },
  });
  const retention = createRetention(platform, stores.retention, {
    inactiveLeads: leads.inactiveLeads,
    anonymizeLeads: subjects.anonymizeLeads,
    targets: [exports.expiredExports, privacy.requestAttachmentsRetention, imports.importRejects],
  });
  return {
    config,
    platform,
    ...accounts,
    organisation,
    ...notifications,
    ...policies,
    announcements,
    ...leads,
    // every other place values sealed with the data cipher live, offered by the feature owning it
    keyRotation: createKeys(platform, stores.keys, [
      ...privacy.privacyKeyedData,
      imports.importKeyedData,
      exports.exportKeyedData,
    ]),
    ...campaigns,
    ...content,
    ...compliance,
    ...status,
    ...exports,
    ...backups,
    ...retention,
    ...imports,
    ...privacy,
    subjects: subjects.subjects,
    close: () => platform.close(),
  };
}

export type Services = ReturnType<typeof services>;
