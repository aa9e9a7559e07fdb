// The exports feature's part of the route table: every signed-in user exports, follows and downloads their own;
// those who read leads also export the lead list (the leads they may see, for the list's filter).
import { SIGNED_IN, roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import type { ExportService } from '../service';
import { exportPages } from './pages';

export function exportRoutes(exports: ExportService): RouteSpec[] {
  const p = exportPages(exports);
  return [
    route('get', paths.account.export, SIGNED_IN, p.page),
    route('post', paths.account.export, SIGNED_IN, p.request),
    route('post', paths.leadsExport, roles('staff', 'admin', 'compliance'), p.requestLeads),
    route('get', paths.account.exportProgress, SIGNED_IN, p.progress),
    route('get', paths.account.exportDownload, SIGNED_IN, p.download),
  ];
}
