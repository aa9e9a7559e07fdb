// Actions on leads beyond the form: bulk changes, merge, compliance fields, consent records, digests.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { MailService } from '../../platform/outbox/mail';
import type { User } from '../accounts';
import { complianceScope, mayBeGivenLead, writeScope } from './access';
import { diff } from './changes';
import { probeOf, type DuplicatesStore } from './data/duplicatesStore';
import type { LeadsStore } from './data/leadsStore';
import type { StaleLeadsStore } from './data/staleStore';
import type { RecordsStore } from './data/recordsStore';
import type { LeadPeople, LeadStatuses } from './deps';
import { BULK_LIMIT, parseTags, type BulkAction, type ConsentInput, type Lead } from './model';

export interface LeadActionDeps {
  db: Knex;
  leads: LeadsStore;
  records: RecordsStore;
  duplicates: DuplicatesStore;
  stale: StaleLeadsStore;
  statuses: LeadStatuses;
  users: LeadPeople;
  audit: AuditService;
  mail: MailService;
  baseUrl: string;
}

export class LeadActionService {
  constructor(private readonly d: LeadActionDeps) {}

  /**
   * Applies one change to the selected leads, all or nothing. Any id the user may not change makes the
   * whole request a 404, so a bulk action cannot probe for other users' leads.
   */
  async bulk(user: User, ids: number[], action: BulkAction, value: string, actor: Actor): Promise<number> {
    const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
    if (!unique.length) throw new ValidationError({ ids: 'Select at least one lead.' });
    if (unique.length > BULK_LIMIT) throw new ValidationError({ ids: `Select at most ${BULK_LIMIT} leads at a time.` });
    let change: (lead: Lead) => Partial<Lead>;
    if (action === 'status') {
      const status = (await this.d.statuses.listStatuses()).find((s) => String(s.id) === value);
      if (!status) throw new ValidationError({ value: 'Choose a status.' });
      change = () => ({ statusId: status.id });
    } else if (action === 'tag') {
      const [tag] = parseTags(value);
      if (!tag || tag.length > 50) throw new ValidationError({ value: 'Enter a tag of up to 50 characters.' });
      change = (l) => ({ tags: l.tags.includes(tag) ? l.tags : [...l.tags, tag] });
    } else if (action === 'reassign') {
      const owner = await this.d.users.find(Number(value));
      if (!owner || !mayBeGivenLead(user, owner))
        throw new ValidationError({ value: 'Choose an owner you may assign leads to.' });
      change = () => ({ ownerId: owner.id, teamId: owner.teamId });
    } else {
      throw new ValidationError({ action: 'Choose an action.' });
    }
    return this.d.db.transaction(async (trx) => {
      const allowed = await this.d.leads.findManyForUpdate(unique, writeScope(user), trx);
      if (allowed.length !== unique.length) throw new NotFoundError();
      let changed = 0;
      for (const lead of allowed) {
        const id = lead.id;
        const next = change(lead);
        const changes = diff(lead, next);
        if (!changes.length) continue;
        await this.d.leads.update(id, next, trx);
        await this.d.records.addHistory(id, user.id, changes, trx);
        if (action === 'reassign')
          await this.d.audit.record(
            actor,
            {
              action: 'lead.reassign',
              targetType: 'lead',
              targetId: id,
              details: { from: lead.ownerId, to: next.ownerId, bulk: true },
            },
            trx,
          );
        changed++;
      }
      if (action !== 'reassign')
        await this.d.audit.record(
          actor,
          { action: `lead.bulk_${action}`, targetType: 'lead', details: { ids: unique, changed } },
          trx,
        );
      return changed;
    });
  }

  /** Merges `loserId` into `winnerId`: blanks are filled, tags joined, do-not-contact kept, consents moved, both histories kept. */
  async merge(user: User, winnerId: number, loserId: number, actor: Actor): Promise<void> {
    if (winnerId === loserId) throw new ValidationError({ other: 'Choose a different lead to merge.' });
    await this.d.db.transaction(async (trx) => {
      const scope = writeScope(user);
      const winner = await this.d.leads.find(winnerId, scope, trx, true);
      const loser = await this.d.leads.find(loserId, scope, trx, true);
      if (!winner || !loser) throw new NotFoundError();
      const fill: Partial<Lead> = { tags: [...new Set([...winner.tags, ...loser.tags])] };
      for (const k of ['company', 'jobTitle', 'email', 'phone', 'address', 'source'] as const)
        if (!winner[k] && loser[k]) fill[k] = loser[k];
      // Contact details the kept lead already has different values for are not lost: they go to the notes.
      const other = (['email', 'phone', 'address'] as const)
        .filter((k) => winner[k] && loser[k] && winner[k] !== loser[k])
        .map((k) => `other ${k}: ${loser[k]}`);
      const merged = [loser.notes, ...other].filter(Boolean).join('\n');
      if (merged) fill.notes = winner.notes ? `${winner.notes}\n\n[merged from lead #${loser.id}]\n${merged}` : merged;
      // The same person asked not to be contacted: merging must not lift that (only a compliance decision may).
      if (loser.doNotContact) fill.doNotContact = true;
      const changes = diff(winner, fill);
      if (changes.length) await this.d.leads.update(winner.id, fill, trx);
      await this.d.records.addHistory(
        winner.id,
        user.id,
        [
          ...changes,
          { field: 'merged', oldValue: null, newValue: `lead #${loser.id} merged into this lead`, personal: false },
        ],
        trx,
      );
      await this.d.records.addHistory(
        loser.id,
        user.id,
        [{ field: 'merged', oldValue: null, newValue: `merged into lead #${winner.id}`, personal: false }],
        trx,
      );
      await this.d.records.moveConsents(loser.id, winner.id, trx);
      await this.d.leads.markMerged(loser.id, winner.id, trx);
      // The merged lead is no one's duplicate any more; the kept one may now match others (blanks filled).
      await this.d.duplicates.remove(loser.id, trx);
      await this.d.duplicates.replace(
        winner.id,
        await this.d.duplicates.matches(probeOf({ ...winner, ...fill }), winner.id, trx),
        trx,
      );
      await this.d.audit.record(
        actor,
        { action: 'lead.merge', targetType: 'lead', targetId: winner.id, details: { merged: loser.id } },
        trx,
      );
    });
  }

