// Compliance's domain: what the scorer looks at (a message's facts, an audience's facts), the hits and verdicts
// it gives, and the flags, decisions and account actions the compliance officers take on them.
import type { PreSendInput } from '../campaigns';

/** SpamAssassin's own rules; our message rules (hygiene, malware); our campaign rules (audience, behaviour). */
export const FAMILIES = ['spamassassin', 'hygiene', 'malware', 'audience', 'behaviour', 'security'] as const;
export type Family = (typeof FAMILIES)[number];
export const FAMILY_LABELS: Record<Family, string> = {
  spamassassin: 'Content (SpamAssassin)',
  hygiene: 'Marketing hygiene',
  malware: 'Malware',
  audience: 'Audience',
  behaviour: 'Sending behaviour',
  security: 'Attempts to bypass security',
};

export type Verdict = 'pass' | 'review' | 'block';
export interface Hit {
  rule: string;
  family: Family;
  weight: number;
  explanation: string;
  /** What exactly matched (a file name, a link, a share), when there is something to show. */
  detail?: string;
}
export interface ScoreResult {
  score: number;
  verdict: Verdict;
  hits: Hit[];
  rulesVersion: string;
}

export interface Link {
  href: string;
  text: string;
}
export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}
/** One message as the message rules see it. */
export interface MessageFacts {
  subject: string;
  html: string | null;
  text: string;
  /** Whether the message carries a List-Unsubscribe header. */
  listUnsubscribe: boolean;
  /** The domain of the From address (a link showing the sender's own domain is not deceptive). */
  fromDomain?: string;
  attachments: Attachment[];
}
/** What the HTML part shows (htmlFacts in content.ts). */
export interface HtmlFacts {
  links: Link[];
  images: number;
  visibleText: string;
  hiddenText: string;
}
/** One attachment as the malware rules see it, archives opened (attachments.ts). */
export interface AttachmentFacts {
  filename: string;
  declaredType: string;
  /** The type its bytes show (file-type), when they show one. */
  detected?: { ext: string; mime: string };
  /** Paths of the files inside, nested archives opened ("a.zip/b.zip/run.js"). */
  entries: string[];
  macros: boolean;
  /** A zip bomb: too many entries, too deep, or expanding past the limits. */
  bomb: boolean;
  /** An archive that cannot be read (corrupt, or encrypted). */
  unreadable: boolean;
}

/** A campaign's audience and its sender's record, for the audience and behaviour rules (campaigns gathers it). */
export type AudienceFacts = PreSendInput['audience'];

export type FlagKind = 'campaign' | 'security';
export type FlagState = 'open' | 'changes_requested' | 'released' | 'rejected' | 'blocked' | 'closed';
export const FLAG_STATE_LABELS: Record<FlagState, string> = {
  open: 'Open',
  changes_requested: 'Changes requested',
  released: 'Released',
  rejected: 'Rejected',
  blocked: 'Blocked',
  closed: 'Closed',
};
/** An open flag older than this is overdue. */
export const FLAG_DUE_MS = 2 * 86_400_000;

export interface Flag {
  id: number;
  kind: FlagKind;
  campaignId: number | null;
  userId: number;
  state: FlagState;
  verdict: Verdict;
  score: number;
  families: Family[];
  hits: Hit[];
  /** Recipients the content was rendered for (names only), or the audit entries behind a security flag. */
  evidence: { sample?: string[]; auditIds?: number[]; window?: { from: string; to: string } };
  rulesVersion: string;
  createdAt: Date;
  decidedAt: Date | null;
}

export type DecisionAction =
  | 'release'
  | 'reject'
  | 'request_changes'
  | 'resubmit'
  | 'close'
  | 'suspend'
  | 'reinstate'
  | 'terminate_request'
  | 'terminate_confirm';
export interface Decision {
  id: number;
  flagId: number | null;
  userId: number;
  action: DecisionAction;
  reason: string;
  actorId: number | null;
  createdAt: Date;
}
export interface TerminationRequest {
  id: number;
  userId: number;
  reason: string;
  requestedBy: number;
  requestedAt: Date;
  confirmedBy: number | null;
  confirmedAt: Date | null;
}

export const REASON_LIMIT = 2000;
