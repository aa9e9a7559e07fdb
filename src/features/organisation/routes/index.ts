// The organisation feature's part of the route table (admins only).
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import type { OrganisationService } from '../service';
import { organisationPages } from './admin';

const ADMIN = roles('admin');

export function organisationRoutes(organisation: OrganisationService): RouteSpec[] {
  const org = organisationPages(organisation);
  return [
    route('post', paths.admin.userTeam, ADMIN, org.userTeam),
    route('get', paths.admin.teams, ADMIN, org.teams),
    route('post', paths.admin.teams, ADMIN, org.createTeam),
    route('get', paths.admin.statuses, ADMIN, org.statuses),
    route('post', paths.admin.statuses, ADMIN, org.addStatus),
    route('post', paths.admin.status, ADMIN, org.renameStatus),
  ];
}
