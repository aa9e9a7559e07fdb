// The lead list's queries as shapes (platform/shapes.ts): what of a filter and a scope decides the SQL (the key),
// and which of their values are bound as parameters.
import type { Param } from '../../../platform/shapes';
import type { LeadScope } from '../access';
import type { LeadFilter } from '../model';

const FIELDS = [
  'statusId',
  'ownerId',
  'teamId',
  'tag',
  'source',
  'createdFrom',
  'createdTo',
  'staleBefore',
  'tsquery',
] as const;

/**
 * Whether a filter's SQL takes its values as they are. An exact lookup binds the value's blind index and a search
 * without expanded prefixes its prefix query: values derived from the filter, compiled by knex every time.
 */
export const hasShape = (f: LeadFilter) => !f.lookup && (Boolean(f.tsquery) || !f.q);

/** Which of the filter's fields are set: the SQL has a condition for each. */
export const filterKey = (f: LeadFilter | undefined) => (f ? FIELDS.filter((k) => f[k] !== undefined).join(',') : '-');

export function paramFilter(f: LeadFilter, param: Param): LeadFilter {
  const out: LeadFilter = { ...f };
  const put = <K extends (typeof FIELDS)[number]>(k: K) => {
    const v = f[k];
    if (v !== undefined) out[k] = param(v as NonNullable<LeadFilter[K]>);
  };
  FIELDS.forEach(put);
  return out;
}

/** The scope's kind, whether it has a team, and whether the user owns leads outside it (see scopeParts). */
export const scopeKey = (s: LeadScope, outside = false) =>
  s.kind === 'mine' ? `mine:${s.teamId === null ? 'no team' : 'team'}${outside ? '+outside' : ''}` : s.kind;

export const paramScope = (s: LeadScope, param: Param): LeadScope =>
  s.kind === 'mine' ? { kind: 'mine', userId: param(s.userId), teamId: s.teamId === null ? null : param(s.teamId) } : s;
