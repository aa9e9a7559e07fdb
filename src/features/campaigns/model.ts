// Campaigns' domain: a campaign and its draft fields, and the merge fields a body may use.
export type CampaignState = 'draft';

/** Which leads a campaign is for: the lead list's filters (dates as YYYY-MM-DD, both days included). */
export interface AudienceFilter {
  statusId?: number;
  ownerId?: number;
  teamId?: number;
  tag?: string;
  source?: string;
  createdFrom?: string;
  createdTo?: string;
}

export interface CampaignDraft {
  name: string;
  subject: string;
  senderName: string;
  /** Markdown, raw HTML disabled, with merge fields like {{firstName}} or {{firstName|there}}. */
  body: string;
  audience: AudienceFilter;
}

export interface Campaign extends CampaignDraft {
  id: number;
  ownerId: number;
  state: CampaignState;
  createdAt: Date;
  updatedAt: Date;
}

/** The merge fields a campaign may use, and what they read of a recipient (a lead). */
export const MERGE_FIELDS = {
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  jobTitle: 'Job title',
} as const;
export type MergeField = keyof typeof MERGE_FIELDS;
export type Recipient = Partial<Record<MergeField, string | null>>;

export const LIMITS = { name: 120, subject: 200, senderName: 100, body: 50_000 } as const;

/** The organisation's sending settings. */
export interface CampaignSettings {
  /** Printed in every message (required before sending). */
  postalAddress: string | null;
  /** The From address's domain (required before sending). */
  sendingDomain: string | null;
  /** At most capMessages marketing e-mails per lead in capDays days, from any campaign. */
  capMessages: number;
  capDays: number;
  /** Messages handed to the outbox per minute at most. */
  ratePerMinute: number;
  updatedAt: Date;
}
export type SettingsInput = Omit<CampaignSettings, 'updatedAt'>;
/** What is missing before any campaign can be sent (empty when nothing is). */
export const missingForSending = (s: CampaignSettings): string[] =>
  [!s.postalAddress && 'the organisation’s postal address', !s.sendingDomain && 'the sending domain'].filter(
    (x): x is string => Boolean(x),
  );
