// The public side of privacy requests: the contact form's submission and the confirmation of the address. The
// answer to a submission is the same whatever the address (known lead, user or nobody) and for a filled honeypot
// (which stores nothing); only the rate limits and the form's own errors differ. A request waits in `verifying`
// until its link is followed; an objection then takes effect at once on every lead with the address. No HTTP.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { Knex } from 'knex';
import type { AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { randomToken, sha256, type DataCipher } from '../../platform/crypto';
import { ValidationError } from '../../platform/errors';
import type { MailService } from '../../platform/outbox/mail';
import type { LeadContactService, Leads } from '../leads';
import { normalizeEmail } from '../leads';
import { sealAttachment } from './attachments';
import type { RequestsStore } from './data/requestsStore';
import { acknowledgment } from './emails';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  KINDS,
  LIMITS,
  dueDateOf,
  referenceOf,
  type RequestKind,
} from './model';
import type { ContactThrottle } from './throttle';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Submission {
  kind: string;
  name: string;
  email: string;
  phone: string;
  message: string;
  /** The field people never see: filled only by robots. */
  honeypot: string;
  attachment?: { name: string; content: Buffer } | 'too-large' | 'unreadable';
}

export interface IntakeDeps {
  db: Knex;
  store: RequestsStore;
  cipher: DataCipher;
  mail: Pick<MailService, 'queue'>;
  audit: AuditService;
  clock: Clock;
  throttle: ContactThrottle;
  contact: Pick<LeadContactService, 'objectByAddress'>;
  suppressions: Pick<Leads['suppressions'], 'suppress'>;
  /** Where attachments go (created on demand). */
  dir: string;
  /** The confirmation page's URL for a token. */
  confirmUrl: (token: string) => string;
}

/** Too many submissions from this IP or for this address. */
export class TooManyRequests extends Error {}

export type Confirmation = { state: 'confirmed' | 'already'; reference: string; kind: RequestKind } | undefined;

/** The form's errors beside their fields ({} when it may be taken). */
export function checkSubmission(s: Submission): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(KINDS as readonly string[]).includes(s.kind)) errors.kind = 'Choose what your message is about.';
  if (!s.name) errors.name = 'Enter your name.';
  else if (s.name.length > LIMITS.name) errors.name = `Enter at most ${LIMITS.name} characters.`;
  if (!EMAIL_RE.test(s.email) || s.email.length > LIMITS.email)
    errors.email = 'Enter an e-mail address like name@example.com.';
  if (s.phone.length > LIMITS.phone) errors.phone = `Enter at most ${LIMITS.phone} characters.`;
  if (!s.message) errors.message = 'Enter your message.';
  else if (s.message.length > LIMITS.message) errors.message = `Enter at most ${LIMITS.message} characters.`;
  if (s.attachment === 'too-large') errors.attachment = 'Attach a file of at most 5 MB.';
  else if (s.attachment === 'unreadable') errors.attachment = 'The file could not be read: choose it again.';
  return errors;
}

export class PrivacyIntake {
  constructor(private readonly d: IntakeDeps) {}

