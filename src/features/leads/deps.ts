// What the leads feature needs of other features, as narrow interfaces (wired in src/services.ts).
import type { User, UserAdminService } from '../accounts';
import type { OrganisationService } from '../organisation';

/** The users a lead may be owned by, and its owners' details (the accounts feature). */
export type LeadPeople = Pick<UserAdminService, 'find' | 'list'>;
/** The lead statuses admins keep (the organisation feature). */
export type LeadStatuses = Pick<OrganisationService, 'listStatuses'>;
/** Creating the demo users and teams (seed:demo). */
export interface DemoDirectory {
  create(
    input: { email: string; name: string; role: string },
    password: string,
    actor: { userId: number | null },
  ): Promise<User>;
  findByEmail(email: string): Promise<User | undefined>;
}
