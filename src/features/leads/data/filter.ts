// The lead list's filters as a query on live leads inside a scope: shared by the list and campaign audiences.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { LeadScope } from '../access';
import type { LeadFilter } from '../model';
import { applyScope } from './scope';
import { toPrefixQuery } from './search';

export function filterLeads(db: Knex, cipher: DataCipher, filter: LeadFilter, scope: LeadScope): Knex.QueryBuilder {
  const q = applyScope(db('leads'), scope);
  if (filter.statusId) q.where('leads.status_id', filter.statusId);
  if (filter.ownerId) q.where('leads.owner_id', filter.ownerId);
  if (filter.teamId) q.where('leads.team_id', filter.teamId);
  if (filter.tag) q.whereRaw('leads.tags @> ?::text[]', [[filter.tag]]);
  if (filter.source) q.where('leads.source', filter.source);
  if (filter.createdFrom) q.where('leads.created_at', '>=', filter.createdFrom);
  if (filter.createdTo) q.where('leads.created_at', '<', filter.createdTo);
  // Stale: not verified (or, never verified, not created) since then. A lead is only verified after it was
  // created (constraint leads_verified_after_created), so it was also created before then: that second,
  // implied condition lets the created_at indexes start their range there instead of skipping newer leads.
  if (filter.staleBefore)
    q.whereRaw('coalesce(leads.last_verified_at, leads.created_at) < ?', [filter.staleBefore]).where(
      'leads.created_at',
      '<',
      filter.staleBefore,
    );
  const tsq = filter.tsquery ?? (filter.q ? toPrefixQuery(filter.q) : undefined);
  if (tsq && filter.tsquery) q.whereRaw('leads.search @@ ?::tsquery', [tsq]);
  else if (tsq) q.whereRaw(`leads.search @@ to_tsquery('simple', ?)`, [tsq]);
  if (filter.lookup) {
    const idx = cipher.blindIndex(filter.lookup);
    q.where((w) => {
      w.where('leads.email_bidx', idx).orWhere('leads.phone_bidx', idx);
    });
  }
  return q;
}
