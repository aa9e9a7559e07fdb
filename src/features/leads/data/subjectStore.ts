// A data subject's leads across every owner (the access report and erasure of the subjects feature): found by
// blind index, merged ones included; read in full; anonymized in the caller's transaction (personal fields, their
// history values, consent evidence naming the person, their search words and duplicate pairs).
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { ConsentRecord, HistoryEntry, Lead } from '../model';
import { LEAD_COLUMNS, type LeadsStore } from './leadsStore';
import type { RecordsStore } from './recordsStore';

export type SubjectLead = Lead & { erasedAt: Date | null };
/** What an anonymized lead was known by: its blind indexes (for the suppression list). */
export interface AnonymizedLead {
  id: number;
  emailBidx: string | null;
  phoneBidx: string | null;
  /** The e-mail address it held (to find the messages sent to it), or null. */
  email: string | null;
}

/** History fields whose values are about the person (plain or encrypted). */
export const PERSONAL_HISTORY_FIELDS = [
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'address',
  'notes',
  'source',
  'tags',
  'basis.method',
  'basis.source',
  'basis.wording',
];
export const ERASED = '[erased]';
export const ERASED_NAME = { first: 'Erased', last: 'person' };

const SHORT = 3;
const escapeRe = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `v` as a whole word (no letter, digit or _ either side), case-insensitively. */
const hasWord = (text: string, v: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRe(v)}(?![\\p{L}\\p{N}_])`, 'iu').test(text);

/**
 * `text` unless it names the person, then ERASED: it contains one of `values` case-insensitively, or, for a value
 * shorter than three characters (a name like Al or Jo), holds it as a whole word.
 */
export function scrub(text: string | null, values: string[]): string | null {
  if (text === null) return null;
  const t = text.toLowerCase();
  const names = (v: string) => (v.length >= SHORT ? t.includes(v.toLowerCase()) : hasWord(text, v));
  return values.some((v) => v.trim() !== '' && names(v.trim())) ? ERASED : text;
}

type Row = Record<string, any>;
const HISTORY_LIMIT = 10_000;

export class SubjectStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
    private readonly leads: LeadsStore,
    private readonly records: RecordsStore,
  ) {}

  /**
   * Every lead (live or merged) whose e-mail or phone has this blind index, and the leads merged with those (into
   * them or they into it: the same person, whose values a merge copied over), oldest first.
   */
  async leadIds(kind: 'email' | 'phone', bidx: string): Promise<number[]> {
    const col = kind === 'email' ? 'email_bidx' : 'phone_bidx';
    const { rows }: { rows: Row[] } = await this.db.raw(
      `with recursive found(id, merged_into_id) as (
         select id, merged_into_id from leads where ?? = ?
         union
         select n.id, n.merged_into_id from found f cross join lateral (
           select id, merged_into_id from leads where merged_into_id = f.id
           union all select id, merged_into_id from leads where id = f.merged_into_id) n
       ) select distinct id from found order by id`,
      [col, bidx],
    );
    return rows.map((r) => Number(r.id));
  }

  async leadsOf(ids: number[]): Promise<SubjectLead[]> {
    if (!ids.length) return [];
    const rows: Row[] = await this.db('leads')
      .select([...LEAD_COLUMNS, 'leads.erased_at'])
      .whereIn('leads.id', ids)
      .orderBy('leads.id');
    return rows.map((r) => ({ ...this.leads.toLead(r), erasedAt: r.erased_at ?? null }));
  }

  history(ids: number[]): Promise<HistoryEntry[]> {
    return ids.length ? this.records.history(ids, HISTORY_LIMIT) : Promise.resolve([]);
  }

  consents(ids: number[]): Promise<ConsentRecord[]> {
    return ids.length ? this.records.consents(ids) : Promise.resolve([]);
  }

  /**
   * Anonymizes the leads (locked first) and everything derived from their personal values, at the caller's time `by.at`;
   * returns what they were.
   */
  async anonymize(
    ids: number[],
    by: { userId: number | null; note: string; at: Date },
    trx: Knex.Transaction,
  ): Promise<AnonymizedLead[]> {
    if (!ids.length) return [];
    const rows: Row[] = await trx('leads')
      .select(['id', 'first_name', 'last_name', 'company', 'job_title', 'email_enc', 'phone_enc', 'email_bidx'])
      .select(['phone_bidx', 'basis_method', 'basis_source', 'basis_wording'])
      .select(trx.raw('tsvector_to_array(search) as words'))
      .whereIn('id', ids)
      .orderBy('id')
      .forUpdate();
    const values = rows.flatMap((r) =>
      [r.first_name, r.last_name, r.company, r.job_title, this.plain(r.email_enc), this.plain(r.phone_enc)].filter(
        (v): v is string => typeof v === 'string' && v !== '',
      ),
    );
    const { userId, note, at: now } = by;
    for (const r of rows)
      await trx('leads')
        .where({ id: r.id })
        .update({
          first_name: ERASED_NAME.first,
          last_name: ERASED_NAME.last,
          ...{ company: null, job_title: null, email_enc: null, phone_enc: null, address_enc: null, notes_enc: null },
          ...{ email_bidx: null, phone_bidx: null, source: null, tags: [], do_not_contact: true },
          basis_method: scrub(r.basis_method, values),
          basis_source: scrub(r.basis_source, values),
          basis_wording: scrub(r.basis_wording, values),
          erased_at: now,
          updated_at: now,
        });
    const found = rows.map((r) => Number(r.id));
    await this.eraseHistory(found, trx);
    await this.eraseConsents(found, values, trx);
    await this.dropWords([...new Set(rows.flatMap((r) => (r.words as string[] | null) ?? []))], trx);
    await trx('lead_duplicates').whereIn('lead_id', found).orWhereIn('other_id', found).delete();
    await trx('lead_history').insert(
      found.map((id) => ({
        lead_id: id,
        user_id: userId,
        at: now,
        field: 'erased',
        new_value: note,
        encrypted: false,
      })),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      emailBidx: r.email_bidx ?? null,
      phoneBidx: r.phone_bidx ?? null,
      email: this.plain(r.email_enc),
    }));
  }

  private plain(enc: string | null): string | null {
    return this.cipher.decryptOptional(enc);
  }

  private async eraseHistory(ids: number[], trx: Knex.Transaction): Promise<void> {
    const personal = trx('lead_history').whereIn('lead_id', ids).whereIn('field', PERSONAL_HISTORY_FIELDS);
    await personal.update({
      old_value: trx.raw('case when old_value is null then null else ? end', [ERASED]),
      new_value: trx.raw('case when new_value is null then null else ? end', [ERASED]),
      encrypted: false,
      key_id: null,
    });
  }

  private async eraseConsents(ids: number[], values: string[], trx: Knex.Transaction): Promise<void> {
    const rows: Row[] = await trx('lead_consents')
      .select('id', 'method', 'source', 'wording', 'reason')
      .whereIn('lead_id', ids);
    for (const r of rows) {
      const next = {
        method: scrub(r.method, values),
        source: scrub(r.source, values),
        wording: scrub(r.wording, values),
        reason: scrub(r.reason, values),
      };
      if (Object.entries(next).some(([k, v]) => v !== r[k]))
        await trx('lead_consents').where({ id: r.id }).update(next);
    }
  }

  /** Removes the words of the erased names that no live lead has any more (lead_search_words never forgets). */
  private async dropWords(words: string[], trx: Knex.Transaction): Promise<void> {
    if (!words.length) return;
    await trx.raw(
      `delete from lead_search_words w where w.word = any(?::text[]) and not exists (
         select 1 from leads l where l.merged_into_id is null
           and l.search @@ ('''' || replace(replace(w.word, '\\', '\\\\'), '''', '''''') || '''')::tsquery)`,
      [words],
    );
  }
}
