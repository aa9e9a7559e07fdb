// Every store of every feature, built over one knex instance (stores know no rules).
import type { Knex } from 'knex';
import type { DataCipher } from './platform/crypto';
import { accountStores } from './features/accounts';
import { backupStores } from './features/backups';
import { campaignStores } from './features/campaigns';
import { exportStores } from './features/exports';
import { importStores } from './features/imports';
import { complianceStores } from './features/compliance';
import { keyStores } from './features/keys';
import { leadStores } from './features/leads';
import { organisationStores } from './features/organisation';
import { notificationStores } from './features/notifications';
import { policyStores } from './features/policies';
import { privacyStores } from './features/privacy';
import { retentionStores } from './features/retention';
import { statusStores } from './features/status';
import { subjectStores } from './features/subjects';

export function repositories(db: Knex, cipher: DataCipher) {
  return {
    accounts: accountStores(db),
    organisation: organisationStores(db),
    policies: policyStores(db),
    notifications: notificationStores(db),
    leads: leadStores(db, cipher),
    keys: keyStores(db, cipher),
    campaigns: campaignStores(db),
    compliance: complianceStores(db),
    status: statusStores(db),
    exports: exportStores(db),
    imports: importStores(db),
    backups: backupStores(db),
    privacy: privacyStores(db, cipher),
    retention: retentionStores(db),
    subjects: subjectStores(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;
