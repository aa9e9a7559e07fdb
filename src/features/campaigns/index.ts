// The campaigns feature: e-mail campaigns that only reach leads who agreed. Drafts with a Markdown body and merge
// fields; audiences over the lead list's filters; sending with a check per recipient just before each message;
// one-click unsubscribe; bounces and complaints. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { NotificationCenter } from '../notifications';
import type { UserAdminService } from '../accounts';
import type { LeadContactService } from '../leads';
import { CampaignAttachments } from './attachments';
import { AttachmentsStore } from './data/attachmentsStore';
import { CampaignsStore } from './data/campaignsStore';
import { RecipientsStore } from './data/recipientsStore';
import { ReviewsStore } from './data/reviewsStore';
import { SettingsStore } from './data/settingsStore';
import { MailEvents } from './events';
import { OwnCampaignData } from './ownData';
import type { ContentGate } from './model';
import { PreSendFacts } from './presend';
import { CampaignReview } from './review';
import { CampaignSender } from './sending';
import { CampaignService } from './service';
import { CampaignSettingsService } from './settings';
import { CampaignSweep } from './sweep';
import { RecipientTokens } from './tokens';

export type { Campaign, CampaignDraft, CampaignScan, ContentGate, MergeField, PreSendInput, ScanHit } from './model';
export { STATE_LABELS as CAMPAIGN_STATE_LABELS } from './model';
export type { CampaignReview } from './review';
export type { CampaignAttachments } from './attachments';
export type { CampaignService } from './service';
export type { CampaignSettingsService } from './settings';
export type { CampaignSender } from './sending';
export type { MailEvents } from './events';
export type { OwnCampaignData, OwnedCampaign } from './ownData';
export { campaignRoutes } from './routes';
export { campaignJobs } from './jobs';

export const campaignStores = (db: Knex) => ({
  campaigns: new CampaignsStore(db),
  settings: new SettingsStore(db),
  recipients: new RecipientsStore(db),
  reviews: new ReviewsStore(db),
  attachments: new AttachmentsStore(db),
});
export type CampaignStores = ReturnType<typeof campaignStores>;

export function createCampaigns(
  p: Platform,
  stores: CampaignStores,
  others: {
    contact: LeadContactService;
    users: Pick<UserAdminService, 'find' | 'list'>;
    gate: ContentGate;
    /** Until when a full-stop maintenance window holds sends (the status feature's). */
    fullStop: () => Promise<Date | null>;
    /** Tells a campaign's owner it finished (the notifications feature's). */
    notify: NotificationCenter['notify'];
  },
) {
  const { db, audit, mail, jobs, clock, log, config, blobs } = p;
  const { campaigns, recipients, reviews, attachments } = stores;
  const tokens = new RecipientTokens(config.unsubscribeKey);
  const campaignSettings = new CampaignSettingsService(db, stores.settings, audit);
  const common = {
    db,
    campaigns,
    recipients,
    reviews,
    attachments,
    contact: others.contact,
    users: others.users,
    mail,
    audit,
  };
  const baseUrl = config.BASE_URL;
  const presend = new PreSendFacts({
    campaigns,
    attachments,
    reviews,
    settings: campaignSettings,
    contact: others.contact,
    blobs,
    tokens,
    baseUrl,
  });
  const mailEvents = new MailEvents({ ...common, tokens, clock, webhookSecret: config.mailWebhookSecret });
  const campaignSender = new CampaignSender({
    ...common,
    thresholds: mailEvents,
    settings: campaignSettings,
    jobs,
    tokens,
    clock,
    log,
    baseUrl,
    gate: others.gate,
    presend,
    fullStop: others.fullStop,
    notify: others.notify,
  });
  const campaignService = new CampaignService(
    db,
    campaigns,
    recipients,
    audit,
    others.contact,
    campaignSettings,
    clock,
  );
  return {
    campaigns: campaignService,
    campaignAttachments: new CampaignAttachments(db, campaigns, attachments, blobs, audit),
    campaignReview: new CampaignReview({
      db,
      campaigns,
      attachments,
      service: campaignService,
      sender: campaignSender,
      settings: campaignSettings,
      audit,
      clock,
      log,
      baseUrl,
    }),
    campaignSettings,
    campaignSender,
    campaignSweep: new CampaignSweep(
      campaigns,
      recipients,
      campaignSender,
      campaignSettings,
      jobs,
      clock,
      others.fullStop,
    ),
    mailEvents,
    /** What the pre-send check is given (for its benchmark). */
    preSendFacts: presend,
    /** A user's own campaigns in full, for their data export. */
    ownCampaignData: new OwnCampaignData(campaigns),
  };
}
