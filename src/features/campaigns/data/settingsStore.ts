// The organisation's campaign settings: one row in campaign_settings.
import type { Knex } from 'knex';
import type { CampaignSettings, SettingsInput } from '../model';

export class SettingsStore {
  constructor(private readonly db: Knex) {}

  async get(): Promise<CampaignSettings> {
    const r = await this.db('campaign_settings').where({ id: 1 }).first();
    return {
      postalAddress: r.postal_address,
      sendingDomain: r.sending_domain,
      capMessages: r.cap_messages,
      capDays: r.cap_days,
      ratePerMinute: r.rate_per_minute,
      updatedAt: r.updated_at,
    };
  }

  async save(s: SettingsInput, userId: number | null, trx: Knex.Transaction): Promise<void> {
    await trx('campaign_settings').where({ id: 1 }).update({
      postal_address: s.postalAddress,
      sending_domain: s.sendingDomain,
      cap_messages: s.capMessages,
      cap_days: s.capDays,
      rate_per_minute: s.ratePerMinute,
      updated_by: userId,
      updated_at: trx.fn.now(),
    });
  }
}
