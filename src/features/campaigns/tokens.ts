// Signed references to one recipient row: `r<id>.<signature>`, HMAC-SHA256 under UNSUBSCRIBE_KEY with the
// purpose in the signed text, so an unsubscribe link cannot be made from a Message-ID or a return path and
// a reference cannot be altered to name another recipient. Addresses are never part of a token.
import crypto from 'node:crypto';

export type TokenPurpose = 'unsubscribe' | 'bounce';
const SHAPE = /^r(\d{1,15})\.([A-Za-z0-9_-]{22})$/;

export class RecipientTokens {
  constructor(private readonly key: Buffer) {}

  private sign(id: number, purpose: TokenPurpose): string {
    return crypto.createHmac('sha256', this.key).update(`${purpose}:${id}`).digest('base64url').slice(0, 22);
  }

  make(recipientId: number, purpose: TokenPurpose): string {
    return `r${recipientId}.${this.sign(recipientId, purpose)}`;
  }

  /** The recipient id a token names, or undefined when it is malformed, forged or altered. */
  verify(token: string, purpose: TokenPurpose): number | undefined {
    const m = SHAPE.exec(token);
    if (!m) return undefined;
    const id = Number(m[1]);
    const expected = Buffer.from(this.sign(id, purpose));
    const given = Buffer.from(m[2]);
    return crypto.timingSafeEqual(expected, given) ? id : undefined;
  }
}
