// Admins' side of the policies: drafts (editable), publishing (the next number, frozen from then on by a trigger,
// every active user told through a broadcast: in the portal and by e-mail), and withdrawing a scheduled version
// before it takes effect (everyone told again).
import type { Knex } from 'knex';
import type { AuditService, Actor } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { sha256 } from '../../platform/crypto';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors';
import type { Broadcasts } from '../notifications';
import type { PoliciesStore } from './data/policiesStore';
import {
  BODY_MAX,
  POLICY_TITLE,
  SUMMARY_MAX,
  type DraftInput,
  type PolicyVersion,
  type PublishedVersion,
} from './model';
import type { PoliciesService } from './service';

/** A form takes a while to fill: "now" typed a minute ago is still now. */
const GRACE_MS = 5 * 60_000;

export interface EditorDeps {
  db: Knex;
  store: PoliciesStore;
  policies: PoliciesService;
  broadcasts: Broadcasts;
  audit: AuditService;
  clock: Clock;
  baseUrl: string;
}

export const versionPath = (v: { kind: string; version: number | null }) => `/${v.kind}/versions/${v.version}`;
export const comparePath = (kind: string, from: number, to: number) => `/${kind}/compare/${from}/${to}`;
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export class PolicyEditor {
  constructor(private readonly d: EditorDeps) {}

  private async check(input: DraftInput): Promise<void> {
    const errors: Record<string, string> = {};
    if (!input.body.trim()) errors.body = 'Write the text of the new version.';
    else if (input.body.length > BODY_MAX)
      errors.body = `Keep the text under ${BODY_MAX.toLocaleString('en')} characters.`;
    if (!input.summary) errors.summary = 'Write a plain summary of what changed: users read it first.';
    else if (input.summary.length > SUMMARY_MAX)
      errors.summary = `Keep the summary under ${SUMMARY_MAX.toLocaleString('en')} characters.`;
    if (input.effectiveAt && input.effectiveAt.getTime() < this.d.clock().getTime() - GRACE_MS)
      errors.effectiveAt = input.material
        ? 'A material change cannot take effect in the past: users must be told first. Leave it empty for now, or choose a later time.'
        : 'Choose now (leave it empty) or a later time: a version cannot take effect in the past.';
    const current = await this.d.policies.current(input.kind);
    if (!errors.body && current && current.body === input.body)
      errors.body = `This is the text of version ${current.version}, in force now: change something first.`;
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }

  async draft(input: DraftInput, actor: Actor): Promise<number> {
    await this.check(input);
    return this.d.db.transaction(async (trx) => {
      const id = await this.d.store.insertDraft(input, POLICY_TITLE[input.kind], actor.userId, trx);
      await this.d.audit.record(actor, { action: 'policy.draft', targetType: 'policy_version', targetId: id }, trx);
      return id;
    });
  }

  async update(id: number, input: DraftInput, actor: Actor): Promise<void> {
    await this.check(input);
    await this.d.db.transaction(async (trx) => {
      await this.editable(id, trx);
      await this.d.store.updateDraft(id, input, POLICY_TITLE[input.kind], trx);
      await this.d.audit.record(actor, { action: 'policy.draft', targetType: 'policy_version', targetId: id }, trx);
    });
  }

  get(id: number): Promise<PolicyVersion | undefined> {
    return this.d.store.find(id);
  }

  all(): Promise<PolicyVersion[]> {
    return this.d.store.all();
  }

  private async editable(id: number, trx: Knex.Transaction): Promise<PolicyVersion> {
    const v = await this.d.store.find(id, trx, true);
    if (!v) throw new NotFoundError();
    if (v.state !== 'draft') throw new ConflictError('A published version cannot be edited: draft a new one.');
    return v;
  }

  /** Publishes the draft as the next version of its kind and tells every active user. */
  async publish(id: number, actor: Actor): Promise<PublishedVersion> {
    const now = this.d.clock();
    const published = await this.d.db.transaction(async (trx) => {
      const v = await this.editable(id, trx);
      const input = {
        kind: v.kind,
        body: v.body,
        summary: v.summary,
        material: v.material,
        effectiveAt: v.effectiveAt,
      };
      await this.check(input);
      const waiting = (await this.d.policies.published()).find((p) => p.kind === v.kind && p.effectiveAt > now);
      if (waiting)
        throw new ValidationError({
          effectiveAt: `Version ${waiting.version} is to take effect ${utc(waiting.effectiveAt)}: withdraw it first, or publish this once it is in force.`,
        });
      const version = await this.d.store.nextNumber(v.kind, trx);
      const effectiveAt = v.effectiveAt && v.effectiveAt > now ? v.effectiveAt : now;
      const previous = await this.d.policies.current(v.kind);
      const p = { ...v, version, effectiveAt, publishedAt: now, state: 'published' as const };
      const broadcastId = await this.d.broadcasts.create(
        {
          kind: 'terms',
          title: `${v.title} version ${version}${effectiveAt > now ? `, in force from ${utc(effectiveAt)}` : ', in force now'}`,
          body: v.summary,
          url: versionPath(p),
          roles: null,
          email: { subject: `Changes to our ${v.title} (version ${version})`, text: this.announcement(p, previous) },
          dueAt: now,
        },
        trx,
      );
      const textSha256 = sha256(v.body);
      await this.d.store.publish(id, { version, effectiveAt, publishedAt: now, textSha256, broadcastId }, trx);
      await this.d.audit.record(
        actor,
        {
          action: 'policy.publish',
          targetType: 'policy_version',
          targetId: id,
          details: { kind: v.kind, version, effectiveAt: effectiveAt.toISOString(), material: v.material, textSha256 },
        },
        trx,
      );
      return { ...p, textSha256, broadcastId };
    });
    this.d.policies.invalidate();
    return published;
  }

  private announcement(v: PublishedVersion, previous: PublishedVersion | undefined): string {
    const base = this.d.baseUrl;
    const when = v.effectiveAt > this.d.clock() ? `from ${utc(v.effectiveAt)}` : 'from now';
    const how = v.material
      ? 'This is a significant change: when you next use the portal you will be asked to accept it (or decline it).'
      : 'Continuing to use the portal once it is in force means you accept it, as the terms say.';
    return [
      `We have changed our ${v.title}. Version ${v.version} is in force ${when}.`,
      `What changed:\n${v.summary}`,
      how,
      `Read the new text: ${base}${versionPath(v)}`,
      previous ? `See every changed word: ${base}${comparePath(v.kind, previous.version, v.version)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
  }

  /** Withdraws a version that has not taken effect yet; everyone told of it is told it will not. */
  async withdraw(id: number, actor: Actor): Promise<void> {
    const now = this.d.clock();
    await this.d.db.transaction(async (trx) => {
      const v = await this.d.store.find(id, trx, true);
      if (!v) throw new NotFoundError();
      if (v.state !== 'published' || !v.effectiveAt || v.effectiveAt <= now)
        throw new ConflictError('Only a version that has not taken effect yet can be withdrawn.');
      await this.d.store.withdraw(id, now, trx);
      // users not yet told of it are not told now (the withdrawal goes to everyone)
      if (v.broadcastId) await this.d.broadcasts.stop(v.broadcastId, trx);
      const text = `Version ${v.version} of our ${v.title}, announced to take effect ${utc(v.effectiveAt)}, has been withdrawn: it will not take effect, and the version in force stays.`;
      await this.d.broadcasts.create(
        {
          kind: 'terms',
          title: `${v.title} version ${v.version} withdrawn`,
          body: text,
          url: `/${v.kind}`,
          roles: null,
          email: { subject: `Withdrawn: version ${v.version} of our ${v.title}`, text },
          dueAt: now,
        },
        trx,
      );
      await this.d.audit.record(
        actor,
        { action: 'policy.withdraw', targetType: 'policy_version', targetId: id, details: { version: v.version } },
        trx,
      );
    });
    this.d.policies.invalidate();
  }
}
