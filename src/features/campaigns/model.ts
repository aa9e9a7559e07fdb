// Campaigns' domain: a campaign and its draft fields, and the merge fields a body may use.
/**
 * draft → scheduled (send now is scheduled for now) → [pre-send scan] → preparing (recipients written) → sending →
 * sent. The scan holds a campaign in needs_review for a compliance officer (who releases it back to scheduled,
 * rejects it, or asks for changes, back to draft) or blocks it outright; while spamd does not answer it stays
 * scheduled. sending ⇄ paused (by hand, or by itself past the bounce or complaint threshold); stopped when the
 * owner is deactivated or suspended. A scheduled campaign can go back to draft.
 */
export type CampaignState =
  | 'draft'
  | 'needs_review'
  | 'scheduled'
  | 'preparing'
  | 'sending'
  | 'paused'
  | 'sent'
  | 'stopped'
  | 'blocked'
  | 'rejected';
export const STATE_LABELS: Record<CampaignState, string> = {
  draft: 'Draft',
  needs_review: 'Needs review',
  scheduled: 'Scheduled',
  preparing: 'Preparing recipients',
  sending: 'Sending',
  paused: 'Paused',
  sent: 'Sent',
  stopped: 'Stopped',
  blocked: 'Blocked',
  rejected: 'Rejected',
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
  /** The last pre-send scan. */
  scan: CampaignScan | null;
  /** When a compliance officer released it as it is (cleared by any edit). */
  clearedAt: Date | null;
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

/** A file sent with every message of the campaign. */
export interface CampaignAttachment {
  id: number;
  campaignId: number;
  filename: string;
  contentType: string;
  blobId: number;
  size: number;
}
export const ATTACHMENT_LIMITS = { files: 5, bytes: 5_000_000, filename: 150 } as const;

/** A rule that fired in the pre-send scan, as the sender and the officer read it. */
export interface ScanHit {
  rule: string;
  family: string;
  weight: number;
  explanation: string;
  detail?: string;
}
export interface CampaignScan {
  verdict: 'pass' | 'review' | 'block';
  score: number;
  hits: ScanHit[];
  rulesVersion: string;
  at: string;
}

/** What the pre-send check is given: messages rendered for a sample of recipients, and the audience's facts. */
export interface PreSendInput {
  campaign: Campaign;
  messages: { label: string; raw: Buffer; facts: PreSendMessage }[];
  audience: {
    matching: number;
    eligible: number;
    /** Leads of the audience left out for having no consent, withdrawn it, or being suppressed or do-not-contact. */
    unconsented: number;
    /** Eligible leads created in the last days. */
    recent: number;
    /** A sample of the eligible addresses. */
    sample: string[];
    /** Eligible leads that got many marketing e-mails lately. */
    oftenContacted: number;
    /** The sender's campaigns in the last 90 days: the largest, and their sent / bounced / complained totals. */
    history: { campaigns: number; largest: number; sent: number; bounced: number; complained: number };
    /** The sender was put under review when a campaign of theirs paused itself. */
    underReview: string | null;
  };
}
export interface PreSendMessage {
  subject: string;
  html: string | null;
  text: string;
  listUnsubscribe: boolean;
  /** The domain of the From address. */
  fromDomain?: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}
/**
 * The content gate the campaign passes before it sends (the compliance feature's scorer, given at composition):
 * pass, hold for review, block, or "unavailable" when the content scanner does not answer (then it waits).
 */
export interface ContentGate {
  check(input: PreSendInput): Promise<{ scan: CampaignScan; summary: string } | { unavailable: string }>;
}
