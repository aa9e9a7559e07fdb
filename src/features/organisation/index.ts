// The organisation feature: teams (who shares leads) and lead statuses. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { UserAdminService } from '../accounts';
import { StatusesStore } from './data/statusesStore';
import { TeamsStore } from './data/teamsStore';
import { OrganisationService } from './service';

export type { LeadStatus, Team } from './model';
export type { OrganisationService } from './service';
export { organisationRoutes } from './routes';

export function organisationStores(db: Knex) {
  return { teams: new TeamsStore(db), statuses: new StatusesStore(db) };
}
export type OrganisationStores = ReturnType<typeof organisationStores>;

export function createOrganisation(
  p: Platform,
  stores: OrganisationStores,
  users: Pick<UserAdminService, 'find' | 'setTeam'>,
) {
  return new OrganisationService(p.db, stores.teams, stores.statuses, users, p.audit);
}
