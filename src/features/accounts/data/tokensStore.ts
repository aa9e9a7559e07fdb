// Single-use tokens (password reset, invitation), stored only as SHA-256 hashes; and recovery codes.
import type { Knex } from 'knex';
import type { TokenKind } from '../model';

export class TokensStore {
  constructor(private readonly db: Knex) {}

  async create(
    userId: number,
    kind: TokenKind,
    tokenHash: string,
    expiresAt: Date,
    trx?: Knex.Transaction,
  ): Promise<void> {
    const q = trx ?? this.db;
    await q('user_tokens').where({ user_id: userId, kind }).whereNull('used_at').update({ used_at: new Date() });
    await q('user_tokens').insert({ user_id: userId, kind, token_hash: tokenHash, expires_at: expiresAt });
  }

  /** Returns the user id when the token is valid and unused, without using it. */
  async peek(kind: TokenKind, tokenHash: string): Promise<number | undefined> {
    const r = await this.db('user_tokens')
      .select('user_id')
      .where({ kind, token_hash: tokenHash })
      .whereNull('used_at')
      .where('expires_at', '>', new Date())
      .first();
    return r?.user_id;
  }

  /** Marks the token used; returns the user id, or undefined when it was invalid, expired or already used. */
  async consume(kind: TokenKind, tokenHash: string, trx: Knex.Transaction): Promise<number | undefined> {
    const [r] = await trx('user_tokens')
      .where({ kind, token_hash: tokenHash })
      .whereNull('used_at')
      .where('expires_at', '>', new Date())
      .update({ used_at: new Date() })
      .returning('user_id');
    return r?.user_id;
  }

  async replaceRecoveryCodes(userId: number, hashes: string[], trx: Knex.Transaction): Promise<void> {
    await trx('recovery_codes').where({ user_id: userId }).delete();
    if (hashes.length) await trx('recovery_codes').insert(hashes.map((code_hash) => ({ user_id: userId, code_hash })));
  }

  async useRecoveryCode(userId: number, hash: string, trx: Knex.Transaction): Promise<boolean> {
    const n = await trx('recovery_codes')
      .where({ user_id: userId, code_hash: hash })
      .whereNull('used_at')
      .update({ used_at: new Date() });
    return n === 1;
  }

  async unusedRecoveryCodes(userId: number): Promise<number> {
    const r = await this.db('recovery_codes')
      .where({ user_id: userId })
      .whereNull('used_at')
      .count<{ count: string }[]>('* as count');
    return Number(r[0].count);
  }
}
