// The subjects feature: data-subject rights for compliance officers at /compliance/subjects — find a person by the
// blind index of their e-mail or phone across every lead, their access report (HTML and JSON), and their erasure.
// Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { UserAdminService } from '../accounts';
import type { Leads } from '../leads';
import { SubjectsStore } from './data/subjectsStore';
import type { SubjectSources } from './model';
import { SubjectService } from './service';

export type { SubjectService } from './service';
export type { SubjectSources, SubjectReport, ImportOfLead, SubjectRequest } from './model';
export { subjectRoutes } from './routes';

export const subjectStores = (db: Knex) => ({ subjects: new SubjectsStore(db) });
export type SubjectStores = ReturnType<typeof subjectStores>;

export function createSubjects(
  p: Platform,
  stores: SubjectStores,
  others: {
    leads: Pick<Leads, 'subjectLeads' | 'suppressions'>;
    users: Pick<UserAdminService, 'find'>;
    /** The imports and privacy features' view of a person, handed in by the composition root. */
    sources: SubjectSources;
  },
) {
  const subjects = new SubjectService({
    db: p.db,
    cipher: p.cipher,
    audit: p.audit,
    clock: p.clock,
    store: stores.subjects,
    leads: others.leads.subjectLeads,
    suppressions: others.leads.suppressions,
    users: others.users,
    sources: others.sources,
    phoneCountry: p.config.DEFAULT_PHONE_COUNTRY,
  });
  /** For the retention rule: anonymizes the leads in the caller's transaction. */
  const anonymizeLeads = (leadIds: number[], reason: string, trx: Knex.Transaction) =>
    subjects.anonymizeLeads(leadIds, reason, trx);
  return { subjects, anonymizeLeads };
}
