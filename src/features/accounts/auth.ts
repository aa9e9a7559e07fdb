// Sign-in: password check with throttling and lockout, second factor, new-device notice.
import type { Knex } from 'knex';
import type { UsersStore } from './data/usersStore';
import type { DevicesStore } from './data/devicesStore';
import type { User } from './model';
import type { TokensStore } from './data/tokensStore';
import type { AuditService, Actor } from '../../platform/audit/service';
import { sha256, type DataCipher } from '../../platform/crypto';
import type { LoginThrottle } from './throttle';
import type { MailService } from '../../platform/outbox/mail';
import type { Emails } from './emails';
import type { NewNotification } from '../notifications';
import { dummyHash, verifyPassword } from './passwords';
import { checkTotp, hashRecoveryCode } from './totp';

export type LoginResult =
  { status: 'ok'; user: User; needsSecondFactor: boolean } | { status: 'invalid' } | { status: 'locked' };

export const INVALID_LOGIN = 'The e-mail address or password is not right.';
export const LOCKED_LOGIN = 'Too many failed sign-in attempts. Wait 15 minutes, or reset your password.';

export interface AuthDeps {
  db: Knex;
  users: UsersStore;
  tokens: TokensStore;
  devices: DevicesStore;
  audit: AuditService;
  throttle: LoginThrottle;
  cipher: DataCipher;
  mail: MailService;
  emails: Emails;
  clock: () => Date;
  /** Writes in-app notifications (the security alert beside the new-device e-mail) in the caller's transaction. */
  notify: (rows: NewNotification[], now: Date, trx: Knex.Transaction) => Promise<number>;
}

export class AuthService {
  constructor(private readonly d: AuthDeps) {}

  /** Same answers and comparable timing whether or not the account exists. */
  async checkPassword(email: string, password: string, actor: Actor): Promise<LoginResult> {
    const ip = actor.ip ?? 'unknown';
    const user = await this.d.users.findByEmail(email);
    if (await this.d.throttle.isLocked(email, ip)) {
      await this.d.audit.record(actor, {
        action: 'login.failure',
        targetType: 'user',
        targetId: user?.id,
        details: { reason: 'locked' },
      });
      return { status: 'locked' };
    }
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await dummyHash(), `${password}x`);
    if (!ok || !user || user.status !== 'active') {
      const outcome = await this.d.throttle.recordFailure(email, ip);
      const reason = !user ? 'unknown-account' : user.status !== 'active' ? `account-${user.status}` : 'bad-password';
      await this.d.audit.record(actor, {
        action: 'login.failure',
        targetType: 'user',
        targetId: user?.id,
        details: { reason },
      });
      if (outcome !== 'counted') {
        if (outcome === 'locked-now')
          await this.d.audit.record(actor, {
            action: 'login.lockout',
            targetType: 'user',
            targetId: user?.id,
            details: { minutes: 15 },
          });
        return { status: 'locked' };
      }
      return { status: 'invalid' };
    }
    return { status: 'ok', user, needsSecondFactor: Boolean(user.totpEnabledAt) };
  }

  /** Checks a TOTP code or, failing that, a single-use recovery code. */
  async checkSecondFactor(user: User, code: string, actor: Actor): Promise<boolean> {
    if (user.totpSecretEnc) {
      const step = await checkTotp(this.d.cipher.decrypt(user.totpSecretEnc), code, user.totpLastStep);
      if (step !== undefined && (await this.d.users.useTotpStep(user.id, step))) return true;
    }
    const used = await this.d.db.transaction(async (trx) => {
      const ok = await this.d.tokens.useRecoveryCode(user.id, hashRecoveryCode(code), trx);
      if (ok)
        await this.d.audit.record(actor, { action: '2fa.recovery_used', targetType: 'user', targetId: user.id }, trx);
      return ok;
    });
    if (!used) {
      const outcome = await this.d.throttle.recordFailure(user.email, actor.ip ?? 'unknown');
      await this.d.audit.record(actor, {
        action: 'login.failure',
        targetType: 'user',
        targetId: user.id,
        details: { reason: 'bad-second-factor' },
      });
      if (outcome === 'locked-now')
        await this.d.audit.record(actor, {
          action: 'login.lockout',
          targetType: 'user',
          targetId: user.id,
          details: { minutes: 15 },
        });
    }
    return used;
  }

  async isLocked(email: string, ip: string) {
    return this.d.throttle.isLocked(email, ip);
  }

  /** After every factor passed: record the sign-in, and tell the user about a device we have not seen. */
  async completeLogin(user: User, actor: Actor, deviceId: string, device: string): Promise<void> {
    await this.d.throttle.recordSuccess(user.email);
    await this.d.db.transaction(async (trx) => {
      await this.d.users.update(user.id, { lastLoginAt: new Date() }, trx);
      const seen = await this.d.devices.remember(user.id, sha256(deviceId), trx);
      if (seen.isNew && !seen.firstEver) {
        await this.d.mail.queue(this.d.emails.newDevice(user.email, device, actor.ip ?? 'unknown'), trx);
        const title = `New sign-in from ${device} (IP address ${actor.ip ?? 'unknown'})`;
        await this.d.notify(
          [
            {
              userId: user.id,
              kind: 'security',
              title,
              body: 'If this was not you, change your password.',
              url: '/account/security',
            },
          ],
          this.d.clock(),
          trx,
        );
      }
      await this.d.audit.record(
        { ...actor, userId: user.id },
        { action: 'login.success', targetType: 'user', targetId: user.id, details: { newDevice: seen.isNew } },
        trx,
      );
    });
  }

  async logout(actor: Actor): Promise<void> {
    await this.d.audit.record(actor, { action: 'logout', targetType: 'user', targetId: actor.userId ?? undefined });
  }
}
