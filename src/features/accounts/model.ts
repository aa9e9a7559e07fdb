// Accounts' domain: users and roles, sessions, and the rules about them that other code asks about.
export const ROLES = ['admin', 'staff', 'compliance'] as const;
export type Role = (typeof ROLES)[number];
/** Roles chosen from a list (checkboxes), sorted and unique; null when none (everyone), undefined if one is not a role. */
export function pickRoles(values: string[]): Role[] | null | undefined {
  if (values.some((r) => !(ROLES as readonly string[]).includes(r))) return undefined;
  return values.length ? [...new Set(values as Role[])].sort() : null;
}
export type UserStatus = 'invited' | 'active' | 'deactivated' | 'suspended' | 'terminated';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  passwordHash: string | null;
  passwordChangedAt: Date | null;
  passwordReminderSentAt: Date | null;
  totpSecretEnc: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  sessionEpoch: number;
  lastLoginAt: Date | null;
  createdAt: Date;
  teamId: number | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  passwordHash?: string | null;
}
export type UserChanges = Partial<{
  name: string;
  role: Role;
  status: UserStatus;
  passwordHash: string;
  passwordChangedAt: Date;
  passwordReminderSentAt: Date | null;
  totpSecretEnc: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  lastLoginAt: Date;
  teamId: number | null;
}>;

export type TokenKind = 'reset' | 'invite';

export interface ActiveSession {
  sid: string;
  device: string;
  ip: string;
  createdAt: Date;
  lastSeenAt: Date;
}

/** Admins and compliance officers must sign in with a second factor. */
export const mustUseTwoFactor = (user: Pick<User, 'role'>) => user.role === 'admin' || user.role === 'compliance';

/** Sessions end after 30 idle minutes and 12 hours after sign-in, whatever happens. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const ABSOLUTE_SESSION_MS = 12 * 3600_000;
/** A session's last-seen time is written at most this often. */
export const SEEN_WRITE_INTERVAL_MS = 60_000;
