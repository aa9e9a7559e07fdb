// The organisation's campaign settings: validated, saved and audited (admins only, by route).
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { SettingsStore } from './data/settingsStore';
import type { CampaignSettings, SettingsInput } from './model';

export class CampaignSettingsService {
  constructor(
    private readonly db: Knex,
    private readonly store: SettingsStore,
    private readonly audit: AuditService,
  ) {}

  get(): Promise<CampaignSettings> {
    return this.store.get();
  }

  async save(input: SettingsInput, actor: Actor): Promise<void> {
    await this.db.transaction(async (trx) => {
      await this.store.save(input, actor.userId, trx);
      const details = { ...input, postalAddress: input.postalAddress ? 'set' : 'not set' };
      await this.audit.record(
        actor,
        { action: 'campaign.settings', targetType: 'campaign_settings', targetId: 1, details },
        trx,
      );
    });
  }
}
