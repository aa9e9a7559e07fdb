// The campaigns feature: e-mail campaigns to consenting leads. First step: drafts with a Markdown body and merge
// fields, rendered to HTML and text parts. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { LeadListService } from '../leads';
import { CampaignsStore } from './data/campaignsStore';
import { SettingsStore } from './data/settingsStore';
import { CampaignService } from './service';
import { CampaignSettingsService } from './settings';

export type { Campaign, CampaignDraft, MergeField } from './model';
export type { CampaignService } from './service';
export type { CampaignSettingsService } from './settings';
export { campaignRoutes } from './routes';

export const campaignStores = (db: Knex) => ({ campaigns: new CampaignsStore(db), settings: new SettingsStore(db) });
export type CampaignStores = ReturnType<typeof campaignStores>;
export const createCampaigns = (p: Platform, stores: CampaignStores, leads: Pick<LeadListService, 'audience'>) => ({
  campaigns: new CampaignService(p.db, stores.campaigns, p.audit, leads),
  campaignSettings: new CampaignSettingsService(p.db, stores.settings, p.audit),
});
