// Administration of users: create (CLI), invite, change role, deactivate and reactivate.
// No impersonation: nothing here lets anyone act as another user.
import type { Knex } from 'knex';
import type { UsersStore } from './data/usersStore';
import { ROLES, type Role, type User } from './model';
import type { TokensStore } from './data/tokensStore';
import type { AuditService, Actor } from '../../platform/audit/service';
import { randomToken, sha256 } from '../../platform/crypto';
import type { MailService } from '../../platform/outbox/mail';
import type { Emails } from './emails';
import type { SessionService } from './sessions';
import { NotFoundError, ValidationError } from '../../platform/errors';
import { hashPassword, passwordProblem } from './passwords';

export const INVITE_TTL_MS = 7 * 86400_000;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface UserInput {
  email: string;
  name: string;
  role: string;
}

export function validateUserInput(input: UserInput): { email: string; name: string; role: Role } {
  const errors: Record<string, string> = {};
  const email = input.email.trim();
  const name = input.name.trim();
  // in the order of the invitation form's fields, so the error summary reads top to bottom
  if (!name) errors.name = 'Enter the person’s name.';
  else if (name.length > 120) errors.name = 'Use at most 120 characters.';
  if (!EMAIL_RE.test(email) || email.length > 254) errors.email = 'Enter an e-mail address like name@example.com.';
  if (!ROLES.includes(input.role as Role)) errors.role = 'Choose a role: admin, staff or compliance.';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { email, name, role: input.role as Role };
}

export interface UserAdminDeps {
  db: Knex;
  users: UsersStore;
  tokens: TokensStore;
  audit: AuditService;
  mail: MailService;
  emails: Emails;
  sessions: SessionService;
}

/** A suspension or termination is the compliance officers' decision: only they change it (a termination never). */
const COMPLIANCE_ONLY =
  'This account was suspended or terminated by compliance: only a compliance officer can change that.';

export class UserAdminService {
  constructor(private readonly d: UserAdminDeps) {}

  list() {
    return this.d.users.list();
  }
  count() {
    return this.d.users.count();
  }
  async get(id: number): Promise<User> {
    const user = Number.isSafeInteger(id) ? await this.d.users.findById(id) : undefined;
    if (!user) throw new NotFoundError();
    return user;
  }
  findByEmail(email: string) {
    return this.d.users.findByEmail(email);
  }
  /** The user with this id, or undefined (also for an id that is no id: NaN from a URL, past bigint). */
  find(id: number, trx?: Knex.Transaction): Promise<User | undefined> {
    return Number.isSafeInteger(id) ? this.d.users.findById(id, trx) : Promise.resolve(undefined);
  }
  /** Moves the user into a team (or none), inside the caller's transaction (the organisation feature audits it). */
  setTeam(id: number, teamId: number | null, trx: Knex.Transaction): Promise<void> {
    return this.d.users.update(id, { teamId }, trx);
  }

  private async assertFree(email: string, trx: Knex.Transaction) {
    if (await this.d.users.findByEmail(email, trx))
      throw new ValidationError({ email: 'A user with this e-mail address already exists.' });
  }

  /** Used by the operations CLI: creates an active user with a password. */
  async create(input: UserInput, password: string, actor: Actor): Promise<User> {
    const v = validateUserInput(input);
    const problem = passwordProblem(password, { email: v.email, name: v.name, twoFactor: false });
    if (problem) throw new ValidationError({ password: problem });
    const hash = await hashPassword(password);
    return this.d.db.transaction(async (trx) => {
      await this.assertFree(v.email, trx);
      const user = await this.d.users.insert({ ...v, status: 'active', passwordHash: hash }, trx);
      await this.d.audit.record(
        actor,
        { action: 'user.create', targetType: 'user', targetId: user.id, details: { role: user.role } },
        trx,
      );
      return user;
    });
  }

  /** The invitee chooses the password through a single-use e-mailed link. */
  async invite(input: UserInput, actor: Actor): Promise<User> {
    const v = validateUserInput(input);
    const token = randomToken();
    return this.d.db.transaction(async (trx) => {
      await this.assertFree(v.email, trx);
      const user = await this.d.users.insert({ ...v, status: 'invited' }, trx);
      await this.d.tokens.create(user.id, 'invite', sha256(token), new Date(Date.now() + INVITE_TTL_MS), trx);
      await this.d.audit.record(
        actor,
        { action: 'user.invite', targetType: 'user', targetId: user.id, details: { role: user.role } },
        trx,
      );
      await this.d.mail.queue(this.d.emails.invitation(user.email, user.name, user.role, token), trx);
      return user;
    });
  }

  /** A new role takes effect at once: the user's sessions end and they sign in again. */
  async changeRole(id: number, role: string, actor: Actor): Promise<void> {
    if (!ROLES.includes(role as Role))
      throw new ValidationError({ role: 'Choose a role: admin, staff or compliance.' });
    const user = await this.get(id);
    if (user.role === role) return;
    if (user.id === actor.userId)
      throw new ValidationError({ role: 'You cannot change your own role; ask another administrator.' });
    await this.d.db.transaction(async (trx) => {
      await this.d.users.update(id, { role: role as Role }, trx);
      await this.d.users.bumpSessionEpoch(id, trx);
      await this.d.audit.record(
        actor,
        { action: 'user.role_change', targetType: 'user', targetId: id, details: { from: user.role, to: role } },
        trx,
      );
    });
    await this.d.sessions.revokeAll(id);
  }

  /** Deactivation ends every session of the user at once. */
  async deactivate(id: number, actor: Actor): Promise<void> {
    const user = await this.get(id);
    if (user.id === actor.userId) throw new ValidationError({ user: 'You cannot deactivate your own account.' });
    if (user.status === 'deactivated') return;
    if (user.status === 'suspended' || user.status === 'terminated')
      throw new ValidationError({ user: COMPLIANCE_ONLY });
    await this.d.db.transaction(async (trx) => {
      await this.d.users.update(id, { status: 'deactivated' }, trx);
      await this.d.users.bumpSessionEpoch(id, trx);
      await this.d.audit.record(actor, { action: 'user.deactivate', targetType: 'user', targetId: id }, trx);
    });
    await this.d.sessions.revokeAll(id);
  }

  /**
   * A compliance decision on the account, inside the caller's transaction (which audits it): suspended or
   * terminated accounts cannot sign in; call endSessions after the commit.
   */
  async setStanding(id: number, status: 'active' | 'suspended' | 'terminated', trx: Knex.Transaction): Promise<void> {
    await this.d.users.update(id, { status }, trx);
    await this.d.users.bumpSessionEpoch(id, trx);
  }

  /** Ends every session of the user at once. */
  async endSessions(id: number): Promise<void> {
    await this.d.sessions.revokeAll(id);
  }

  async reactivate(id: number, actor: Actor): Promise<void> {
    const user = await this.get(id);
    if (user.status === 'suspended' || user.status === 'terminated')
      throw new ValidationError({ user: COMPLIANCE_ONLY });
    if (user.status !== 'deactivated') return;
    await this.d.db.transaction(async (trx) => {
      await this.d.users.update(id, { status: user.passwordHash ? 'active' : 'invited' }, trx);
      await this.d.audit.record(actor, { action: 'user.reactivate', targetType: 'user', targetId: id }, trx);
    });
  }
}
