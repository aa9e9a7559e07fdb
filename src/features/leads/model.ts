// The leads feature's domain: what a lead is, its evidence and consents, its history, the list's filters and
// counts, and the normalization every lead's e-mail, phone and tags go through.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Role, UserStatus } from '../accounts';
import type { LeadStatus } from '../organisation';

export type { LeadStatus };

export const LAWFUL_BASES = {
  consent: 'Consent: the person agreed to us keeping their details for this purpose.',
  contract: 'Contract: we need the details to enter into or carry out a contract with them.',
  legitimate_interest:
    'Legitimate interest: a business need that does not override their rights (assessed and recorded).',
  legal_obligation: 'Legal obligation: a law requires us to keep these details.',
} as const;
export type LawfulBasis = keyof typeof LAWFUL_BASES;
export const CONSENT_CHANNELS = ['email', 'phone', 'sms', 'post'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const CHANNEL_LABELS: Record<ConsentChannel, string> = {
  email: 'E-mail',
  phone: 'Phone',
  sms: 'SMS',
  post: 'Post',
};

export interface Evidence {
  method: string;
  source: string;
  obtainedAt: Date;
  wording: string;
}
/** What a lead says about the person and where it stands: shared by the form input and the stored lead. */
export interface LeadDetails {
  firstName: string;
  lastName: string;
  company: string | null;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  source: string | null;
  statusId: number;
  tags: string[];
  lawfulBasis: LawfulBasis;
}
export interface LeadInput extends LeadDetails {
  ownerId: number | null;
  basis: Evidence;
  emailConsent: Evidence | null;
}

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}
export function normalizePhone(raw: string, country: string): string | undefined {
  const p = parsePhoneNumberFromString(raw, country as CountryCode);
  return p && p.isValid() ? p.number : undefined;
}
export function parseTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export interface Lead extends LeadDetails {
  id: number;
  ownerId: number;
  teamId: number | null;
  basis: Evidence & { recordedBy: number };
  doNotContact: boolean;
  mergedIntoId: number | null;
  createdBy: number;
  createdAt: Date;
  updatedAt: Date;
  lastVerifiedAt: Date | null;
}
export type LeadFields = Omit<Lead, 'id' | 'mergedIntoId' | 'createdAt' | 'updatedAt' | 'lastVerifiedAt' | 'createdBy'>;
/** A new lead's stored fields from the form's input: owned by `owner`, the lawful basis recorded by `recordedBy`. */
export function newLeadFields(
  input: LeadInput,
  recordedBy: number,
  owner: { id: number; teamId: number | null },
): LeadFields {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    company: input.company,
    jobTitle: input.jobTitle,
    email: input.email,
    phone: input.phone,
    address: input.address,
    notes: input.notes,
    source: input.source,
    statusId: input.statusId,
    tags: input.tags,
    ownerId: owner.id,
    teamId: owner.teamId,
    lawfulBasis: input.lawfulBasis,
    basis: { ...input.basis, recordedBy },
    doNotContact: false,
  };
}
export const PERSONAL_FIELDS = ['email', 'phone', 'address', 'notes'] as const;

/**
 * Company legal forms left out of the duplicate search's key, as a CRM's matching rules do ("Acme Ltd" is "Acme
 * Limited"); nearly every company has one, and each lead sharing its trigrams made every search read more of the
 * trigram index. The key's SQL twin is the generated column leads.name_key (migration 20261208060000): same words,
 * same word boundaries (a letter, digit or underscore on neither side), same replacement.
 */
