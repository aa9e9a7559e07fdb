// The retention feature's part of the route table: administrators only.
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import { retentionPages, type RetentionRouteDeps } from './pages';

export type { RetentionRouteDeps };

export function retentionRoutes(d: RetentionRouteDeps): RouteSpec[] {
  const p = retentionPages(d);
  const admin = roles('admin');
  const a = paths.admin;
  return [
    route('get', a.retention, admin, p.page),
    route('get', a.retentionRuns, admin, p.runs),
    route('get', a.retentionRunReport, admin, p.report),
    route('post', a.retentionRule, admin, p.save),
    route('get', a.retentionPreview, admin, p.preview),
    route('post', a.retentionRun, admin, p.run),
  ];
}
