// The leads feature: consent-gated, de-duplicated, encrypted leads with history, the list, the dashboard and
// the demo data. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { DataCipher } from '../../platform/crypto';
import type { UserAdminService } from '../accounts';
import type { OrganisationService } from '../organisation';
import { LeadActionService } from './actions';
import { ContactStore } from './data/contactStore';
import { CountsStore } from './data/countsStore';
import { DemoLoader } from './data/demoLoader';
import { DuplicatesStore } from './data/duplicatesStore';
import { LeadsStore } from './data/leadsStore';
import { LeadListStore } from './data/listStore';
import { RecordsStore } from './data/recordsStore';
import { StaleLeadsStore } from './data/staleStore';
import { OwnedLeadsStore } from './data/ownedStore';
import { ListedLeadsStore } from './data/listedStore';
import { SuppressionStore } from './data/suppressionStore';
import { InactiveLeadsStore } from './data/inactiveStore';
import { SubjectStore } from './data/subjectStore';
import { LeadContactService } from './contact';
import { DashboardService } from './dashboard';
import { DemoSeeder } from './demo';
import { LeadListService } from './list';
import { LeadListExport } from './listExport';
import { OwnLeadData } from './ownData';
import { LeadService } from './service';

export * from './model';
export { readScope, writeScope, complianceScope, mayBeGivenLead, type LeadScope } from './access';
export { leadRoutes } from './routes';
/** The lead form's parser and a lead's field-by-field changes, for imports (the same rules and history as the form). */
export { parseLeadForm } from './routes/input';
export { diff as leadDiff } from './changes';
export { probeOf, type Probe as DuplicateProbe } from './data/duplicatesStore';
export type { LeadsDeps } from './routes/deps';
export { leadJobs } from './jobs';
export type { LeadService } from './service';
export type { LeadActionService } from './actions';
export type { LeadListService } from './list';
export type { DashboardService } from './dashboard';
export { SOFT_BOUNCE_LIMIT, type LeadContactService, type OptOut, type Objection } from './contact';
export type { DemoSeeder, SeedResult } from './demo';
export type { LeadListExport, ListedLead } from './listExport';
export { readListQuery, FILTER_KEYS, type ListQuery } from './listQuery';
export type { PersonKey, PersonReason, Suppressed } from './data/suppressionStore';
export type { InactiveLeadsStore, InactiveLead } from './data/inactiveStore';
export type { SubjectStore, SubjectLead, AnonymizedLead } from './data/subjectStore';
export type { OwnLeadData, OwnedCounts, OwnedLead, OwnedHistoryEntry } from './ownData';

export function leadStores(db: Knex, cipher: DataCipher) {
  const leads = new LeadsStore(db, cipher);
  const records = new RecordsStore(db, cipher);
  return {
    leads,
    records,
    owned: new OwnedLeadsStore(leads, records),
    listed: new ListedLeadsStore(leads, cipher),
    list: new LeadListStore(db, cipher),
    stale: new StaleLeadsStore(db),
    duplicates: new DuplicatesStore(db, cipher, leads),
    counts: new CountsStore(db),
    contacts: new ContactStore(db, cipher),
    demo: new DemoLoader(db),
    suppressions: new SuppressionStore(db, cipher),
    inactive: new InactiveLeadsStore(db),
    subjects: new SubjectStore(db, cipher, leads, records),
  };
}
export type LeadStores = ReturnType<typeof leadStores>;

export function createLeads(
  p: Platform,
  stores: LeadStores,
  others: {
    users: Pick<UserAdminService, 'find' | 'list' | 'create' | 'findByEmail'>;
    organisation: OrganisationService;
  },
) {
  const { db, audit, mail, cipher, config } = p;
  const { users, organisation } = others;
  const { leads: leadStore, records, duplicates, list, stale } = stores;
  const leads = new LeadService({ db, leads: leadStore, records, duplicates, statuses: organisation, users, audit });
  const leadActions = new LeadActionService({
    db,
    leads: leadStore,
    records,
    duplicates,
    stale,
    statuses: organisation,
    users,
    audit,
    mail,
    baseUrl: config.BASE_URL,
  });
  return {
    leads,
    leadActions,
    leadList: new LeadListService(list),
    leadContact: new LeadContactService(db, stores.contacts, records),
    dashboard: new DashboardService(stores.counts, organisation),
    demo: new DemoSeeder(stores.demo, cipher, users, organisation),
    /** Who must never be contacted nor re-imported (blind indexes of opted-out, erased, objecting people). */
    suppressions: stores.suppressions,
    /** Leads with no activity since a cut-off, for the retention rule that anonymizes them. */
    inactiveLeads: stores.inactive,
    /** A data subject's leads across all owners: found by blind index, read in full, anonymized. */
    subjectLeads: stores.subjects,
    /** A user's own leads in full, for their data export. */
    ownLeadData: new OwnLeadData(stores.owned),
    /** The list read in full for its export: the page's parser and scope. */
    leadListExport: new LeadListExport(stores.listed, {
      staleDays: config.LEAD_STALE_DAYS,
      phoneCountry: config.DEFAULT_PHONE_COUNTRY,
    }),
  };
}
export type Leads = ReturnType<typeof createLeads>;
