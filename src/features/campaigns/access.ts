// Who may see and change a campaign: staff their own; admins every campaign; compliance officers read every
// campaign and change none. Applied to queries by data/scope.ts.
import type { User } from '../accounts';

export type CampaignScope = { kind: 'all' } | { kind: 'own'; userId: number } | { kind: 'none' };
type ScopeUser = Pick<User, 'id' | 'role'>;

export const readScope = (user: ScopeUser): CampaignScope =>
  user.role === 'staff' ? { kind: 'own', userId: user.id } : { kind: 'all' };

export const writeScope = (user: ScopeUser): CampaignScope =>
  user.role === 'admin' ? { kind: 'all' } : user.role === 'staff' ? { kind: 'own', userId: user.id } : { kind: 'none' };

export const allows = (scope: CampaignScope, campaign: { ownerId: number }) =>
  scope.kind === 'all' || (scope.kind === 'own' && campaign.ownerId === scope.userId);
