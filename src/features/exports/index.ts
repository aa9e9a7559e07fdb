// The exports feature: every user exports the data they own (their leads with consents and history, and their
// campaigns) as a ZIP of CSV and JSON, and those who read leads export the lead list as filtered (one CSV or JSON
// file), each built by a worker job, downloadable only by them for 24 hours. Other code uses it only through this file.
import path from 'node:path';
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { UserAdminService } from '../accounts';
import type { OwnCampaignData } from '../campaigns';
import type { LeadListExport, OwnLeadData } from '../leads';
import type { NotificationCenter } from '../notifications';
import { ExportsStore, SealedFilterStore } from './data/exportsStore';
import { ExportService } from './service';
import { ExportSweep } from './sweep';
import { expiredExportsTarget } from './retention';
import { exportKeyedData as keyedData } from './rotation';

export type { ExportService } from './service';
export type { ExportSweep } from './sweep';
export type { DataExport, ExportCounts } from './model';
export { exportRoutes } from './routes';
export { exportJobs } from './jobs';

export const exportStores = (db: Knex) => ({ exports: new ExportsStore(db), sealedFilters: new SealedFilterStore(db) });
export type ExportStores = ReturnType<typeof exportStores>;

export function createExports(
  p: Platform,
  stores: ExportStores,
  others: {
    users: Pick<UserAdminService, 'find'>;
    leads: OwnLeadData;
    leadList: LeadListExport;
    campaigns: OwnCampaignData;
    /** Tells the user their export is ready (the notifications feature's). */
    notify: NotificationCenter['notify'];
  },
) {
  const { db, jobs, clock, audit, log, config, cipher } = p;
  const dir = path.join(config.varDir, 'exports');
  const dataExports = new ExportService({
    db,
    store: stores.exports,
    jobs,
    clock,
    audit,
    log,
    dir,
    baseUrl: config.BASE_URL,
    cipher,
    ...others,
  });
  const exportSweep = new ExportSweep(stores.exports, (id) => dataExports.enqueue(id), clock, dir);
  /** The retention rule's target: files of exports expired for more than the rule's days, deleted. */
  const expiredExports = expiredExportsTarget(stores.exports, dir);
  /** For key rotation: the sealed values lead exports' filters keep. */
  const exportKeyedData = keyedData(stores.sealedFilters, cipher);
  return { dataExports, exportSweep, expiredExports, exportKeyedData };
}
