// A user's own credentials: password change and reset, two-factor enrolment, password-age reminders.
import type { Knex } from 'knex';
import type { UsersStore } from './data/usersStore';
import { mustUseTwoFactor, type User } from './model';
import type { TokensStore } from './data/tokensStore';
import type { AuditService, Actor } from '../../platform/audit/service';
import { type DataCipher, randomToken, sha256 } from '../../platform/crypto';
import type { MailService } from '../../platform/outbox/mail';
import type { Emails } from './emails';
import type { SessionService } from './sessions';
import { ValidationError } from '../../platform/errors';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { checkTotp, hashRecoveryCode, newRecoveryCodes } from './totp';

export const RESET_TTL_MS = 30 * 60_000;

export interface AccountDeps {
  db: Knex;
  users: UsersStore;
  tokens: TokensStore;
  audit: AuditService;
  cipher: DataCipher;
  mail: MailService;
  emails: Emails;
  sessions: SessionService;
  passwordMaxAgeDays: number;
}

export class AccountService {
  constructor(private readonly d: AccountDeps) {}

  private checkNewPassword(user: User, password: string, confirm: string, field = 'password'): void {
    const problem = passwordProblem(password, {
      email: user.email,
      name: user.name,
      twoFactor: Boolean(user.totpEnabledAt),
    });
    if (problem) throw new ValidationError({ [field]: problem });
    if (password !== confirm) throw new ValidationError({ confirm: 'The two passwords are not the same.' });
  }

  /** Changes the password and signs out every other session of the user; returns the new session epoch. */
  async changePassword(
    user: User,
    current: string,
    next: string,
    confirm: string,
    actor: Actor,
    keepSid: string,
  ): Promise<number> {
    if (!(await verifyPassword(user.passwordHash, current)))
      throw new ValidationError({ current: 'Your current password is not right.' });
    this.checkNewPassword(user, next, confirm);
    const hash = await hashPassword(next);
    const epoch = await this.d.db.transaction(async (trx) => {
      await this.d.users.update(user.id, { passwordHash: hash, passwordChangedAt: new Date() }, trx);
      await this.d.audit.record(actor, { action: 'password.change', targetType: 'user', targetId: user.id }, trx);
      await this.d.mail.queue(this.d.emails.credentialChanged(user.email, 'password'), trx);
      return this.d.users.bumpSessionEpoch(user.id, trx);
    });
    await this.d.sessions.revokeAll(user.id, keepSid);
    return epoch;
  }

  /** Always behaves the same, whether or not the address belongs to an account. */
  async requestReset(email: string, actor: Actor): Promise<void> {
    const user = await this.d.users.findByEmail(email);
    if (!user || user.status !== 'active') return;
    const token = randomToken();
    await this.d.db.transaction(async (trx) => {
      await this.d.tokens.create(user.id, 'reset', sha256(token), new Date(Date.now() + RESET_TTL_MS), trx);
      await this.d.audit.record(
        actor,
        { action: 'password.reset_request', targetType: 'user', targetId: user.id },
        trx,
      );
      await this.d.mail.queue(this.d.emails.passwordReset(user.email, token), trx);
    });
  }

  /** The user a valid link belongs to. An invitation only works while invited, a reset only while active (never after deactivation). */
  async userForToken(kind: 'reset' | 'invite', token: string): Promise<User | undefined> {
    const id = await this.d.tokens.peek(kind, sha256(token));
    const user = id === undefined ? undefined : await this.d.users.findById(id);
    return user && user.status === (kind === 'invite' ? 'invited' : 'active') ? user : undefined;
  }

