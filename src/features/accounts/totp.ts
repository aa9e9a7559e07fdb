// TOTP second factor (otplib) and single-use recovery codes.
import crypto from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { sha256 } from '../../platform/crypto';

export const RECOVERY_CODE_COUNT = 10;

export const newTotpSecret = () => generateSecret();

export async function totpQr(secret: string, label: string): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = generateURI({ issuer: 'Valley CRM', label, secret });
  return { uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}

/**
 * Accepts the current code and one step either side (clock drift), but never a time step at or before
 * `afterStep` (replay). Returns the accepted time step, or undefined.
 */
export async function checkTotp(secret: string, code: string, afterStep?: number | null): Promise<number | undefined> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const result = await verify({
    secret,
    token,
    epochTolerance: 30,
    ...(afterStep ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

/** Codes like "k3f9-2mxq-7hwd": 60 bits each, shown once, stored as SHA-256. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(crypto.randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}
export const normalizeRecoveryCode = (code: string) =>
  code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
export const hashRecoveryCode = (code: string) => sha256(normalizeRecoveryCode(code));
