// The backups feature's part of the route table: administrators only.
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import { backupPages, type BackupRouteDeps } from './admin';

export type { BackupRouteDeps };

export function backupRoutes(d: BackupRouteDeps): RouteSpec[] {
  const p = backupPages(d);
  const admin = roles('admin');
  const a = paths.admin;
  return [
    route('get', a.backups, admin, p.list),
    route('post', a.backups, admin, p.now),
    route('post', a.backupsAcknowledge, admin, p.acknowledge),
    route('get', a.backup, admin, p.show),
    route('get', a.backupProgress, admin, p.progress),
    route('post', a.backupPin, admin, p.pin),
    route('get', a.backupDownload, admin, p.download),
    route('post', a.backupDownload, admin, p.confirm),
  ];
}
