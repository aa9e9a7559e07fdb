// Sign-in: password check with throttling and lockout, second factor, new-device notice.
import type { Knex } from 'knex';
import type { User, UsersRepository } from '../data/usersRepo';
import type { TokensRepository } from '../data/tokensRepo';
import type { AuditService, Actor } from './audit';
import type { DataCipher } from './cipher';
import { sha256 } from './cipher';
import type { LoginThrottle } from './throttle';
import type { MailService } from './mail';
import type { Emails } from './emails';
import { dummyHash, verifyPassword } from './passwords';
import { checkTotp, hashRecoveryCode } from './totp';

export type LoginResult = { status: 'ok'; user: User; needsSecondFactor: boolean } | { status: 'invalid' } | { status: 'locked' };

export const INVALID_LOGIN = 'The e-mail address or password is not right.';
export const LOCKED_LOGIN = 'Too many failed sign-in attempts. Wait 15 minutes, or reset your password.';

export class AuthService {
  constructor(
    private readonly db: Knex,
    private readonly users: UsersRepository,
    private readonly tokens: TokensRepository,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly cipher: DataCipher,
    private readonly mail: MailService,
    private readonly emails: Emails,
  ) {}

  /** Same answers and comparable timing whether or not the account exists. */
  async checkPassword(email: string, password: string, actor: Actor): Promise<LoginResult> {
    const ip = actor.ip ?? 'unknown';
    const user = await this.users.findByEmail(email);
    if (await this.throttle.isLocked(email, ip)) {
      await this.audit.record(actor, { action: 'login.failure', targetType: 'user', targetId: user?.id, details: { reason: 'locked' } });
      return { status: 'locked' };
    }
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyHash(), `${password}x`);
    if (!ok || !user || user.status !== 'active') {
      const outcome = await this.throttle.recordFailure(email, ip);
      const reason = !user ? 'unknown-account' : user.status !== 'active' ? `account-${user.status}` : 'bad-password';
      await this.audit.record(actor, { action: 'login.failure', targetType: 'user', targetId: user?.id, details: { reason } });
      if (outcome !== 'counted') {
        if (outcome === 'locked-now') await this.audit.record(actor, { action: 'login.lockout', targetType: 'user', targetId: user?.id, details: { minutes: 15 } });
        return { status: 'locked' };
      }
      return { status: 'invalid' };
    }
    return { status: 'ok', user, needsSecondFactor: Boolean(user.totpEnabledAt) };
  }

  /** Checks a TOTP code or, failing that, a single-use recovery code. */
  async checkSecondFactor(user: User, code: string, actor: Actor): Promise<boolean> {
    if (user.totpSecretEnc) {
      const step = await checkTotp(this.cipher.decrypt(user.totpSecretEnc), code, user.totpLastStep);
      if (step !== undefined && (await this.users.useTotpStep(user.id, step))) return true;
    }
    const used = await this.db.transaction(async (trx) => {
      const ok = await this.tokens.useRecoveryCode(user.id, hashRecoveryCode(code), trx);
      if (ok) await this.audit.record(actor, { action: '2fa.recovery_used', targetType: 'user', targetId: user.id }, trx);
      return ok;
    });
    if (!used) {
      const outcome = await this.throttle.recordFailure(user.email, actor.ip ?? 'unknown');
      await this.audit.record(actor, { action: 'login.failure', targetType: 'user', targetId: user.id, details: { reason: 'bad-second-factor' } });
      if (outcome === 'locked-now') await this.audit.record(actor, { action: 'login.lockout', targetType: 'user', targetId: user.id, details: { minutes: 15 } });
    }
    return used;
  }

  async isLocked(email: string, ip: string) {
    return this.throttle.isLocked(email, ip);
  }

  /** After every factor passed: record the sign-in, and tell the user about a device we have not seen. */
  async completeLogin(user: User, actor: Actor, deviceId: string, device: string): Promise<void> {
    await this.throttle.recordSuccess(user.email);
    await this.db.transaction(async (trx) => {
      await this.users.update(user.id, { lastLoginAt: new Date() }, trx);
      const known = await trx('user_devices').where({ user_id: user.id }).count<{ count: string }[]>('* as count');
      const inserted = await trx('user_devices').insert({ user_id: user.id, device_hash: sha256(deviceId) }).onConflict(['user_id', 'device_hash']).ignore().returning('user_id');
      if (inserted.length && Number(known[0].count) > 0) await this.mail.queue(this.emails.newDevice(user.email, device, actor.ip ?? 'unknown'), trx);
      await this.audit.record({ ...actor, userId: user.id }, { action: 'login.success', targetType: 'user', targetId: user.id, details: { newDevice: inserted.length > 0 } }, trx);
    });
  }

  async logout(actor: Actor): Promise<void> {
    await this.audit.record(actor, { action: 'logout', targetType: 'user', targetId: actor.userId ?? undefined });
  }
}
