// Leads: consent-gated create and edit with validation, duplicate warnings, history and audit.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { User } from '../accounts';
import { mayBeGivenLead, readScope, writeScope } from './access';
import { diff, show } from './changes';
import { probeOf, type DuplicatesStore } from './data/duplicatesStore';
import type { LeadsStore } from './data/leadsStore';
import type { RecordsStore } from './data/recordsStore';
import type { LeadPeople, LeadStatuses } from './deps';
import { nameKey, newLeadFields, type Duplicate, type Lead, type LeadInput, type SaveResult } from './model';

export interface LeadServiceDeps {
  db: Knex;
  leads: LeadsStore;
  records: RecordsStore;
  duplicates: DuplicatesStore;
  statuses: LeadStatuses;
  users: LeadPeople;
  audit: AuditService;
}

export class LeadService {
  private readonly db: Knex;
  private readonly leads: LeadsStore;
  private readonly records: RecordsStore;
  private readonly duplicates: DuplicatesStore;
  private readonly statuses: LeadStatuses;
  private readonly users: LeadPeople;
  private readonly audit: AuditService;

  constructor(d: LeadServiceDeps) {
    ({
      db: this.db,
      leads: this.leads,
      records: this.records,
      duplicates: this.duplicates,
      statuses: this.statuses,
      users: this.users,
      audit: this.audit,
    } = d);
  }

  /** A lead the user may read, or NotFound (never Forbidden: existence does not leak). */
  async get(user: User, id: number): Promise<Lead> {
    const lead = await this.leads.find(id, readScope(user));
    if (!lead) throw new NotFoundError();
    return lead;
  }

  /** A lead's page was opened: kept in the audit log, where bursts of views raise a compliance flag. */
  async recordView(id: number, actor: Actor): Promise<void> {
    await this.audit.record(actor, { action: 'lead.view', targetType: 'lead', targetId: id });
  }

  /** Where an old link to a merged lead should lead: the kept lead, when this user may see it. */
  async mergedInto(user: User, id: number): Promise<number | undefined> {
    const target = await this.leads.mergedTarget(id);
    return target && (await this.leads.find(target, readScope(user))) ? target : undefined;
  }

  async getForWrite(user: User, id: number, trx?: Knex.Transaction): Promise<Lead> {
    const lead = await this.leads.find(id, writeScope(user), trx, Boolean(trx));
    if (!lead) throw new NotFoundError();
    return lead;
  }

  /** The lead's possible duplicates (found when either was saved) that the user may see. */
  possibleDuplicates(user: User, lead: Lead): Promise<Duplicate[]> {
    return this.duplicates.of(lead.id, readScope(user));
  }

  /** The owner a user may give a lead (access.ts's mayBeGivenLead). */
  private async checkOwner(user: User, ownerId: number | null, current?: number): Promise<User> {
    const id = ownerId ?? current ?? user.id;
    const owner = id === user.id ? user : await this.users.find(id);
    if (!owner || !mayBeGivenLead(user, owner, current))
      throw new ValidationError({ ownerId: 'Choose an owner you may assign leads to.' });
    return owner;
  }

  /** The people the user may choose as the owner of this lead (or of a new one, without `lead`). */
  async assignableOwners(user: User, lead?: Lead): Promise<User[]> {
    return (await this.users.list()).filter((p) => mayBeGivenLead(user, p, lead?.ownerId));
  }

  private async checkStatus(statusId: number): Promise<void> {
    if (!(await this.statuses.listStatuses()).some((s) => s.id === statusId))
      throw new ValidationError({ statusId: 'Choose a status.' });
  }

