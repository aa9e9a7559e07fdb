// The backups feature: scheduled, encrypted system backups that count once a restore has verified them,
// retention, the admin page, the CLI's restore. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import { BackupConsole } from './console';
import { BackupsStore } from './data/backupsStore';
import { parseRetention } from './model';
import { BackupService, type AlertAdmins } from './service';
import { FolderStorage } from './storage';
import { BackupSweep } from './sweep';
import { backupBanner } from './routes/banner';

export * from './model';
export { BackupFileError } from './format';
export { RestoreRefused, restoreBackup } from './restore';
export { backupRoutes, type BackupRouteDeps } from './routes';
export { backupJobs } from './jobs';
export type { BackupService } from './service';
export type { BackupConsole } from './console';

export const backupStores = (db: Knex) => ({ backups: new BackupsStore(db) });
export type BackupStores = ReturnType<typeof backupStores>;

export function createBackups(p: Platform, stores: BackupStores, alert: AlertAdmins) {
  const { config, db, jobs, audit, clock, log } = p;
  const store = stores.backups;
  const storage = new FolderStorage(config.backupDir);
  const backups = new BackupService({
    db,
    store,
    storage,
    jobs,
    audit,
    clock,
    log,
    alert,
    databaseUrl: config.DATABASE_URL,
    key: config.backupKey,
    binDir: config.PG_BIN_DIR,
    retention: parseRetention(config.BACKUP_KEEP),
  });
  const backupConsole = new BackupConsole({ db, store, storage, audit, clock });
  return {
    backups,
    backupConsole,
    backupStorage: storage,
    backupSweep: new BackupSweep({ backups, store, storage, clock, schedule: config.BACKUP_SCHEDULE }),
    backupBanner: backupBanner(backupConsole),
  };
}
