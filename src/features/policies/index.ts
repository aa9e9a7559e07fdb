// The policies feature: the Terms of Use and the Privacy Policy. Other code uses it only through this file.
import type { Knex } from 'knex';
import { PoliciesStore } from './data/policiesStore';
import { PoliciesService } from './service';

export type { PolicyKind, PolicyVersion } from './model';
export type { PoliciesService } from './service';
export { policyRoutes } from './routes';

export const policyStores = (db: Knex) => ({ policies: new PoliciesStore(db) });
export type PolicyStores = ReturnType<typeof policyStores>;
export const createPolicies = (stores: PolicyStores) => new PoliciesService(stores.policies);
