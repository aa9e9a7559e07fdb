// Campaigns' domain: a campaign and its draft fields, and the merge fields a body may use.
/**
 * draft → scheduled (send now is scheduled for now) → preparing (recipients written) → sending → sent.
 * A sender under review waits in needs_review instead of scheduled; sending ⇄ paused (by hand, or by itself past
 * the bounce or complaint threshold); stopped when the owner is deactivated. A scheduled campaign can go back to
 * draft.
 */
export type CampaignState =
  'draft' | 'needs_review' | 'scheduled' | 'preparing' | 'sending' | 'paused' | 'sent' | 'stopped';
export const STATE_LABELS: Record<CampaignState, string> = {
  draft: 'Draft',
  needs_review: 'Needs review',
  scheduled: 'Scheduled',
  preparing: 'Preparing recipients',
  sending: 'Sending',
  paused: 'Paused',
  sent: 'Sent',
  stopped: 'Stopped',
};

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
  /** Why it is paused, stopped or needs review. */
  stateReason: string | null;
  scheduledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** When all its recipients were written (null while they are being written). */
  preparedAt: Date | null;
  /** Incremented at each start and resume: job ids of a run are its own. */
  run: number;
  /** The last lead id whose recipient row was written while preparing. */
  prepareCursor: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A recipient row's state, and the counts the campaign page shows. */
export type RecipientState = 'queued' | 'sending' | 'sent' | 'skipped' | 'bounced' | 'complained' | 'unsubscribed';
export interface Progress {
  total: number;
  byState: Record<RecipientState, number>;
  /** Skipped recipients by exclusion. */
  skipped: Record<string, number>;
  /** Recipients no longer waiting, as a whole percentage of the total. */
  percent: number;
}
/** Each kind of outcome per time bucket, for the campaign's chart. */
export interface Timeline {
  buckets: string[];
  series: Record<'sent' | 'bounced' | 'complained' | 'unsubscribed', number[]>;
}
/** What the list shows beside each campaign. */
export interface CampaignTotals {
  recipients: number;
  sent: number;
  bounced: number;
  complained: number;
  unsubscribed: number;
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
