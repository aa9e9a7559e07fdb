// Leads: consent-gated create and edit with validation, duplicate warnings, history and audit.
import type { Knex } from 'knex';
import { nameKey, PERSONAL_FIELDS, type Lead, type LeadFields, type LeadsRepository } from '../data/leadsRepo';
import { probeOf, type Duplicate, type LeadDuplicatesRepository } from '../data/leadDuplicatesRepo';
import type { Change, LeadRecordsRepository } from '../data/leadRecordsRepo';
import type { StatusesRepository } from '../data/statusesRepo';
import type { User, UsersRepository } from '../data/usersRepo';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor, AuditService } from './audit';
import { parseLeadForm, type LeadInput, type RawForm } from './leadInput';
import { readScope, writeScope, type LeadScope } from './leadScope';

export type { Duplicate };
export type SaveResult = { status: 'saved'; lead: Lead } | { status: 'duplicates'; duplicates: Duplicate[] };

const TRACKED: (keyof LeadFields)[] = ['firstName', 'lastName', 'company', 'jobTitle', 'email', 'phone', 'address', 'notes', 'source', 'statusId', 'tags', 'ownerId', 'teamId', 'lawfulBasis', 'doNotContact'];

const show = (v: unknown): string | null => (v == null ? null : Array.isArray(v) ? v.join(', ') : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** Field-by-field changes between two versions of a lead; personal values are flagged for encryption. */
export function diff(before: Partial<LeadFields>, after: Partial<LeadFields>): Change[] {
  const changes: Change[] = [];
  for (const field of TRACKED) {
    if (!(field in after)) continue;
    const [o, n] = [show(before[field]), show(after[field])];
    if (o !== n) changes.push({ field, oldValue: o, newValue: n, personal: (PERSONAL_FIELDS as readonly string[]).includes(field) });
  }
  if (after.basis) {
    for (const k of ['method', 'source', 'obtainedAt', 'wording'] as const) {
      const [o, n] = [show(before.basis?.[k]), show(after.basis[k])];
      if (o !== n) changes.push({ field: `basis.${k}`, oldValue: o, newValue: n, personal: false });
    }
  }
  return changes;
}

export class LeadService {
  constructor(
    private readonly db: Knex,
    readonly leads: LeadsRepository,
    readonly records: LeadRecordsRepository,
    private readonly duplicates: LeadDuplicatesRepository,
    private readonly statuses: StatusesRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly phoneCountry: string,
  ) {}

  /** A lead the user may read, or NotFound (never Forbidden: existence does not leak). */
  async get(user: User, id: number): Promise<Lead> {
    const lead = await this.leads.find(id, readScope(user));
    if (!lead) throw new NotFoundError();
    return lead;
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

  canWrite(user: User, lead: Lead): boolean {
    const scope = writeScope(user);
    return scope.kind === 'all' || (scope.kind === 'mine' && (lead.ownerId === user.id || (scope.teamId !== null && lead.teamId === scope.teamId)));
  }

  /** The lead's possible duplicates (found when either was saved) that the user may see. */
  possibleDuplicates(user: User, lead: Lead): Promise<Duplicate[]> {
    return this.duplicates.of(lead.id, readScope(user));
  }

  /** The owner a user may give a lead: themself, a teammate (staff), or any active staff/admin (admin). */
  private async checkOwner(user: User, ownerId: number | null, current?: number): Promise<User> {
    const id = ownerId ?? current ?? user.id;
    const owner = id === user.id ? user : await this.users.findById(id);
    // The current owner may stay even if since deactivated (saving must not silently reassign the lead).
    const allowed = owner && (owner.status === 'active' || owner.id === current) && owner.role !== 'compliance' && (user.role === 'admin' || owner.id === user.id || owner.id === current || (user.teamId !== null && owner.teamId === user.teamId));
    if (!allowed) throw new ValidationError({ ownerId: 'Choose an owner you may assign leads to.' });
    return owner;
  }

  private async checkStatus(statusId: number): Promise<void> {
    if (!(await this.statuses.list()).some((s) => s.id === statusId)) throw new ValidationError({ statusId: 'Choose a status.' });
  }

  private fields(input: LeadInput, user: User, owner: User): LeadFields {
    return {
      firstName: input.firstName, lastName: input.lastName, company: input.company, jobTitle: input.jobTitle,
      email: input.email, phone: input.phone, address: input.address, notes: input.notes, source: input.source,
      statusId: input.statusId, tags: input.tags, ownerId: owner.id, teamId: owner.teamId, lawfulBasis: input.lawfulBasis,
      basis: { ...input.basis, recordedBy: user.id }, doNotContact: false,
    };
  }

  async create(user: User, form: RawForm, allowDuplicate: boolean, actor: Actor): Promise<SaveResult> {
    const input = parseLeadForm(form, this.phoneCountry);
    await this.checkStatus(input.statusId);
    const owner = await this.checkOwner(user, input.ownerId);
    // Matches among all leads are kept with the lead; the warning names only those the user may see.
    const matches = await this.duplicates.matches(probeOf(input));
    const duplicates = await this.duplicates.visible(matches, readScope(user));
    if (duplicates.length && !allowDuplicate) return { status: 'duplicates', duplicates };
    const lead = await this.db.transaction(async (trx) => {
      const created = await this.leads.insert(this.fields(input, user, owner), user.id, trx);
      await this.duplicates.replace(created.id, matches, trx);
      await this.records.addHistory(created.id, user.id, [{ field: 'created', oldValue: null, newValue: `lawful basis: ${input.lawfulBasis}`, personal: false }], trx);
      if (input.emailConsent) {
        await this.records.addConsent(created.id, { channel: 'email', status: 'granted', evidence: input.emailConsent, reason: null, recordedBy: user.id }, trx);
        await this.records.addHistory(created.id, user.id, [{ field: 'consent.email', oldValue: null, newValue: 'granted', personal: false }], trx);
      }
      await this.audit.record(actor, { action: 'lead.create', targetType: 'lead', targetId: created.id, details: { ownerId: owner.id, duplicateWarned: duplicates.length > 0 } }, trx);
      return created;
    });
    return { status: 'saved', lead };
  }

  async update(user: User, id: number, form: RawForm, allowDuplicate: boolean, actor: Actor): Promise<SaveResult> {
    const current = await this.getForWrite(user, id);
    const input = parseLeadForm(form, this.phoneCountry);
    await this.checkStatus(input.statusId);
    const owner = await this.checkOwner(user, input.ownerId, current.ownerId);
    // A lead's team changes with its owner (reassignment), never as a side effect of an unrelated edit.
    const next = { ...this.fields(input, user, owner), ...(owner.id === current.ownerId ? { teamId: current.teamId } : {}) };
    const basisSame = diff(current, { basis: next.basis }).length === 0 && current.lawfulBasis === next.lawfulBasis;
    const { doNotContact: _ignored, ...changes } = basisSame ? { ...next, basis: undefined } : next;
    return this.db.transaction(async (trx): Promise<SaveResult> => {
      const locked = await this.getForWrite(user, id, trx);
      // Matched under the lock, so the pairs kept are those of the values saved; nothing is written when warned.
      const matches = await this.duplicates.matches(probeOf(input), id, trx);
      const duplicates = await this.duplicates.visible(matches, readScope(user), trx);
      const identityChanged = input.email !== locked.email || input.phone !== locked.phone || nameKey(input) !== nameKey(locked);
      if (duplicates.length && identityChanged && !allowDuplicate) return { status: 'duplicates', duplicates };
      const list = diff(locked, changes);
      if (list.length) {
        await this.leads.update(id, changes, trx);
        await this.records.addHistory(id, user.id, list, trx);
      }
      await this.duplicates.replace(id, matches, trx);
      if (locked.ownerId !== owner.id) await this.audit.record(actor, { action: 'lead.reassign', targetType: 'lead', targetId: id, details: { from: locked.ownerId, to: owner.id } }, trx);
      if (list.length) await this.audit.record(actor, { action: 'lead.update', targetType: 'lead', targetId: id, details: { fields: list.map((c) => c.field) } }, trx);
      return { status: 'saved', lead: (await this.leads.find(id, { kind: 'all' }, trx))! };
    });
  }

  async verify(user: User, id: number, actor: Actor): Promise<void> {
    await this.db.transaction(async (trx) => {
      const lead = await this.getForWrite(user, id, trx);
      const now = new Date();
      await this.leads.markVerified(id, now, trx);
      await this.records.addHistory(id, user.id, [{ field: 'lastVerifiedAt', oldValue: show(lead.lastVerifiedAt), newValue: show(now), personal: false }], trx);
      await this.audit.record(actor, { action: 'lead.verify', targetType: 'lead', targetId: id }, trx);
    });
  }

  /** History of the lead and of every lead merged into it. */
  async history(lead: Lead) {
    return this.records.history([lead.id, ...(await this.leads.mergedInto(lead.id))]);
  }
  async consents(lead: Lead) {
    return this.records.consents([lead.id]);
  }
  statusList() {
    return this.statuses.list();
  }
  scopeOf(user: User): LeadScope {
    return readScope(user);
  }
}
