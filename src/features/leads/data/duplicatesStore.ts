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

const MATCH_REASONS: DuplicateReason[] = ['email', 'phone', 'name'];
/**
 * The probes as rows (i, e-mail and phone blind indexes, name key), then the three ways a lead matches, each by its
 * own index; live leads by coalesce(...) so that only the trigram index can serve the name search (its migration).
 */
const MATCHES_MANY_SQL = `with p as (select * from json_to_recordset(?::json) as p(i int, e text, ph text, k text))
  select p.i, l.id, l.email_bidx, l.phone_bidx, similarity(l.name_key, p.k) as sim
    from p join leads l on l.email_bidx = p.e and l.merged_into_id is null
  union all
  select p.i, l.id, l.email_bidx, l.phone_bidx, similarity(l.name_key, p.k)
    from p join leads l on l.phone_bidx = p.ph and l.merged_into_id is null
  union all
  select p.i, m.id, m.email_bidx, m.phone_bidx, m.sim from p cross join lateral (
    select id, email_bidx, phone_bidx, similarity(name_key, p.k) as sim from leads
     where coalesce(merged_into_id, 0) = 0 and name_key % p.k order by sim desc, id limit ${KEEP + 1}) m`;

export class DuplicatesStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
    private readonly leads: LeadsStore,
  ) {}

  /** Every live lead matching the probe (exact first, then most similar), whoever owns it; at most KEEP. */
  async matches(probe: Probe, excludeId?: number, trx?: Knex.Transaction): Promise<Match[]> {
    const run = async (t: Knex.Transaction) => (await this.matchesMany([probe], t, excludeId))[0];
    return trx ? run(trx) : this.db.transaction(run);
  }

  /**
   * `matches` for many probes in one statement (an import's batch, 500 rows a query): for each, exact matches
   * first (e-mail, then phone), then the most similar names, then by id; at most KEEP.
   */
  async matchesMany(probes: Probe[], trx: Knex.Transaction, excludeId?: number): Promise<Match[][]> {
    if (!probes.length) return [];
    const c = this.cipher;
    const emails = probes.map((p) => (p.email ? c.blindIndex(p.email) : null));
    const phones = probes.map((p) => (p.phone ? c.blindIndex(p.phone) : null));
    const rows = probes.map((p, i) => ({ i, e: emails[i], ph: phones[i], k: p.nameKey }));
    // The planner costs pg_trgm's % like =, and with a table scan allowed it reads every lead for each probe
    // (similarity at ~5 µs a lead) below tens of thousands of leads; the trigram index takes well under a ms.
    await trx.raw(`set local pg_trgm.similarity_threshold = ${SIMILARITY}`);
    await trx.raw('set local enable_seqscan = off');
    const { rows: found } = await trx.raw(MATCHES_MANY_SQL, [JSON.stringify(rows)]);
    await trx.raw('set local enable_seqscan = default');
    const hits: Map<number, Record<string, any>>[] = probes.map(() => new Map());
    for (const r of found as Record<string, any>[]) if (Number(r.id) !== excludeId) hits[r.i].set(Number(r.id), r);
    return hits.map((byId, i) => {
      const rank = (r: Record<string, any>) =>
        emails[i] && r.email_bidx === emails[i] ? 0 : phones[i] && r.phone_bidx === phones[i] ? 1 : 2;
      return [...byId.values()]
        .sort((a, b) => rank(a) - rank(b) || b.sim - a.sim || Number(a.id) - Number(b.id))
        .slice(0, KEEP)
        .map((r) => ({ id: Number(r.id), reason: MATCH_REASONS[rank(r)], similarity: Number(r.sim) }));
    });
  }

  /** Of these matches, the leads the scope allows, as a form or page shows them (at most 10). */
  async visible(matches: Match[], scope: LeadScope, trx: Knex = this.db): Promise<Duplicate[]> {
    return (await this.visibleMany([matches], scope, trx))[0];
  }

  /** `visible` for many lists of matches, with one query. */
  async visibleMany(lists: Match[][], scope: LeadScope, trx: Knex = this.db): Promise<Duplicate[][]> {
    const ids = [...new Set(lists.flat().map((m) => m.id))];
    if (!ids.length) return lists.map(() => []);
    const rows = await applyScope(trx('leads').select(LEAD_COLUMNS).whereRaw('leads.id = any(?)', [ids]), scope);
    const byId = new Map<number, Record<string, any>>(rows.map((r: Record<string, any>) => [Number(r.id), r]));
    return lists.map((matches) =>
      matches
        .flatMap((m) => {
          const row = byId.get(m.id);
          return row ? [{ ...this.leads.toLead(row), reason: SAY[m.reason] }] : [];
        })
        .slice(0, 10),
    );
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
