// Data-subject rights: find a person by the blind index of their e-mail or phone across every lead, build their
// access report, and erase them (anonymize every lead of theirs and what derives from it, suppress them as blind
// indexes, record the erasure and its audit entry with ids and counts only, answer the privacy request).
import type { Knex } from 'knex';
import type { AuditService, Actor } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { DataCipher } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { UserAdminService } from '../accounts';
import { normalizeEmail, type Leads, type SubjectStore } from '../leads';
import type { SubjectsStore } from './data/subjectsStore';
import { CONFIRM_WORD, readSearch, type SubjectKind, type SubjectReport, type SubjectSources } from './model';

export interface SubjectDeps {
  db: Knex;
  cipher: DataCipher;
  audit: AuditService;
  clock: Clock;
  store: SubjectsStore;
  leads: SubjectStore;
  suppressions: Leads['suppressions'];
  users: Pick<UserAdminService, 'find'>;
  sources: SubjectSources;
  phoneCountry: string;
}

export class SubjectService {
  constructor(private readonly d: SubjectDeps) {}

  /** The blind index of the person searched for, or a ValidationError beside the field. */
  find(email: unknown, phone: unknown): { kind: SubjectKind; bidx: string } {
    const r = readSearch(email, phone, this.d.phoneCountry);
    if ('errors' in r) throw new ValidationError(r.errors);
    return { kind: r.kind, bidx: this.d.cipher.blindIndex(r.value) };
  }

  /** Everything held about the person (the access report); every read is in the audit log (ids only). */
  async report(kind: SubjectKind, bidx: string, actor: Actor): Promise<SubjectReport> {
    const ids = await this.d.leads.leadIds(kind, bidx);
    const erasures = await this.d.store.erasures(kind, bidx);
    const leads = await this.d.leads.leadsOf(ids);
    const [history, consents, messages, contacts, imports] = await Promise.all([
      this.d.leads.history(ids),
      this.d.leads.consents(ids),
      this.d.store.messages(ids),
      this.d.store.contacts(ids),
      this.d.sources.importsOfLeads(ids),
    ]);
    const emailBidxes = new Set(kind === 'email' ? [bidx] : []);
    for (const l of leads) if (l.email) emailBidxes.add(this.d.cipher.blindIndex(normalizeEmail(l.email)));
    const requests = (await Promise.all([...emailBidxes].map((b) => this.d.sources.requestsForSubject(b)))).flat();
    const userIds = new Set<number>();
    for (const l of leads) userIds.add(l.ownerId);
    for (const h of history) if (h.userId) userIds.add(h.userId);
    for (const c of consents) if (c.recordedBy) userIds.add(c.recordedBy);
    for (const e of erasures) if (e.byUserId) userIds.add(e.byUserId);
    const users: Record<number, string> = {};
    for (const id of userIds) users[id] = (await this.d.users.find(id))?.name ?? `user #${id}`;
    await this.d.audit.record(actor, {
      action: 'subject.report',
      targetType: 'subject',
      details: { kind, leads: ids },
    });
    return {
      kind,
      bidx,
      generatedAt: this.d.clock(),
      leads: leads.map((l) => ({ ...l, ownerName: users[l.ownerId] })),
      history,
      consents,
      messages,
      contacts,
      imports,
      requests: [...new Map(requests.map((r) => [r.id, r])).values()],
      erasures,
      users,
    };
  }

  /** Erases the person (every lead with this blind index); `confirm` must be CONFIRM_WORD. */
  async erase(
    kind: SubjectKind,
    bidx: string,
    opts: { confirm: string; requestId: number | null },
    actor: Actor,
  ): Promise<{ erasureId: number; leads: number }> {
    if (opts.confirm !== CONFIRM_WORD) throw new ValidationError({ confirm: `Type ${CONFIRM_WORD} to confirm.` });
    if (opts.requestId) await this.checkRequest(kind, bidx, opts.requestId);
    return this.d.db.transaction(async (trx) => {
      const at = this.d.clock();
      const ids = await this.d.leads.leadIds(kind, bidx);
      const done = await this.anonymize(ids, { userId: actor.userId, note: 'erased at the person’s request', at }, trx);
      for (const l of done) await this.d.suppressions.suppress(l, 'erased', trx);
      const erased = done.map((l) => l.id);
      // the person searched for is suppressed even when no lead holds them any more (a repeated request)
      await this.d.suppressions.suppress(
        { emailBidx: kind === 'email' ? bidx : null, phoneBidx: kind === 'phone' ? bidx : null },
        'erased',
        trx,
      );
      const reason = opts.requestId ? `privacy request #${opts.requestId}` : 'compliance officer';
      const erasureId = await this.d.store.recordErasure(
        { kind, bidx, at, byUserId: actor.userId, leadsCount: erased.length, requestId: opts.requestId, reason },
        trx,
      );
      await this.d.audit.record(
        actor,
        {
          action: 'subject.erase',
          targetType: 'subject_erasure',
          targetId: erasureId,
          details: { kind, leads: erased, requestId: opts.requestId },
        },
        trx,
      );
      if (opts.requestId)
        await this.d.sources.recordOutcome(
          opts.requestId,
          `erased: ${erased.length} lead(s), erasure #${erasureId}`,
          actor.userId,
          trx,
        );
      return { erasureId, leads: erased.length };
    });
  }

  /** The privacy request an erasure answers must exist, be this person's (by e-mail) and have its address confirmed. */
  private async checkRequest(kind: SubjectKind, bidx: string, requestId: number): Promise<void> {
    const r = await this.d.sources.requestForErasure(requestId);
    if (!r) throw new ValidationError({ request: `There is no privacy request #${requestId}.` });
    if (kind === 'email' && r.emailBidx !== bidx)
      throw new ValidationError({ request: `Privacy request #${requestId} was not made with this person’s address.` });
    if (!r.confirmed)
      throw new ValidationError({
        request: `The requester of privacy request #${requestId} has not confirmed their address yet.`,
      });
  }

  /**
   * Anonymizes these leads in the caller's transaction (the retention rule's way): personal fields and their
   * history, derived rows, messages. Not suppressed: the person did not ask; they may be recorded again lawfully.
   */
  async anonymizeLeads(leadIds: number[], reason: string, trx: Knex.Transaction): Promise<number[]> {
    const at = this.d.clock();
    const done = (await this.anonymize(leadIds, { userId: null, note: reason, at }, trx)).map((l) => l.id);
    if (done.length)
      await this.d.store.recordErasure(
        {
          kind: 'retention',
          bidx: null,
          at,
          byUserId: null,
          leadsCount: done.length,
          requestId: null,
          reason,
        },
        trx,
      );
    return done;
  }

  private async anonymize(ids: number[], by: { userId: number | null; note: string; at: Date }, trx: Knex.Transaction) {
    const done = await this.d.leads.anonymize(ids, by, trx);
    await this.d.sources.forgetImportedValues(
      done.map((l) => l.id),
      trx,
    );
    const addresses = done.map((l) => l.email).filter((e): e is string => !!e);
    await this.d.store.eraseMessages(
      done.map((l) => l.id),
      addresses.map(normalizeEmail),
      trx,
      by.at,
    );
    return done;
  }

  /** A report's kind and blind index from the URL, or a 404. */
  static subject(kind: SubjectKind | undefined, bidx: unknown): { kind: SubjectKind; bidx: string } {
    if (!kind || typeof bidx !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(bidx)) throw new NotFoundError();
    return { kind, bidx };
  }
}
