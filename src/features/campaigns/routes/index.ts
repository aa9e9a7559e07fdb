// The campaigns feature's part of the route table.
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import type { CampaignService } from '../service';
import type { CampaignSettingsService } from '../settings';
import type { LeadListService } from '../../leads';
import { campaignPages } from './pages';
import { settingsPage } from './settings';

const READERS = roles('staff', 'admin', 'compliance');
const WRITERS = roles('staff', 'admin');

export function campaignRoutes(
  campaigns: CampaignService,
  settings: CampaignSettingsService,
  leads: Pick<LeadListService, 'names'>,
): RouteSpec[] {
  const pages = campaignPages(campaigns, settings, leads);
  const settingsForm = settingsPage(settings);
  return [
    route('get', paths.campaigns, READERS, pages.list),
    route('get', paths.campaignNew, WRITERS, pages.newForm),
    route('post', paths.campaignNew, WRITERS, pages.create),
    route('get', paths.campaign, READERS, pages.show),
    route('get', paths.campaignEdit, WRITERS, pages.editForm),
    route('post', paths.campaignEdit, WRITERS, pages.update),
    route('get', paths.campaignSettings, roles('admin'), settingsForm.get),
    route('post', paths.campaignSettings, roles('admin'), settingsForm.post),
  ];
}
