// The officers' side of privacy requests: the queue with its highlighting, a request with its events, notes,
// state changes (a refusal needs its reason), replies and extensions e-mailed to the requester through the
// outbox, the attachment, the outcome another feature records (erasure), and the chart's figures. Each change is
// an event of the request and an audit entry holding ids and kinds only. No HTTP.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { DataCipher } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { MailService } from '../../platform/outbox/mail';
import { openAttachment } from './attachments';
import type { RequestsStore } from './data/requestsStore';
import { extension, reply } from './emails';
import {
  LIMITS,
  MAX_EXTENSION_MONTHS,
  NEXT_STATES,
  STATES,
  addMonths,
  isClosed,
  latestDueOf,
  monthlyFigures,
  urgencyOf,
  type EventKind,
  type RequestState,
} from './model';

export interface DeskDeps {
  db: Knex;
  store: RequestsStore;
  mail: Pick<MailService, 'queue'>;
  audit: AuditService;
  clock: Clock;
  cipher: DataCipher;
  dir: string;
}

const text = (v: string, max: number, field: string, missing: string) => {
  if (!v) throw new ValidationError({ [field]: missing });
  if (v.length > max) throw new ValidationError({ [field]: `Enter at most ${max} characters.` });
  return v;
};

export class PrivacyDesk {
  constructor(private readonly d: DeskDeps) {}

  /** The queue (all states, or those given), each with its urgency at the clock's time. */
  async queue(states: string[]) {
    const wanted = states.filter((s): s is RequestState => (STATES as readonly string[]).includes(s));
    const now = this.d.clock();
    return (await this.d.store.queue(wanted)).map((r) => ({ ...r, urgency: urgencyOf(r, now) }));
  }

  async show(id: number) {
    const r = await this.d.store.find(id);
    if (!r) throw new NotFoundError();
    const now = this.d.clock();
    return {
      request: r,
      urgency: urgencyOf(r, now),
      events: await this.d.store.events(id),
      nextStates: NEXT_STATES[r.state],
      latestDue: latestDueOf(r.originalDueAt),
    };
  }

  /** Runs `change` on the request locked, then records its event and audit entry. */
  private async change(
    id: number,
    actor: Actor,
    event: { kind: EventKind; action: string; body?: string; details?: Record<string, unknown> },
    change: (
      r: NonNullable<Awaited<ReturnType<RequestsStore['find']>>>,
      trx: Knex.Transaction,
      now: Date,
    ) => Promise<void>,
    trx?: Knex.Transaction,
  ): Promise<void> {
    const run = async (t: Knex.Transaction) => {
      const r = await this.d.store.find(id, t, true);
      if (!r) throw new NotFoundError();
      const now = this.d.clock();
      await change(r, t, now);
      const details = { kind: r.kind, ...event.details };
      await this.d.store.addEvent(
        id,
        { at: now, actorId: actor.userId, kind: event.kind, body: event.body, details },
        t,
      );
      await this.d.audit.record(
        actor,
        { action: event.action, targetType: 'privacy_request', targetId: id, details },
        t,
      );
    };
    await (trx ? run(trx) : this.d.db.transaction(run));
  }

  addNote(id: number, raw: string, actor: Actor): Promise<void> {
    const body = text(raw, LIMITS.note, 'note', 'Enter the note.');
    return this.change(id, actor, { kind: 'note', action: 'privacy_request.note', body }, () => Promise.resolve());
  }

  async changeState(id: number, to: string, reason: string, actor: Actor): Promise<void> {
    const r = await this.d.store.find(id);
    if (!r) throw new NotFoundError();
    if (!NEXT_STATES[r.state].includes(to as RequestState))
      throw new ValidationError({ state: 'Choose one of the states offered.' });
    const refusal = to === 'refused' ? text(reason, LIMITS.reason, 'reason', 'Say why the request is refused.') : null;
    if (reason.length > LIMITS.reason)
      throw new ValidationError({ reason: `Enter at most ${LIMITS.reason} characters.` });
    const state = to as RequestState;
    await this.change(
      id,
      actor,
      {
        kind: 'state',
        action: 'privacy_request.state',
        body: refusal ?? undefined,
        details: { from: r.state, to: state },
      },
      async (locked, trx, now) => {
        if (locked.state !== r.state)
          throw new ValidationError({ state: 'The request changed meanwhile: look again.' });
        await this.d.store.update(
          id,
          { state, closed_at: isClosed(state) ? now : null, refusal_reason: refusal ?? locked.refusalReason },
          trx,
        );
      },
    );
  }

