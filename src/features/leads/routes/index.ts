// The leads feature's part of the route table: the dashboard, the list, the lead pages and their actions.
import { SIGNED_IN, roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import { dashboardPage } from './dashboard';
import type { LeadsDeps } from './deps';
import { leadFormPages } from './form';
import { leadListPage } from './list';
import { leadPages } from './show';

const LEAD_READERS = roles('staff', 'admin', 'compliance');
const LEAD_WRITERS = roles('staff', 'admin');

export function leadRoutes(d: LeadsDeps): RouteSpec[] {
  const home = dashboardPage(d);
  const list = leadListPage(d);
  const form = leadFormPages(d);
  const lead = leadPages(d);
  return [
    route('get', paths.home, SIGNED_IN, home.get),
    route('get', paths.leads, LEAD_READERS, list.list),
    route('get', paths.leadNew, LEAD_WRITERS, form.newForm),
    route('post', paths.leadNew, LEAD_WRITERS, form.create),
    route('post', paths.leadsBulk, LEAD_WRITERS, lead.bulk),
    route('get', paths.lead, LEAD_READERS, lead.show),
    route('get', paths.leadEdit, LEAD_WRITERS, form.editForm),
    route('post', paths.leadEdit, LEAD_WRITERS, form.update),
    route('post', paths.leadVerify, LEAD_WRITERS, lead.verify),
    route('get', paths.leadMerge, LEAD_WRITERS, lead.mergeForm),
    route('post', paths.leadMerge, LEAD_WRITERS, lead.merge),
    route('post', paths.leadConsents, LEAD_READERS, lead.consent),
    route('post', paths.leadCompliance, roles('compliance', 'admin'), lead.compliance),
  ];
}
