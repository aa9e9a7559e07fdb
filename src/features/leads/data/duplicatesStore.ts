// Possible duplicates: found when a lead is saved (same e-mail or phone through the blind index, or a similar
// name + company through pg_trgm), among all live leads, and kept as pairs in both directions so the lead page
// reads them with one index lookup. Whoever reads them still gets only the leads their scope allows.
import type { Knex } from 'knex';
import { prepared } from '../../../platform/db';
import type { DataCipher } from '../../../platform/crypto';
import type { LeadScope } from '../access';
import { nameKey, type Duplicate, type DuplicateReason, type Lead, type Match } from '../model';
import { LEAD_COLUMNS, type LeadsStore } from './leadsStore';
import { applyScope } from './scope';

export type Probe = { email: string | null; phone: string | null; nameKey: string };
export const probeOf = (f: Pick<Lead, 'email' | 'phone' | 'firstName' | 'lastName' | 'company'>): Probe => ({
  email: f.email,
  phone: f.phone,
  nameKey: nameKey(f),
});

/** How close name + company must be (pg_trgm similarity) to count as a possible duplicate. */
const SIMILARITY = 0.6;
/** Matches kept per lead: enough for every warning and lead page (each shows 10 the reader may see). */
const KEEP = 50;
const RANK = "case d.reason when 'email' then 1 when 'phone' then 2 else 3 end";
const SAY: Record<DuplicateReason, string> = {
  email: 'same e-mail address',
  phone: 'same phone number',
  name: 'similar name and company',
};

/**
 * Exact pairs among live leads (same e-mail, same phone, or same name + company), at most 20 per lead: for
 * leads stored in bulk (seed:demo, and the migration that created the table). Fuzzy-only pairs come from saves.
 */
export const EXACT_PAIRS_SQL = `insert into lead_duplicates (lead_id, other_id, reason, similarity)
  select lead_id, other_id, reason, 1 from (
    select lead_id, other_id, reason, row_number() over (partition by lead_id order by rank, other_id) as n from (
      select distinct on (lead_id, other_id) lead_id, other_id, reason, rank from (
        select a.id as lead_id, b.id as other_id, 'email' as reason, 1 as rank from leads a join leads b on b.email_bidx = a.email_bidx
         where a.merged_into_id is null and b.merged_into_id is null and a.id <> b.id
        union all
        select a.id, b.id, 'phone', 2 from leads a join leads b on b.phone_bidx = a.phone_bidx
         where a.merged_into_id is null and b.merged_into_id is null and a.id <> b.id
        union all
        select a.id, b.id, 'name', 3 from leads a join leads b on b.name_key = a.name_key
         where a.merged_into_id is null and b.merged_into_id is null and a.id <> b.id
      ) m order by lead_id, other_id, rank
    ) p
  ) ranked where n <= 20
  on conflict do nothing`;

export class DuplicatesStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
    private readonly leads: LeadsStore,
  ) {}

  /** Every live lead matching the probe (exact first, then most similar), whoever owns it; at most KEEP. */
  async matches(probe: Probe, excludeId?: number, trx?: Knex.Transaction): Promise<Match[]> {
    const c = this.cipher;
    const emailIdx = probe.email ? c.blindIndex(probe.email) : null;
    const phoneIdx = probe.phone ? c.blindIndex(probe.phone) : null;
    const run = async (t: Knex.Transaction) => {
      await t.raw(`set local pg_trgm.similarity_threshold = ${SIMILARITY}`);
      const q = t('leads')
        .select('id', 'email_bidx', 'phone_bidx', t.raw('similarity(name_key, ?) as sim', [probe.nameKey]))
        .whereNull('merged_into_id')
        .where((w) => {
          if (emailIdx) w.orWhere('email_bidx', emailIdx);
          if (phoneIdx) w.orWhere('phone_bidx', phoneIdx);
          w.orWhereRaw('name_key % ?', [probe.nameKey]);
        })
        .orderByRaw('email_bidx is not distinct from ? desc, phone_bidx is not distinct from ? desc, sim desc, id', [
          emailIdx,
          phoneIdx,
        ])
        .limit(KEEP);
      if (excludeId) q.whereNot('id', excludeId);
      return q;
    };
    const rows = trx ? await run(trx) : await this.db.transaction(run);
    return rows.map((r: Record<string, any>) => ({
      id: Number(r.id),
      reason:
        emailIdx && r.email_bidx === emailIdx ? 'email' : phoneIdx && r.phone_bidx === phoneIdx ? 'phone' : 'name',
      similarity: Number(r.sim),
    }));
  }

  /** Of these matches, the leads the scope allows, as a form or page shows them (at most 10). */
  async visible(matches: Match[], scope: LeadScope, trx: Knex = this.db): Promise<Duplicate[]> {
    if (!matches.length) return [];
    const rows = await applyScope(
      trx('leads')
        .select(LEAD_COLUMNS)
        .whereIn(
          'leads.id',
          matches.map((m) => m.id),
        ),
      scope,
    );
    const byId = new Map<number, Record<string, any>>(rows.map((r: Record<string, any>) => [Number(r.id), r]));
    return matches
      .flatMap((m) => {
        const row = byId.get(m.id);
        return row ? [{ ...this.leads.toLead(row), reason: SAY[m.reason] }] : [];
      })
      .slice(0, 10);
  }

  /** Replaces the lead's pairs (both directions) with these matches. */
  async replace(leadId: number, matches: Match[], trx: Knex.Transaction): Promise<void> {
    await this.remove(leadId, trx);
    // Only leads still there (one may have been removed since the match was found), kept from removal meanwhile.
    const present = new Set(
      (
        await trx('leads')
          .select('id')
          .whereIn(
            'id',
            matches.map((m) => m.id),
          )
          .forKeyShare()
      ).map((r) => Number(r.id)),
    );
    const rows = matches
      .filter((m) => present.has(m.id))
      .flatMap((m) => [
        { lead_id: leadId, other_id: m.id, reason: m.reason, similarity: m.similarity },
        { lead_id: m.id, other_id: leadId, reason: m.reason, similarity: m.similarity },
      ]);
    if (!rows.length) return;
    await trx('lead_duplicates').insert(rows).onConflict(['lead_id', 'other_id']).merge(['reason', 'similarity']);
  }

  /** Forgets every pair of the lead (it was merged away). */
  async remove(leadId: number, trx: Knex.Transaction): Promise<void> {
    await trx('lead_duplicates').where('lead_id', leadId).orWhere('other_id', leadId).delete();
  }

  /** The stored possible duplicates of a lead that the scope allows (at most 10; exact ones first). */
  async of(leadId: number, scope: LeadScope): Promise<Duplicate[]> {
    const rows = await prepared(
      applyScope(
        this.db('lead_duplicates as d')
          .join('leads', 'leads.id', 'd.other_id')
          .select(LEAD_COLUMNS)
          .select('d.reason')
          .where('d.lead_id', leadId),
        scope,
      )
        .orderByRaw(`${RANK}, d.similarity desc, leads.id`)
        .limit(10, { skipBinding: true }),
    ); // a literal: see LITERAL in leadListRepo.ts
    return rows.map((r: Record<string, any>) => ({
      ...this.leads.toLead(r),
      reason: SAY[r.reason as DuplicateReason],
    }));
  }

  /** Exact pairs for leads stored in bulk (see EXACT_PAIRS_SQL). */
  async backfillExact(trx?: Knex.Transaction): Promise<void> {
    await (trx ?? this.db).raw(EXACT_PAIRS_SQL);
  }
}
