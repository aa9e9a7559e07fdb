// Policies: the Terms of Use and the Privacy Policy, in versions (drafts, then published with an effective date,
// or withdrawn before it), and the acceptance records that prove who accepted which text, when and how.
export const POLICY_KINDS = ['terms', 'privacy'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];
export const POLICY_TITLE: Record<PolicyKind, string> = { terms: 'Terms of Use', privacy: 'Privacy Policy' };
export const isPolicyKind = (k: string): k is PolicyKind => (POLICY_KINDS as readonly string[]).includes(k);

export type VersionState = 'draft' | 'published' | 'withdrawn';
export interface PolicyVersion {
  id: number;
  kind: PolicyKind;
  /** null while a draft */
  version: number | null;
  title: string;
  body: string;
  summary: string;
  material: boolean;
  state: VersionState;
  /** null for a draft that takes effect when published */
  effectiveAt: Date | null;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  textSha256: string | null;
  broadcastId: number | null;
  createdAt: Date;
}
export type PublishedVersion = PolicyVersion & { version: number; effectiveAt: Date; publishedAt: Date };

export interface DraftInput {
  kind: PolicyKind;
  body: string;
  summary: string;
  material: boolean;
  /** null: when published */
  effectiveAt: Date | null;
}

export type AcceptanceMethod = 'explicit' | 'continued_use';
export const METHOD_LABEL: Record<AcceptanceMethod, string> = {
  explicit: 'Ticked "I accept"',
  continued_use: 'Continued use',
};

export interface Acceptance {
  userId: number;
  userName: string;
  userEmail: string;
  role: string;
  versionId: number;
  textSha256: string;
  method: AcceptanceMethod;
  acceptedAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** Where a request came from: kept with an acceptance or a decline. */
export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

export const BODY_MAX = 200_000;
export const SUMMARY_MAX = 2_000;