  /**
   * Sets a password through a reset or invitation link (single use). A reset signs out every
   * session; an invitation activates the account. Returns undefined when the link is no longer valid.
   */
  async setPasswordWithToken(
    kind: 'reset' | 'invite',
    token: string,
    password: string,
    confirm: string,
    actor: Actor,
  ): Promise<User | undefined> {
    const user = await this.userForToken(kind, token);
    if (!user) return undefined;
    this.checkNewPassword(user, password, confirm);
    const hash = await hashPassword(password);
    const done = await this.d.db.transaction(async (trx) => {
      if ((await this.d.tokens.consume(kind, sha256(token), trx)) !== user.id) return false;
      await this.d.users.update(
        user.id,
        {
          passwordHash: hash,
          passwordChangedAt: new Date(),
          ...(kind === 'invite' ? { status: 'active' as const } : {}),
        },
        trx,
      );
      await this.d.users.bumpSessionEpoch(user.id, trx);
      await this.d.audit.record(
        { ...actor, userId: user.id },
        { action: kind === 'reset' ? 'password.reset' : 'user.invite_accept', targetType: 'user', targetId: user.id },
        trx,
      );
      if (kind === 'reset') await this.d.mail.queue(this.d.emails.credentialChanged(user.email, 'password'), trx);
      return true;
    });
    if (!done) return undefined;
    await this.d.sessions.revokeAll(user.id);
    return user;
  }

  /** Confirms enrolment with a code from the app; returns the recovery codes (shown once). */
  async enableTwoFactor(user: User, secret: string, code: string, actor: Actor): Promise<string[]> {
    const step = await checkTotp(secret, code);
    if (step === undefined)
      throw new ValidationError({ code: 'That code is not right. Enter the 6-digit code your app shows now.' });
    const codes = newRecoveryCodes();
    await this.d.db.transaction(async (trx) => {
      await this.d.users.update(
        user.id,
        { totpSecretEnc: this.d.cipher.encrypt(secret), totpEnabledAt: new Date(), totpLastStep: step },
        trx,
      );
      await this.d.tokens.replaceRecoveryCodes(user.id, codes.map(hashRecoveryCode), trx);
      await this.d.audit.record(actor, { action: '2fa.enrol', targetType: 'user', targetId: user.id }, trx);
      await this.d.mail.queue(this.d.emails.credentialChanged(user.email, 'two-factor sign-in'), trx);
    });
    return codes;
  }

  async disableTwoFactor(user: User, password: string, actor: Actor): Promise<void> {
    if (mustUseTwoFactor(user))
      throw new ValidationError({
        password: 'Administrators and compliance officers must keep two-factor sign-in on.',
      });
    if (!(await verifyPassword(user.passwordHash, password)))
      throw new ValidationError({ password: 'Your password is not right.' });
    const short = passwordProblem(password, { email: user.email, name: user.name, twoFactor: false });
    if (short)
      throw new ValidationError({
        password:
          'Your password is shorter than 15 characters: change it to a longer one before turning two-factor sign-in off.',
      });
    await this.d.db.transaction(async (trx) => {
      await this.d.users.update(user.id, { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null }, trx);
      await this.d.tokens.replaceRecoveryCodes(user.id, [], trx);
      await this.d.audit.record(actor, { action: '2fa.disable', targetType: 'user', targetId: user.id }, trx);
      await this.d.mail.queue(this.d.emails.credentialChanged(user.email, 'two-factor sign-in'), trx);
    });
  }

  recoveryCodesLeft(user: User) {
    return this.d.tokens.unusedRecoveryCodes(user.id);
  }

  passwordIsOld(user: User, now = new Date()): boolean {
    return Boolean(
      user.passwordChangedAt &&
      now.getTime() - user.passwordChangedAt.getTime() > this.d.passwordMaxAgeDays * 86400_000,
    );
  }

  /** One reminder per password: never forces rotation. Idempotent (dedupe key per password change). */
  async sendPasswordReminders(now = new Date()): Promise<number> {
    const due = await this.d.users.dueForPasswordReminder(
      new Date(now.getTime() - this.d.passwordMaxAgeDays * 86400_000),
    );
    let sent = 0;
    for (const user of due) {
      await this.d.db.transaction(async (trx) => {
        const key = `password-reminder:${user.id}:${user.passwordChangedAt!.getTime()}`;
        if (await this.d.mail.queue(this.d.emails.passwordReminder(user.email, this.d.passwordMaxAgeDays, key), trx))
          sent++;
        await this.d.users.update(user.id, { passwordReminderSentAt: now }, trx);
      });
    }
    return sent;
  }
}
