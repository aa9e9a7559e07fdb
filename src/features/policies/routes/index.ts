// The policies feature's part of the route table: the Terms of Use and the Privacy Policy, readable by anyone.
import { PUBLIC } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import type { PoliciesService } from '../service';
import { policyPages } from './pages';

export function policyRoutes(policies: PoliciesService): RouteSpec[] {
  const pages = policyPages(policies);
  return [route('get', paths.terms, PUBLIC, pages.terms), route('get', paths.privacy, PUBLIC, pages.privacy)];
}
