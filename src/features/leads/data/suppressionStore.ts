// People who must never be contacted again nor re-imported, kept only as blind indexes: e-mail addresses on the
// suppression list (opt-outs, bounces, erasure, objection) and phone numbers of erased or objecting people.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { SuppressionReason } from '../model';

export type PersonReason = 'erased' | 'objected';
export interface PersonKey {
  /** Normalized address or null. */
  email: string | null;
  /** Normalized (E.164) number or null. */
  phone: string | null;
}
export interface Suppressed {
  channel: 'email' | 'phone';
  reason: SuppressionReason;
}

export class SuppressionStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {}

  /** Why each of these people is suppressed (by position; undefined: not suppressed), in two queries. */
  async of(people: PersonKey[], trx?: Knex.Transaction): Promise<(Suppressed | undefined)[]> {
    const q = trx ?? this.db;
    const emails = people.map((p) => (p.email ? this.cipher.blindIndex(p.email) : null));
    const phones = people.map((p) => (p.phone ? this.cipher.blindIndex(p.phone) : null));
    const e = emails.filter((x): x is string => x !== null);
    const p = phones.filter((x): x is string => x !== null);
    const byEmail = new Map<string, SuppressionReason>();
    const byPhone = new Map<string, SuppressionReason>();
    if (e.length)
      for (const r of await q('email_suppressions').select('email_bidx', 'reason').whereIn('email_bidx', e))
        byEmail.set(r.email_bidx, r.reason);
    if (p.length)
      for (const r of await q('phone_suppressions').select('phone_bidx', 'reason').whereIn('phone_bidx', p))
        byPhone.set(r.phone_bidx, r.reason);
    return people.map((_, i) => {
      const er = emails[i] ? byEmail.get(emails[i]) : undefined;
      if (er) return { channel: 'email', reason: er };
      const pr = phones[i] ? byPhone.get(phones[i]) : undefined;
      return pr ? { channel: 'phone', reason: pr } : undefined;
    });
  }

  /** Suppresses the person's blind indexes; an erasure overrides an earlier reason (it is the strongest). */
  async suppress(
    index: { emailBidx: string | null; phoneBidx: string | null },
    reason: PersonReason,
    trx: Knex.Transaction,
  ): Promise<void> {
    if (index.emailBidx) {
      const ins = trx('email_suppressions').insert({ email_bidx: index.emailBidx, reason }).onConflict('email_bidx');
      await (reason === 'erased' ? ins.merge({ reason }) : ins.ignore());
    }
    if (index.phoneBidx) {
      const ins = trx('phone_suppressions').insert({ phone_bidx: index.phoneBidx, reason }).onConflict('phone_bidx');
      await (reason === 'erased' ? ins.merge({ reason }) : ins.ignore());
    }
  }
}