  /** Compliance officers (and admins) set do-not-contact, with a reason kept in history and audit. */
  async setDoNotContact(user: User, id: number, value: boolean, reason: string, actor: Actor): Promise<void> {
    if (!reason.trim()) throw new ValidationError({ reason: 'Give the reason for this change.' });
    if (reason.length > 1000) throw new ValidationError({ reason: 'Use at most 1000 characters.' });
    await this.d.db.transaction(async (trx) => {
      const lead = await this.d.leads.find(id, complianceScope(user), trx, true);
      if (!lead) throw new NotFoundError();
      if (lead.doNotContact === value) return;
      await this.d.leads.update(id, { doNotContact: value }, trx);
      await this.d.records.addHistory(
        id,
        user.id,
        [
          {
            field: 'doNotContact',
            oldValue: String(lead.doNotContact),
            newValue: `${value} (reason: ${reason.trim()})`,
            personal: false,
          },
        ],
        trx,
      );
      await this.d.audit.record(
        actor,
        { action: 'lead.do_not_contact', targetType: 'lead', targetId: id, details: { value } },
        trx,
      );
    });
  }

  /**
   * Records consent given or withdrawn for a channel, with its evidence. Staff do it on leads they may
   * change; compliance officers on any lead, as a correction that needs a reason. Nothing is deleted.
   */
  async recordConsent(user: User, id: number, rec: ConsentInput, actor: Actor): Promise<void> {
    const asCompliance = user.role === 'compliance';
    if (asCompliance && !rec.reason) throw new ValidationError({ reason: 'Give the reason for this correction.' });
    await this.d.db.transaction(async (trx) => {
      const lead =
        (await this.d.leads.find(id, writeScope(user), trx, true)) ??
        (await this.d.leads.find(id, complianceScope(user), trx, true));
      if (!lead) throw new NotFoundError();
      await this.d.records.addConsent(id, { ...rec, recordedBy: user.id }, trx);
      await this.d.records.addHistory(
        id,
        user.id,
        [
          {
            field: `consent.${rec.channel}`,
            oldValue: null,
            newValue: rec.status + (rec.reason ? ` (reason: ${rec.reason})` : ''),
            personal: false,
          },
        ],
        trx,
      );
      await this.d.audit.record(
        actor,
        {
          action: asCompliance ? 'lead.consent_correction' : 'lead.consent',
          targetType: 'lead',
          targetId: id,
          details: { channel: rec.channel, status: rec.status },
        },
        trx,
      );
    });
  }

  /** Weekly digest (through the outbox) to each owner of their leads not verified since `staleDays` ago. Idempotent per ISO week. */
  async sendStaleDigests(staleDays: number, now = new Date()): Promise<number> {
    const stale = await this.d.stale.staleByOwner(new Date(now.getTime() - staleDays * 86400_000));
    const week = isoWeek(now);
    let queued = 0;
    for (const [ownerId, { total, leads }] of stale) {
      const owner = await this.d.users.find(ownerId);
      if (!owner || owner.status !== 'active') continue;
      const lines = leads.map((l) => `  - ${l.name}: ${this.d.baseUrl.replace(/\/$/, '')}/leads/${l.id}`).join('\n');
      const more =
        total > leads.length
          ? `\n  …and ${total - leads.length} more: ${this.d.baseUrl.replace(/\/$/, '')}/leads?stale=1&owner=${ownerId}\n`
          : '\n';
      const id = await this.d.mail.queue({
        kind: 'stale-digest',
        to: owner.email,
        dedupeKey: `stale-digest:${ownerId}:${week}`,
        subject: `${total} of your leads need checking`,
        text: `Hello ${owner.name},\n\nThese leads were not verified in the last ${staleDays} days. Our terms make us responsible for keeping lead data accurate: please check each one and mark it verified, correct it, or remove what we may no longer keep.\n\n${lines}${more}`,
      });
      if (id) queued++;
    }
    return queued;
  }
}

export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