  async create(user: User, input: LeadInput, allowDuplicate: boolean, actor: Actor): Promise<SaveResult> {
    await this.checkStatus(input.statusId);
    const owner = await this.checkOwner(user, input.ownerId);
    // Matches among all leads are kept with the lead; the warning names only those the user may see.
    const matches = await this.duplicates.matches(probeOf(input));
    const duplicates = await this.duplicates.visible(matches, readScope(user));
    if (duplicates.length && !allowDuplicate) return { status: 'duplicates', duplicates };
    const lead = await this.db.transaction(async (trx) => {
      const created = await this.leads.insert(newLeadFields(input, user.id, owner), user.id, trx);
      await this.duplicates.replace(created.id, matches, trx);
      await this.records.addHistory(
        created.id,
        user.id,
        [{ field: 'created', oldValue: null, newValue: `lawful basis: ${input.lawfulBasis}`, personal: false }],
        trx,
      );
      if (input.emailConsent) {
        await this.records.addConsent(
          created.id,
          { channel: 'email', status: 'granted', evidence: input.emailConsent, reason: null, recordedBy: user.id },
          trx,
        );
        await this.records.addHistory(
          created.id,
          user.id,
          [{ field: 'consent.email', oldValue: null, newValue: 'granted', personal: false }],
          trx,
        );
      }
      await this.audit.record(
        actor,
        {
          action: 'lead.create',
          targetType: 'lead',
          targetId: created.id,
          details: { ownerId: owner.id, duplicateWarned: duplicates.length > 0 },
        },
        trx,
      );
      return created;
    });
    return { status: 'saved', lead };
  }

  async update(user: User, id: number, input: LeadInput, allowDuplicate: boolean, actor: Actor): Promise<SaveResult> {
    const current = await this.getForWrite(user, id);
    await this.checkStatus(input.statusId);
    const owner = await this.checkOwner(user, input.ownerId, current.ownerId);
    // A lead's team changes with its owner (reassignment), never as a side effect of an unrelated edit.
    const next = {
      ...newLeadFields(input, user.id, owner),
      ...(owner.id === current.ownerId ? { teamId: current.teamId } : {}),
    };
    const basisSame = diff(current, { basis: next.basis }).length === 0 && current.lawfulBasis === next.lawfulBasis;
    const { doNotContact: _ignored, ...changes } = basisSame ? { ...next, basis: undefined } : next;
    return this.db.transaction(async (trx): Promise<SaveResult> => {
      const locked = await this.getForWrite(user, id, trx);
      // Matched under the lock, so the pairs kept are those of the values saved; nothing is written when warned.
      const matches = await this.duplicates.matches(probeOf(input), id, trx);
      const duplicates = await this.duplicates.visible(matches, readScope(user), trx);
      const identityChanged =
        input.email !== locked.email || input.phone !== locked.phone || nameKey(input) !== nameKey(locked);
      if (duplicates.length && identityChanged && !allowDuplicate) return { status: 'duplicates', duplicates };
      const list = diff(locked, changes);
      if (list.length) {
        await this.leads.update(id, changes, trx);
        await this.records.addHistory(id, user.id, list, trx);
      }
      await this.duplicates.replace(id, matches, trx);
      if (locked.ownerId !== owner.id)
        await this.audit.record(
          actor,
          {
            action: 'lead.reassign',
            targetType: 'lead',
            targetId: id,
            details: { from: locked.ownerId, to: owner.id },
          },
          trx,
        );
      if (list.length)
        await this.audit.record(
          actor,
          { action: 'lead.update', targetType: 'lead', targetId: id, details: { fields: list.map((c) => c.field) } },
          trx,
        );
      return { status: 'saved', lead: (await this.leads.find(id, { kind: 'all' }, trx))! };
    });
  }

  async verify(user: User, id: number, actor: Actor): Promise<void> {
    await this.db.transaction(async (trx) => {
      const lead = await this.getForWrite(user, id, trx);
      const now = new Date();
      await this.leads.markVerified(id, now, trx);
      await this.records.addHistory(
        id,
        user.id,
        [{ field: 'lastVerifiedAt', oldValue: show(lead.lastVerifiedAt), newValue: show(now), personal: false }],
        trx,
      );
      await this.audit.record(actor, { action: 'lead.verify', targetType: 'lead', targetId: id }, trx);
    });
  }

  /** History of the lead and of every lead merged into it. */
  async history(lead: Lead) {
    return this.records.historyOfLead(lead.id);
  }
  async consents(lead: Lead) {
    return this.records.consents([lead.id]);
  }
  statusList() {
    return this.statuses.listStatuses();
  }
}
