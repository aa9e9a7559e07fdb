// The status feature's part of the route table: maintenance and incidents for admins, the public status page,
// and dismissing the banner for any signed-in user.
import { PUBLIC, roles, SIGNED_IN } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { largeForm, route, type RouteSpec } from '../../../http/routes';
import type { IncidentService } from '../incidents';
import type { StatusReporter } from '../report';
import type { MaintenanceWindows } from '../windows';
import { incidentPages } from './incidents';
import { maintenancePages } from './maintenance';
import { publicPages } from './public';

export interface StatusRouteDeps {
  windows: MaintenanceWindows;
  incidents: IncidentService;
  reporter: StatusReporter;
  clock: () => Date;
  baseUrl: string;
}

export function statusRoutes(d: StatusRouteDeps): RouteSpec[] {
  const m = maintenancePages(d.windows, d.clock);
  const i = incidentPages(d.incidents);
  const p = publicPages(d.reporter, d.windows, d.baseUrl);
  const admin = roles('admin');
  const a = paths.admin;
  // a long message is refused beside its field (with what was typed), not by the "too large" page
  const form = (spec: RouteSpec) => largeForm(spec, '2mb');
  return [
    route('get', paths.status, PUBLIC, p.page),
    route('get', paths.statusJson, PUBLIC, p.json),
    route('get', paths.statusAtom, PUBLIC, p.atom),
    route('post', paths.statusDismiss, SIGNED_IN, p.dismiss),
    route('get', a.maintenance, admin, m.list),
    form(route('post', a.maintenance, admin, m.schedule)),
    route('get', a.maintenanceWindow, admin, m.show),
    form(route('post', a.maintenanceWindow, admin, m.edit)),
    route('post', a.maintenanceCancel, admin, m.cancel),
    route('post', a.maintenanceEnd, admin, m.end),
    route('get', a.maintenanceDeliveries, admin, m.deliveries),
    route('get', a.incidents, admin, i.list),
    form(route('post', a.incidents, admin, i.open)),
    route('get', a.incident, admin, i.show),
    form(route('post', a.incidentUpdate, admin, i.update)),
  ];
}
