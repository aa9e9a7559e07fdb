// The subjects feature's part of the route table: compliance officers and admins, like the privacy-request queue
// that links here (a request's access report and erasure).
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import type { SubjectService } from '../service';
import { subjectPages } from './pages';

const OFFICERS = roles('compliance', 'admin');

export function subjectRoutes(subjects: SubjectService): RouteSpec[] {
  const p = subjectPages(subjects);
  const c = paths.compliance;
  return [
    route('get', c.subjects, OFFICERS, p.search),
    route('post', c.subjects, OFFICERS, p.find),
    // before the report: '<bidx>.json' would otherwise be read as a (malformed) blind index
    route('get', c.subjectJson, OFFICERS, p.reportJson),
    route('get', c.subject, OFFICERS, p.report),
    route('post', c.subjectErase, OFFICERS, p.erase),
  ];
}
