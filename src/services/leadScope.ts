// THE access rule for leads, in one place. Every lead query, form, bulk action, search, duplicate hint
// and count goes through these functions.
//   staff: the leads they own or that belong to their team (read and change)
//   admin: every lead (read and change)
//   compliance: every lead (read); only compliance fields (do-not-contact, consent corrections) change
import type { Knex } from 'knex';
import type { User } from '../data/usersRepo';

export type LeadScope = { kind: 'all' } | { kind: 'mine'; userId: number; teamId: number | null } | { kind: 'none' };
type ScopeUser = Pick<User, 'id' | 'role'> & { teamId: number | null };

export function readScope(user: ScopeUser): LeadScope {
  if (user.role === 'admin' || user.role === 'compliance') return { kind: 'all' };
  return { kind: 'mine', userId: user.id, teamId: user.teamId };
}

/** Which leads the user may edit (general fields, status, tags, owner, merge, bulk actions). */
export function writeScope(user: ScopeUser): LeadScope {
  if (user.role === 'admin') return { kind: 'all' };
  if (user.role === 'compliance') return { kind: 'none' };
  return { kind: 'mine', userId: user.id, teamId: user.teamId };
}

/** Which leads the user may change compliance fields of. */
export function complianceScope(user: ScopeUser): LeadScope {
  return user.role === 'admin' || user.role === 'compliance' ? { kind: 'all' } : { kind: 'none' };
}

/** Restricts a query on `leads` (aliased or not, via `table`) to the scope; merged leads are never live. */
export function applyScope<Q extends Knex.QueryBuilder>(q: Q, scope: LeadScope, table = 'leads'): Q {
  q.whereNull(`${table}.merged_into_id`);
  return byOwnerAndTeam(q, scope, table);
}

/** Restricts a query on `lead_counts` (live leads tallied per owner, team, status and week) to the scope. */
export function applyScopeToCounts<Q extends Knex.QueryBuilder>(q: Q, scope: LeadScope): Q {
  return byOwnerAndTeam(q, scope, 'lead_counts');
}

/** The rule itself: it looks only at a lead's owner and team. */
function byOwnerAndTeam<Q extends Knex.QueryBuilder>(q: Q, scope: LeadScope, table: string): Q {
  if (scope.kind === 'none') q.whereRaw('false');
  if (scope.kind === 'mine') {
    q.where((w) => {
      w.where(`${table}.owner_id`, scope.userId);
      if (scope.teamId !== null) w.orWhere(`${table}.team_id`, scope.teamId);
    });
  }
  return q;
}
