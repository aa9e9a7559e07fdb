// What a user owns among the campaigns, read in full for their own data export (the exports feature): each
// campaign with its recipient counts, a cursor, inside the caller's transaction.
import type { Knex } from 'knex';
import type { CampaignsStore, OwnTotals } from './data/campaignsStore';
import type { Campaign } from './model';

export type OwnedCampaign = Campaign & { totals: OwnTotals };

export class OwnCampaignData {
  constructor(private readonly campaigns: CampaignsStore) {}

  count(userId: number, trx: Knex.Transaction): Promise<number> {
    return this.campaigns.countOwned(userId, trx);
  }
  campaignsOf(userId: number, trx: Knex.Transaction): AsyncGenerator<OwnedCampaign> {
    return this.campaigns.ownedWithCounts(userId, trx);
  }
}
