// The policies feature: the Terms of Use and the Privacy Policy in versions, publishing them with everyone told,
// the interstitial that asks for acceptance, and the proof of it. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { Broadcasts, VersionLink } from '../notifications';
import { AcceptanceService } from './acceptance';
import { AcceptancesStore } from './data/acceptancesStore';
import { PoliciesStore } from './data/policiesStore';
import { PolicyEditor, versionPath } from './editor';
import { policyGate } from './routes/gate';
import { PoliciesService } from './service';

export type { PolicyKind, PolicyVersion } from './model';
export type { PoliciesService } from './service';
export type { PolicyEditor } from './editor';
export type { AcceptanceService } from './acceptance';
export { policyRoutes } from './routes';

export const policyStores = (db: Knex) => ({ policies: new PoliciesStore(db), acceptances: new AcceptancesStore(db) });
export type PolicyStores = ReturnType<typeof policyStores>;

export function createPolicies(p: Platform, stores: PolicyStores, broadcasts: Broadcasts) {
  const { db, audit, clock, config } = p;
  const policies = new PoliciesService(stores.policies, stores.acceptances, clock);
  const common = { db, policies, broadcasts, audit, clock, baseUrl: config.BASE_URL };
  /** The published versions an announcement may point to. */
  const versionLinks = async (): Promise<VersionLink[]> =>
    (await policies.published()).map((v) => ({
      id: v.id,
      label: `${v.title} version ${v.version}`,
      url: versionPath(v),
    }));
  return {
    policies,
    policyEditor: new PolicyEditor({ ...common, store: stores.policies }),
    acceptance: new AcceptanceService({ ...common, store: stores.acceptances, versions: stores.policies }),
    policyGate: policyGate(policies),
    versionLinks,
  };
}
