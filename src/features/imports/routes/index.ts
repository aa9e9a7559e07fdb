// The imports feature's part of the route table: staff and admins (who may create leads) import leads from CSV
// at /leads/import, each following, downloading the rejects of and undoing only their own imports.
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { diskUploadForm, route, type RouteSpec } from '../../../http/routes';
import type { ImportService } from '../service';
import { importPages } from './pages';

export function importRoutes(d: { imports: ImportService; maxBytes: number; dir: string }): RouteSpec[] {
  const p = importPages(d.imports, d.maxBytes);
  const IMPORTERS = roles('staff', 'admin');
  return [
    route('get', paths.leadsImport, IMPORTERS, p.page),
    diskUploadForm(route('post', paths.leadsImport, IMPORTERS, p.upload), 'file', d.maxBytes, d.dir),
    route('get', paths.leadsImportOne, IMPORTERS, p.show),
    route('post', paths.leadsImportDryRun, IMPORTERS, p.dryRun),
    route('post', paths.leadsImportStart, IMPORTERS, p.start),
    route('get', paths.leadsImportProgress, IMPORTERS, p.progress),
    route('get', paths.leadsImportRejects, IMPORTERS, p.rejects),
    route('post', paths.leadsImportUndo, IMPORTERS, p.undo),
  ];
}
