// The campaigns feature's part of the route table.
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import type { CampaignService } from '../service';
import { campaignPages } from './pages';

const READERS = roles('staff', 'admin', 'compliance');
const WRITERS = roles('staff', 'admin');

export function campaignRoutes(campaigns: CampaignService): RouteSpec[] {
  const pages = campaignPages(campaigns);
  return [
    route('get', paths.campaigns, READERS, pages.list),
    route('get', paths.campaignNew, WRITERS, pages.newForm),
    route('post', paths.campaignNew, WRITERS, pages.create),
    route('get', paths.campaign, READERS, pages.show),
    route('get', paths.campaignEdit, WRITERS, pages.editForm),
    route('post', paths.campaignEdit, WRITERS, pages.update),
  ];
}
