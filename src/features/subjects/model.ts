// The subjects feature's domain: a data subject found by the blind index of an e-mail or a phone, their access
// report, their erasure, and the sources handed in by other features (imports, privacy requests).
import type { Knex } from 'knex';
import type { ConsentRecord, HistoryEntry, SubjectLead } from '../leads';
import { normalizeEmail, normalizePhone } from '../leads';

export type SubjectKind = 'email' | 'phone';
/** The kind as it appears in the report's URL: /compliance/subjects/e/<bidx> or /p/<bidx>. */
export const KIND_OF_SLUG: Record<string, SubjectKind | undefined> = { e: 'email', p: 'phone' };
export const SLUG_OF_KIND: Record<SubjectKind, 'e' | 'p'> = { email: 'e', phone: 'p' };
/** An HMAC-SHA-256 blind index, base64url. */
export const isBlindIndex = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{43}$/.test(v);
/** What an erasure must be confirmed with. */
export const CONFIRM_WORD = 'ERASE';
const MAX_EMAIL = 320;
const MAX_PHONE = 40;

export interface ImportOfLead {
  leadId: number;
  importId: number;
  fileName: string;
  at: Date;
  byUserId: number;
  action: string;
}
export interface SubjectRequest {
  id: number;
  reference: string;
  kind: string;
  state: string;
  receivedAt: Date;
  dueAt: Date;
  closedAt: Date | null;
}
/** What other features know of a person: the imports their leads came from and their privacy requests. */
export interface SubjectSources {
  importsOfLeads(leadIds: number[]): Promise<ImportOfLead[]>;
  /** Drops what imports kept of these leads' previous values (to undo an update), in the erasure's transaction. */
  forgetImportedValues(leadIds: number[], trx: Knex.Transaction): Promise<void>;
  requestsForSubject(emailBidx: string): Promise<SubjectRequest[]>;
  /** A privacy request's address (its blind index) and whether it was confirmed; undefined when there is none. */
  requestForErasure(requestId: number): Promise<{ emailBidx: string; confirmed: boolean } | undefined>;
  /** Records an erasure's outcome on the privacy request it answers, in the erasure's transaction. */
  recordOutcome(requestId: number, outcome: string, actorId: number | null, trx: Knex.Transaction): Promise<void>;
}

export interface CampaignMessage {
  recipientId: number;
  leadId: number;
  campaignId: number;
  campaignName: string;
  subject: string;
  state: string;
  reason: string | null;
  queuedAt: Date;
  sentAt: Date | null;
  toAddress: string | null;
}
export interface ContactRecord {
  leadId: number;
  kind: string;
  at: Date;
  ref: string;
}
export interface ErasureRecord {
  id: number;
  kind: SubjectKind | 'retention';
  at: Date;
  byUserId: number | null;
  leadsCount: number;
  requestId: number | null;
  reason: string;
}

export interface SubjectReport {
  kind: SubjectKind;
  bidx: string;
  generatedAt: Date;
  leads: (SubjectLead & { ownerName: string })[];
  history: HistoryEntry[];
  consents: ConsentRecord[];
  messages: CampaignMessage[];
  contacts: ContactRecord[];
  imports: ImportOfLead[];
  requests: SubjectRequest[];
  erasures: ErasureRecord[];
  /** User id → name, for the history, consents and erasures. */
  users: Record<number, string>;
}

export type SearchResult = { kind: SubjectKind; value: string } | { errors: Record<string, string> };

/** Reads the search form: exactly one of an e-mail or a phone, normalized (E.164 with the default country). */
export function readSearch(rawEmail: unknown, rawPhone: unknown, country: string): SearchResult {
  const email = typeof rawEmail === 'string' ? rawEmail.trim() : '';
  const phone = typeof rawPhone === 'string' ? rawPhone.trim() : '';
  if (email && phone) return { errors: { email: 'Enter an e-mail address or a phone number, not both.' } };
  if (email) {
    const v = normalizeEmail(email);
    return v.length <= MAX_EMAIL && /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u.test(v)
      ? { kind: 'email', value: v }
      : { errors: { email: 'Enter an e-mail address like name@example.com.' } };
  }
  if (phone) {
    const v = phone.length <= MAX_PHONE && !/\p{Cc}/u.test(phone) ? normalizePhone(phone, country) : undefined;
    return v ? { kind: 'phone', value: v } : { errors: { phone: 'Enter a phone number like 020 7946 0000.' } };
  }
  return { errors: { email: 'Enter an e-mail address or a phone number.' } };
}
