// The policy in force of each kind.
import type { PoliciesStore } from './data/policiesStore';
import type { PolicyKind, PolicyVersion } from './model';

export class PoliciesService {
  constructor(private readonly store: PoliciesStore) {}

  current(kind: PolicyKind): Promise<PolicyVersion | undefined> {
    return this.store.current(kind);
  }
}
