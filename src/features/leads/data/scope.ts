// The access rule (../access.ts) applied to queries: every lead query goes through these helpers.
import type { Knex } from 'knex';
import type { LeadScope } from '../access';

/** Restricts a query on `leads` (aliased or not, via `table`) to the scope; merged leads are never live. */
export function applyScope<Q extends Knex.QueryBuilder>(q: Q, scope: LeadScope, table = 'leads'): Q {
  q.whereNull(`${table}.merged_into_id`);
  return byOwnerAndTeam(q, scope, table);
}

/** Restricts a query on `lead_counts` (live leads tallied per owner, team, status and week) to the scope. */
export function applyScopeToCounts<Q extends Knex.QueryBuilder>(q: Q, scope: LeadScope): Q {
  return byOwnerAndTeam(q, scope, 'lead_counts');
}

/** access.ts's allows() in SQL: a lead's owner and team. */
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