  /** E-mails the requester (only once their address is confirmed); the text is kept on the request. */
  async reply(id: number, raw: string, actor: Actor): Promise<void> {
    const body = text(raw, LIMITS.message, 'reply', 'Enter the reply.');
    await this.change(id, actor, { kind: 'reply', action: 'privacy_request.reply', body }, async (r, trx) => {
      if (r.state === 'verifying')
        throw new ValidationError({ reply: 'The requester has not confirmed their address yet: nothing may be sent.' });
      await this.d.mail.queue(reply(r.email, r.reference, body), trx);
    });
  }

  /** Moves the due date by 1 or 2 months (at most two months past the original in all) and tells the requester. */
  async extend(id: number, monthsRaw: string, rawReason: string, actor: Actor): Promise<void> {
    const months = /^[12]$/.test(monthsRaw) ? Number(monthsRaw) : 0;
    if (!months) throw new ValidationError({ months: `Choose 1 or ${MAX_EXTENSION_MONTHS} months.` });
    const reason = text(rawReason, LIMITS.reason, 'extensionReason', 'Say why more time is needed.');
    await this.change(
      id,
      actor,
      { kind: 'extension', action: 'privacy_request.extend', body: reason, details: { months } },
      async (r, trx) => {
        if (isClosed(r.state)) throw new ValidationError({ months: 'The request is closed.' });
        // months counted from the original due date, so 1 + 1 lands where 2 would (May 31 → Jun 30 → Jul 31)
        const used = [0, 1, 2].find((k) => addMonths(r.originalDueAt, k).getTime() >= r.dueAt.getTime()) ?? 2;
        if (used + months > MAX_EXTENSION_MONTHS)
          throw new ValidationError({
            months: 'That is more than two months past the original due date (Article 12(3)).',
          });
        const dueAt = addMonths(r.originalDueAt, used + months);
        await this.d.store.update(id, { due_at: dueAt }, trx);
        if (r.state !== 'verifying') await this.d.mail.queue(extension(r.email, r.reference, dueAt, reason), trx);
      },
    );
  }

  /** The attachment's bytes (decrypted), name and type, for an officer (audited). */
  async attachment(id: number, actor: Actor) {
    const r = await this.d.store.find(id);
    const file = r?.attachment && !r.attachment.removed ? await this.d.store.attachmentFile(id) : undefined;
    if (!r?.attachment || !file) throw new NotFoundError();
    await this.d.audit.record(actor, {
      action: 'privacy_request.attachment',
      targetType: 'privacy_request',
      targetId: id,
    });
    const sealed = await fs.readFile(path.join(this.d.dir, file)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new NotFoundError();
      throw err;
    });
    const content = openAttachment(this.d.cipher, sealed);
    return { content, name: r.attachment.name, type: r.attachment.type };
  }

  /** Notes what was done for the request (e.g. "erased 3 leads"), as an event and in the audit log. */
  recordOutcome(requestId: number, outcome: string, actorId: number | null, trx?: Knex.Transaction): Promise<void> {
    const body = outcome.slice(0, LIMITS.reason);
    return this.change(
      requestId,
      { userId: actorId },
      { kind: 'outcome', action: 'privacy_request.outcome', body },
      (r, t) => this.d.store.update(requestId, { outcome: r.outcome ? `${r.outcome}\n${body}` : body }, t),
      trx,
    );
  }

  /** A request's address (its blind index) and whether the requester confirmed it; undefined when there is none. */
  async requestForErasure(id: number): Promise<{ emailBidx: string; confirmed: boolean } | undefined> {
    const r = await this.d.store.find(id);
    return r && { emailBidx: r.emailBidx, confirmed: r.state !== 'verifying' && r.confirmedAt !== null };
  }

  /** Every request made with this address (its blind index), for the person's access report. */
  requestsForSubject(emailBidx: string) {
    return this.d.store.forSubject(emailBidx);
  }

  /** Requests per month by kind and days to answer, over the last twelve months. */
  async chart() {
    const now = this.d.clock();
    const since = addMonths(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), -11);
    return monthlyFigures(await this.d.store.since(since), now);
  }
}