  /**
   * Takes a submission from `ip`: refused with the form's errors, or by TooManyRequests; otherwise (a honeypot
   * filled included) the same silent success, the acknowledgment going to the address given.
   */
  async submit(s: Submission, ip: string): Promise<void> {
    const errors = checkSubmission(s);
    const file = typeof s.attachment === 'object' && s.attachment.content.length ? s.attachment : undefined;
    const type = file && (await fileTypeFromBuffer(file.content))?.mime;
    if (file && file.content.length > ATTACHMENT_MAX_BYTES) errors.attachment = 'Attach a file of at most 5 MB.';
    else if (file && !(ATTACHMENT_TYPES as readonly string[]).includes(type ?? ''))
      errors.attachment = 'Attach a PDF, PNG or JPEG file.';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const email = normalizeEmail(s.email);
    const emailBidx = this.d.cipher.blindIndex(email);
    if (!(await this.d.throttle.allow(ip, emailBidx))) throw new TooManyRequests();
    if (s.honeypot) return;
    const now = this.d.clock();
    const token = randomToken();
    const stored = file && { file: crypto.randomUUID(), name: file.name.slice(0, 255) || 'attachment', type: type! };
    if (stored) {
      await fs.mkdir(this.d.dir, { recursive: true });
      await fs.writeFile(path.join(this.d.dir, stored.file), sealAttachment(this.d.cipher, file.content), {
        flag: 'wx',
      });
    }
    const attachment = stored ? { ...stored, bytes: file.content.length } : null;
    const kind = s.kind as RequestKind;
    const dueAt = dueDateOf(now);
    const saved = this.d.db.transaction(async (trx) => {
      const at = now;
      const id = await this.d.store.insert(
        {
          kind,
          name: s.name,
          email,
          emailBidx,
          phone: s.phone || null,
          message: s.message,
          attachment,
          tokenHash: sha256(token),
          receivedAt: now,
          dueAt,
        },
        (n) => referenceOf(n, at),
        trx,
      );
      await this.d.store.addEvent(id, { at: now, actorId: null, kind: 'received', details: { kind } }, trx);
      await this.d.audit.record(
        { userId: null, ip },
        { action: 'privacy_request.receive', targetType: 'privacy_request', targetId: id, details: { kind } },
        trx,
      );
      const reference = referenceOf(id, now);
      await this.d.mail.queue(acknowledgment(email, { reference, kind, dueAt }, this.d.confirmUrl(token)), trx);
    });
    // a file written for a request that was not stored is not kept
    await saved.catch(async (err: unknown) => {
      if (stored) await fs.rm(path.join(this.d.dir, stored.file), { force: true });
      throw err;
    });
  }

  /**
   * Follows a confirmation link: the request moves from verifying to new (an objection then takes effect on every
   * lead with the address); undefined for a token that matches nothing.
   */
  async confirm(token: string, ip: string | null): Promise<Confirmation> {
    if (!token || token.length > 200) return undefined;
    return this.d.db.transaction(async (trx) => {
      const r = await this.d.store.lockByToken(sha256(token), trx);
      if (!r) return undefined;
      if (r.state !== 'verifying' || r.confirmedAt)
        return { state: 'already' as const, reference: r.reference, kind: r.kind };
      const now = this.d.clock();
      await this.d.store.update(r.id, { state: 'new', confirmed_at: now }, trx);
      await this.d.store.addEvent(r.id, { at: now, actorId: null, kind: 'confirmed' }, trx);
      await this.d.audit.record(
        { userId: null, ip },
        { action: 'privacy_request.confirm', targetType: 'privacy_request', targetId: r.id, details: { kind: r.kind } },
        trx,
      );
      if (r.kind === 'objection') await this.objection(r.id, r.reference, r.emailBidx, now, ip, trx);
      return { state: 'confirmed' as const, reference: r.reference, kind: r.kind };
    });
  }

  private async objection(
    id: number,
    reference: string,
    emailBidx: string,
    now: Date,
    ip: string | null,
    trx: Knex.Transaction,
  ): Promise<void> {
    await this.d.suppressions.suppress({ emailBidx, phoneBidx: null }, 'objected', trx);
    const leads = await this.d.contact.objectByAddress(
      emailBidx,
      { source: `privacy request ${reference}`, at: now },
      trx,
    );
    const outcome = `Objection applied at confirmation: address suppressed, consent withdrawn and do-not-contact set on ${leads.length} lead(s).`;
    await this.d.store.update(id, { outcome }, trx);
    await this.d.store.addEvent(
      id,
      { at: now, actorId: null, kind: 'objection', body: outcome, details: { leads: leads.length } },
      trx,
    );
    await this.d.audit.record(
      { userId: null, ip },
      { action: 'privacy_request.objection', targetType: 'privacy_request', targetId: id, details: { leadIds: leads } },
      trx,
    );
  }
}
