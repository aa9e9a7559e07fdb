// The compliance officers' decisions. On a flag: release (the campaign sends), reject, ask for changes (the
// sender sees why, edits and resubmits), close (a security flag looked into). On an account: suspend (sign-in
// refused, sessions ended at once, campaigns stopped), reinstate, and terminate, which a second officer confirms.
// Each needs a reason, is audited, and is kept as a decision; the sender is told by e-mail.
import type { Knex } from 'knex';
import type { NewNotification } from '../notifications';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { MailService } from '../../platform/outbox/mail';
import type { User, UserAdminService } from '../accounts';
import type { CampaignReview } from '../campaigns';
import type { FlagsStore } from './data/flagsStore';
import { REASON_LIMIT, type DecisionAction, type Flag, type FlagState } from './model';

export const FLAG_ACTIONS = ['release', 'reject', 'request_changes', 'close'] as const;
export type FlagAction = (typeof FLAG_ACTIONS)[number];
const AFTER: Record<FlagAction, FlagState> = {
  release: 'released',
  reject: 'rejected',
  request_changes: 'changes_requested',
  close: 'closed',
};
const NOTICE: Partial<Record<FlagAction, (name: string, reason: string) => { subject: string; text: string }>> = {
  reject: (name, reason) => ({
    subject: `Your campaign “${name}” was rejected`,
    text: `A compliance officer rejected your campaign “${name}”; it will not be sent.\n\nReason: ${reason}\n`,
  }),
  request_changes: (name, reason) => ({
    subject: `Changes needed before “${name}” can be sent`,
    text: `A compliance officer asked for changes to your campaign “${name}”. It is a draft again: edit it and send it again.\n\nWhat to change: ${reason}\n`,
  }),
};

export function reasonOf(input: string): string {
  const reason = input.trim();
  if (!reason)
    throw new ValidationError({ reason: 'Give the reason: it is kept with the decision and shown to the sender.' });
  if (reason.length > REASON_LIMIT) throw new ValidationError({ reason: `Use at most ${REASON_LIMIT} characters.` });
  return reason;
}

export interface ReviewDeps {
  db: Knex;
  flags: FlagsStore;
  campaigns: CampaignReview;
  users: Pick<UserAdminService, 'find' | 'setStanding' | 'endSessions'>;
  audit: AuditService;
  mail: MailService;
  clock: Clock;
  /** Writes in-app notifications (the decision, for the campaign's owner) in the caller's transaction. */
  notify: (rows: NewNotification[], now: Date, trx: Knex.Transaction) => Promise<number>;
}

export class ComplianceReview {
  constructor(private readonly d: ReviewDeps) {}

  async flag(id: number): Promise<Flag> {
    const f = await this.d.flags.find(id);
    if (!f) throw new NotFoundError();
    return f;
  }

  async decide(flagId: number, action: string, reasonInput: string, officer: User, actor: Actor): Promise<void> {
    if (!FLAG_ACTIONS.includes(action as FlagAction)) throw new ValidationError({ action: 'Choose a decision.' });
    const a = action as FlagAction;
    const reason = reasonOf(reasonInput);
    await this.d.db.transaction(async (trx) => {
      const f = await this.d.flags.find(flagId, trx, true);
      if (!f) throw new NotFoundError();
      if (!['open', 'blocked'].includes(f.state))
        throw new ValidationError({ action: `This flag was decided already (${f.state}).` });
      // a campaign's flag is closed only once its campaign no longer waits (cancelled by its sender, stopped)
      const waiting = f.campaignId !== null && (await this.d.campaigns.isHeld(f.campaignId, trx));
      if (a === 'close' && waiting)
        throw new ValidationError({ action: 'A campaign’s flag is released, rejected or sent back.' });
      if (a !== 'close' && f.campaignId === null)
        throw new ValidationError({ action: 'A security flag is closed, or its user suspended.' });
      if (a === 'release' && f.state === 'blocked')
        throw new ValidationError({ action: 'A blocked campaign cannot be released: reject it or ask for changes.' });
      if (f.campaignId !== null && a !== 'close') await this.applyToCampaign(a, f.campaignId, reason, actor, trx);
      await this.d.flags.setState(f.id, AFTER[a], this.d.clock(), trx);
      await this.record(f.id, f.userId, a, reason, actor, trx);
    });
  }

  private async applyToCampaign(
    a: FlagAction,
    campaignId: number,
    reason: string,
    actor: Actor,
    trx: Knex.Transaction,
  ) {
    const c = await this.d.campaigns.find(campaignId, trx);
    if (!c) throw new ValidationError({ action: 'The campaign is gone.' });
    if (a === 'release') await this.d.campaigns.release(campaignId, actor, trx);
    if (a === 'reject') await this.d.campaigns.reject(campaignId, reason, actor, trx);
    if (a === 'request_changes') await this.d.campaigns.requestChanges(campaignId, reason, actor, trx);
    const notice = NOTICE[a]?.(c.name, reason);
    const owner = await this.d.users.find(c.ownerId, trx);
    if (notice && owner) {
      await this.d.mail.queue({ kind: `compliance-${a}`, to: owner.email, ...notice }, trx);
      const url = `/campaigns/${c.id}`;
      await this.d.notify(
        [{ userId: owner.id, kind: 'flag', title: notice.subject, body: notice.text, url }],
        this.d.clock(),
        trx,
      );
    }
  }

