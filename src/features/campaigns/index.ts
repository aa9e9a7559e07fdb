// The campaigns feature: e-mail campaigns to consenting leads. First step: drafts with a Markdown body and merge
// fields, rendered to HTML and text parts. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import { CampaignsStore } from './data/campaignsStore';
import { CampaignService } from './service';

export type { Campaign, CampaignDraft, MergeField } from './model';
export type { CampaignService } from './service';
export { campaignRoutes } from './routes';

export const campaignStores = (db: Knex) => ({ campaigns: new CampaignsStore(db) });
export type CampaignStores = ReturnType<typeof campaignStores>;
export const createCampaigns = (p: Platform, stores: CampaignStores) =>
  new CampaignService(p.db, stores.campaigns, p.audit);
