// AES-256-GCM for personal data at rest, under a keyring; each value records its key id.
// Format: v1.<keyId>.<iv b64url>.<tag b64url>.<ciphertext b64url>
import crypto from 'node:crypto';

export class DataCipher {
  private readonly keys: Map<number, crypto.KeyObject>;
  readonly currentKeyId: number;

  constructor(
    keyring: { id: number; key: Buffer }[],
    private readonly blindKey: Buffer,
  ) {
    if (!keyring.length) throw new Error('keyring is empty');
    this.keys = new Map(keyring.map((k) => [k.id, crypto.createSecretKey(k.key)]));
    this.currentKeyId = Math.max(...keyring.map((k) => k.id));
  }

  encrypt(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const b = (x: Buffer) => x.toString('base64url');
    return `v1.${this.currentKeyId}.${b(iv)}.${b(cipher.getAuthTag())}.${b(ct)}`;
  }

  decrypt(value: string): string {
    const [v, id, iv, tag, ct] = value.split('.');
    const key = this.keys.get(Number(id));
    if (v !== 'v1' || !key) throw new Error(`cannot decrypt: unknown key id ${id}`);
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  encryptOptional(plain: string | null | undefined): string | null {
    return plain == null || plain === '' ? null : this.encrypt(plain);
  }
  decryptOptional(value: string | null | undefined): string | null {
    return value == null ? null : this.decrypt(value);
  }

  keyIdOf(value: string): number {
    return Number(value.split('.')[1]);
  }
  /** How every value under key `keyId` begins (to find the others in SQL: `not like '<prefix>%'`). */
  prefixOf(keyId: number): string {
    return `v1.${keyId}.`;
  }
  /** The value under the newest key: itself when it already is, else decrypted and encrypted again (key rotation). */
  reencrypt(value: string): string {
    return this.keyIdOf(value) === this.currentKeyId ? value : this.encrypt(this.decrypt(value));
  }

  /** HMAC-SHA256 blind index for exact lookups of normalized values. */
  blindIndex(normalized: string): string {
    return crypto.createHmac('sha256', this.blindKey).update(normalized).digest('base64url');
  }
}

export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
