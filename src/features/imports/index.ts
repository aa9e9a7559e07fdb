// The imports feature: leads brought in from CSV files by staff and admins (/leads/import), mapped, dry-run,
// imported by a worker job in resumable batches, and undone within the configured days. Other code uses it only
// through this file.
import path from 'node:path';
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { UserAdminService } from '../accounts';
import { parseLeadForm, type LeadStores } from '../leads';
import type { OrganisationService } from '../organisation';
import { ImportsStore } from './data/importsStore';
import { ImportPreviousStore } from './data/previousStore';
import { ImportUndoStore } from './data/undoStore';
import { ImportWorkStore } from './data/workStore';
import { importRejectsTarget } from './retention';
import { importKeyedData } from './rotation';
import { RowImporter } from './rows';
import { ImportRunner } from './runner';
import { ImportService } from './service';
import { ImportSweep } from './sweep';

export type { ImportService } from './service';
export type { ImportRunner } from './runner';
export type { ImportSweep } from './sweep';
export type { Import, ImportCounts } from './model';
export { UPLOAD_KEEP_MS } from './model';
export { importRoutes } from './routes';
export { importJobs } from './jobs';

export const importStores = (db: Knex) => ({
  imports: new ImportsStore(db),
  work: new ImportWorkStore(db),
  undo: new ImportUndoStore(),
  previous: new ImportPreviousStore(db),
});
export type ImportStores = ReturnType<typeof importStores>;

/** The folder uploads and rejects files are kept in (multer writes uploads there under random UUIDs). */
export const importDir = (varDir: string) => path.join(varDir, 'imports');

export function createImports(
  p: Platform,
  stores: ImportStores,
  others: {
    leads: Pick<LeadStores, 'leads' | 'records' | 'duplicates' | 'suppressions'>;
    users: Pick<UserAdminService, 'find'>;
    organisation: Pick<OrganisationService, 'listStatuses'>;
  },
) {
  const { db, jobs, clock, audit, log, config, cipher } = p;
  const dir = importDir(config.varDir);
  const rows = new RowImporter({
    db,
    stores: others.leads,
    parse: parseLeadForm,
    cipher,
    phoneCountry: config.DEFAULT_PHONE_COUNTRY,
  });
  const importRunner = new ImportRunner({
    db,
    store: stores.imports,
    work: stores.work,
    rows,
    clock,
    audit,
    log,
    dir,
    batchRows: config.IMPORT_BATCH_ROWS,
    users: others.users,
    statuses: () => others.organisation.listStatuses(),
  });
  const imports = new ImportService({
    db,
    store: stores.imports,
    work: stores.work,
    undoStore: stores.undo,
    runner: importRunner,
    leads: others.leads,
    jobs,
    clock,
    audit,
    cipher,
    dir,
    undoDays: config.IMPORT_UNDO_DAYS,
  });
  const importSweep = new ImportSweep(stores.imports, (imp) => imports.enqueueWork(imp), clock, dir);
  return {
    imports,
    importRunner,
    importSweep,
    /** The retention rule's target: rejected-row files of imports finished before the cut-off, deleted. */
    importRejects: importRejectsTarget(stores.imports, dir),
    /** For a person's access report: the imports that created or changed each of these leads. */
    importsOfLeads: (leadIds: number[]) => stores.imports.ofLeads(leadIds),
    /** For an erasure: the values kept to undo an import's update of these leads are the person's; gone. */
    forgetImportedValues: (leadIds: number[], trx: Knex.Transaction) => stores.imports.forgetPrevious(leadIds, trx),
    /** For key rotation: the previous values kept for undo, encrypted. */
    importKeyedData: importKeyedData(stores.previous, cipher),
  };
}
