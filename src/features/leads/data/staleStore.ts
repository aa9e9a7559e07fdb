// Leads gone stale (not verified since a date), per owner: what the weekly digest lists.
import type { Knex } from 'knex';

export class StaleLeadsStore {
  constructor(private readonly db: Knex) {}

  /** Owners with leads not verified since `before`, and up to `limit` of those leads each. */
  async staleByOwner(
    before: Date,
    limit = 20,
  ): Promise<Map<number, { total: number; leads: { id: number; name: string }[] }>> {
    const ranked = this.db('leads')
      .select('owner_id', 'id', 'first_name', 'last_name', 'company')
      .select(this.db.raw('count(*) over (partition by owner_id) as total'))
      .select(
        this.db.raw('row_number() over (partition by owner_id order by coalesce(last_verified_at, created_at)) as n'),
      )
      .whereNull('merged_into_id')
      .whereRaw('coalesce(last_verified_at, created_at) < ?', [before]);
    const rows = await this.db.from(ranked.as('r')).select('*').where('n', '<=', limit);
    const out = new Map<number, { total: number; leads: { id: number; name: string }[] }>();
    for (const r of rows) {
      const entry = out.get(r.owner_id) ?? { total: Number(r.total), leads: [] };
      entry.leads.push({
        id: Number(r.id),
        name: `${r.first_name} ${r.last_name}${r.company ? ` (${r.company})` : ''}`,
      });
      out.set(r.owner_id, entry);
    }
    return out;
  }
}