export const LEGAL_FORMS = [
  'ltd', 'limited', 'inc', 'incorporated', 'llc', 'llp', 'plc', 'corp', 'corporation', 'co',
  'gmbh', 'ag', 'sa', 'sas', 'sarl', 'bv', 'nv', 'srl', 'spa', 'pty', 'pvt',
] as const; // prettier-ignore
const LEGAL_FORM = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${LEGAL_FORMS.join('|')})(?![\\p{L}\\p{N}_])\\.?`, 'giu');

/** What the duplicate search compares: first name, last name and company less its legal form, in lower case. */
export const nameKey = (f: { firstName: string; lastName: string; company: string | null }) =>
  `${f.firstName} ${f.lastName} ${(f.company ?? '').replace(LEGAL_FORM, ' ')}`.toLowerCase();

/** A user as the lead pages name and offer them. */
export interface Person {
  id: number;
  name: string;
  role: Role;
  status: UserStatus;
  teamId: number | null;
}

export interface LeadFilter {
  statusId?: number;
  ownerId?: number;
  teamId?: number;
  tag?: string;
  source?: string;
  createdFrom?: Date;
  createdTo?: Date;
  staleBefore?: Date;
  q?: string;
  /** `q` as a tsquery with its prefixes expanded (withSearch()); without it `q` is matched word prefix by word prefix. */
  tsquery?: string;
  /** Exact, normalized e-mail or E.164 phone: matched through the blind index. */
  lookup?: string;
}
export type LeadSort = 'created' | 'name';
export interface LeadSummary {
  id: number;
  firstName: string;
  lastName: string;
  company: string | null;
  email: string | null;
  statusId: number;
  ownerId: number;
  tags: string[];
  createdAt: Date;
  lastVerifiedAt: Date | null;
}
/** Counted on every plain list page, and (higher) when asked for: both bound a count's cost at any size. */
export const COUNT_CAP = 1_000;
export const ASKED_COUNT_CAP = 10_000;

/** No filter, search or lookup: the whole scope. */
export const isPlain = (f: LeadFilter) =>
  !f.statusId &&
  !f.ownerId &&
  !f.teamId &&
  !f.tag &&
  !f.source &&
  !f.createdFrom &&
  !f.createdTo &&
  !f.staleBefore &&
  !f.q &&
  !f.lookup;

export type DuplicateReason = 'email' | 'phone' | 'name';
export interface Match {
  id: number;
  reason: DuplicateReason;
  similarity: number;
}
export type Duplicate = Lead & { reason: string };

export interface HistoryEntry {
  id: number;
  leadId: number;
  userId: number | null;
  at: Date;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}
export interface ConsentRecord {
  id: number;
  leadId: number;
  channel: ConsentChannel;
  status: 'granted' | 'withdrawn';
  evidence: Evidence;
  reason: string | null;
  /** Null when the person recorded it themselves (the unsubscribe link). */
  recordedBy: number | null;
  recordedAt: Date;
}
export interface Change {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  personal: boolean;
}

/** The current state per channel: the latest record wins. */
export function currentConsent(records: ConsentRecord[]): Partial<Record<ConsentChannel, ConsentRecord>> {
  const out: Partial<Record<ConsentChannel, ConsentRecord>> = {};
  for (const r of records) out[r.channel] ??= r; // records are newest first
  return out;
}

export type BulkAction = 'status' | 'tag' | 'reassign';
export const BULK_LIMIT = 500;

export type SaveResult = { status: 'saved'; lead: Lead } | { status: 'duplicates'; duplicates: Duplicate[] };

/**
 * Why a lead may not be sent a marketing e-mail now, in the order checked (the first that applies): not a live
 * lead any more, outside the sender's leads, no address, do-not-contact, no consent or consent withdrawn, the
 * address suppressed (unsubscribed, bounced, complained), or over the frequency cap.
 */
export const EXCLUSIONS = [
  'merged',
  'out_of_scope',
  'no_email',
  'do_not_contact',
  'no_consent',
  'withdrawn',
  'suppressed',
  'over_cap',
] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];
export const EXCLUSION_LABELS: Record<Exclusion, string> = {
  merged: 'Merged into another lead',
  out_of_scope: 'No longer one of the sender’s leads',
  no_email: 'No e-mail address',
  do_not_contact: 'Do not contact',
  no_consent: 'No marketing e-mail consent',
  withdrawn: 'Consent withdrawn',
  suppressed: 'Address suppressed (unsubscribed, bounced or complained)',
  over_cap: 'Over the frequency cap',
};

/** At most `messages` marketing e-mails per lead in `days` days, counted back from `now`. */
export interface ContactCap {
  messages: number;
  days: number;
  now: Date;
}

/** A campaign audience's leads: how many match, may receive marketing e-mail, and are left out by reason. */
export interface AudienceCounts {
  matching: number;
  eligible: number;
  excluded: Partial<Record<Exclusion, number>>;
}

/** One lead of an audience with the reason it is left out (null: eligible). */
export interface AudienceMember {
  leadId: number;
  exclusion: Exclusion | null;
}

/** What a marketing e-mail may say of its recipient, and where it goes. */
export interface Addressee {
  email: string;
  firstName: string;
  lastName: string;
  company: string | null;
  jobTitle: string | null;
}

/** Why an address is suppressed. */
export type SuppressionReason = 'unsubscribed' | 'hard_bounce' | 'complaint' | 'soft_bounces' | 'erased' | 'objected';

/** A new or changed consent decision for one channel, with its evidence. */
export interface ConsentInput {
  channel: ConsentChannel;
  status: 'granted' | 'withdrawn';
  evidence: Evidence;
  reason: string | null;
}
