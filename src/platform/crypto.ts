// AES-256-GCM for personal data at rest, under a keyring; each value records its key id.
// Format: v1.<keyId>.<iv b64url>.<tag b64url>.<ciphertext b64url>
import crypto from 'node:crypto';

/** How many values decryptShown() remembers, and for how long (a few MB at most). */
const SHOWN_MAX = 10_000;
const SHOWN_TTL_MS = 10 * 60_000;

export class DataCipher {
  private readonly keys: Map<number, crypto.KeyObject>;
  private readonly shown = new Map<string, { plain: string; at: number }>();
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

  /**
   * decryptOptional() for the values a page shows on every view (the e-mails of the lead list, a lead's fields):
   * remembered by their ciphertext, which names the key, the IV and the tag, so a hit is exactly what decrypting
   * would give. Creating a decipher per value was a tenth of the list page's CPU. Bounded in count and age: a value
   * erased or re-encrypted is never asked for again and leaves the memory within SHOWN_TTL_MS.
   */
  decryptShown(value: string | null | undefined): string | null {
    if (value == null) return null;
    const now = Date.now();
    const known = this.shown.get(value);
    if (known && now - known.at < SHOWN_TTL_MS) return known.plain;
    const plain = this.decrypt(value);
    if (known) this.shown.delete(value);
    else if (this.shown.size >= SHOWN_MAX) this.shown.delete(this.shown.keys().next().value!);
    this.shown.set(value, { plain, at: now });
    return plain;
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