  private async record(
    flagId: number | null,
    userId: number,
    action: DecisionAction,
    reason: string,
    actor: Actor,
    trx: Knex.Transaction,
  ) {
    const entry = await this.d.audit.record(
      actor,
      {
        action: `compliance.${action}`,
        targetType: flagId ? 'flag' : 'user',
        targetId: flagId ?? userId,
        details: { userId, reason },
      },
      trx,
    );
    await this.d.flags.decide(
      { flagId, userId, action, reason, actorId: actor.userId, auditId: entry.id, at: this.d.clock() },
      trx,
    );
  }

  private async subject(userId: number, officer: User, trx: Knex.Transaction): Promise<User> {
    const u = await this.d.users.find(userId, trx);
    if (!u) throw new NotFoundError();
    if (u.id === officer.id) throw new ValidationError({ reason: 'You cannot act on your own account.' });
    return u;
  }

  /** The flag a form names, when it is one about this user (a wrong or foreign id links nothing). */
  private async flagAbout(flagId: number | null, userId: number, trx: Knex.Transaction): Promise<number | null> {
    const f = flagId === null ? undefined : await this.d.flags.find(flagId, trx);
    return f?.userId === userId ? f.id : null;
  }

  /** Sign-in refused and sessions ended at once; scheduled, held and running campaigns stop. */
  async suspend(
    userId: number,
    reasonInput: string,
    flagId: number | null,
    officer: User,
    actor: Actor,
  ): Promise<void> {
    const reason = reasonOf(reasonInput);
    await this.d.db.transaction(async (trx) => {
      const u = await this.subject(userId, officer, trx);
      if (u.status === 'terminated') throw new ValidationError({ reason: 'This account is terminated.' });
      await this.d.users.setStanding(u.id, 'suspended', trx);
      await this.d.campaigns.stopAllOf(u.id, 'Stopped: its owner’s account was suspended by compliance.', trx);
      await this.record(await this.flagAbout(flagId, u.id, trx), u.id, 'suspend', reason, actor, trx);
    });
    await this.d.users.endSessions(userId);
  }

  async reinstate(userId: number, reasonInput: string, officer: User, actor: Actor): Promise<void> {
    const reason = reasonOf(reasonInput);
    await this.d.db.transaction(async (trx) => {
      const u = await this.subject(userId, officer, trx);
      if (u.status !== 'suspended')
        throw new ValidationError({ reason: 'Only a suspended account can be reinstated.' });
      await this.d.users.setStanding(u.id, 'active', trx);
      await this.record(null, u.id, 'reinstate', reason, actor, trx);
    });
  }

  /** The first officer's half of a termination; nothing changes until a second officer confirms. */
  async requestTermination(userId: number, reasonInput: string, flagId: number | null, officer: User, actor: Actor) {
    const reason = reasonOf(reasonInput);
    await this.d.db.transaction(async (trx) => {
      const u = await this.subject(userId, officer, trx);
      flagId = await this.flagAbout(flagId, u.id, trx);
      if (u.status === 'terminated') throw new ValidationError({ reason: 'This account is terminated already.' });
      const req = await this.d.flags.requestTermination(
        { userId: u.id, flagId, reason, by: officer.id, at: this.d.clock() },
        trx,
      );
      if (!req)
        throw new ValidationError({ reason: 'A termination of this account is already waiting for a second officer.' });
      await this.record(flagId, u.id, 'terminate_request', reason, actor, trx);
    });
  }

  /** The second officer confirms: the account is terminated, its sessions end, its campaigns stop, it is told. */
  async confirmTermination(requestId: number, officer: User, actor: Actor): Promise<void> {
    let userId = 0;
    await this.d.db.transaction(async (trx) => {
      const t = await this.d.flags.termination(requestId, trx);
      if (!t || t.confirmedAt)
        throw new ValidationError({ confirm: 'This termination is not waiting for confirmation.' });
      if (t.requestedBy === officer.id)
        throw new ValidationError({ confirm: 'A second compliance officer must confirm a termination you asked for.' });
      const u = await this.subject(t.userId, officer, trx);
      userId = u.id;
      await this.d.flags.confirmTermination(t.id, officer.id, this.d.clock(), trx);
      await this.d.users.setStanding(u.id, 'terminated', trx);
      await this.d.campaigns.stopAllOf(u.id, 'Stopped: its owner’s account was terminated.', trx);
      await this.record(null, u.id, 'terminate_confirm', t.reason, actor, trx);
      await this.d.mail.queue(
        {
          kind: 'compliance-terminated',
          to: u.email,
          subject: 'Your Valley CRM account was terminated',
          text: `Your account was terminated for breaking the Terms of Use.\n\nReason: ${t.reason}\n\nYour campaigns were stopped and you can no longer sign in.\n`,
        },
        trx,
      );
    });
    await this.d.users.endSessions(userId);
  }

  pendingTerminations() {
    return this.d.flags.pendingTerminations();
  }
}
