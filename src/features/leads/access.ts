// THE access rule for leads, in one place, as a pure policy: who may read a lead, change it, change its compliance
// fields, and be given it. Every lead query applies it through data/scope.ts; every page and action asks it here.
//   staff: the leads they own or that belong to their team (read and change)
//   admin: every lead (read and change)
//   compliance: every lead (read); only compliance fields (do-not-contact, consent corrections) change
import type { User } from '../accounts';

export type LeadScope = { kind: 'all' } | { kind: 'mine'; userId: number; teamId: number | null } | { kind: 'none' };
export type ScopeUser = Pick<User, 'id' | 'role'> & { teamId: number | null };
type Candidate = Pick<User, 'id' | 'role' | 'status'> & { teamId: number | null };

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

/** The rule itself: it looks only at a lead's owner and team (data/scope.ts says the same in SQL). */
export function allows(scope: LeadScope, lead: { ownerId: number; teamId: number | null }): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return lead.ownerId === scope.userId || (scope.teamId !== null && lead.teamId === scope.teamId);
}

export const canWrite = (user: ScopeUser, lead: { ownerId: number; teamId: number | null }) =>
  allows(writeScope(user), lead);
export const canChangeCompliance = (user: ScopeUser) => complianceScope(user).kind === 'all';

/**
 * Who `actor` may give a lead to: never a compliance officer; the lead's current owner may stay (even if since
 * deactivated, so saving never silently reassigns it); otherwise an active user who is the actor, in the actor's
 * team, or anyone active when the actor is an admin.
 */
export function mayBeGivenLead(actor: ScopeUser, candidate: Candidate, currentOwnerId?: number): boolean {
  if (candidate.role === 'compliance') return false;
  if (candidate.id === currentOwnerId) return true;
  if (candidate.status !== 'active') return false;
  return (
    actor.role === 'admin' || candidate.id === actor.id || (actor.teamId !== null && candidate.teamId === actor.teamId)
  );
}
