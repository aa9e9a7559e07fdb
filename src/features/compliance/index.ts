// The compliance feature: the spam and malware scorer every campaign passes before it sends (SpamAssassin plus
// our rules), the flags it raises and the security patterns found in the audit log, the officers' review queue
// and decisions (release, reject, ask for changes, suspend, terminate with four eyes) and the case export.
// Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { UserAdminService } from '../accounts';
import type { CampaignReview, CampaignService } from '../campaigns';
import { CaseExport } from './case';
import { FlagsStore } from './data/flagsStore';
import { PreSendGate } from './gate';
import { ComplianceQueue } from './queue';
import { ComplianceReview, type ReviewDeps } from './review';
import { Scorer } from './scorer';
import { DEFAULT_THRESHOLDS, SecurityDetector } from './security';

export type { ScoreResult, Hit } from './model';
export { complianceRoutes } from './routes';
export { complianceJobs } from './jobs';
export { Scorer } from './scorer';
export { scoreFile } from './cli';
export type { ComplianceReview } from './review';

export const complianceStores = (db: Knex) => ({ flags: new FlagsStore(db) });
export type ComplianceStores = ReturnType<typeof complianceStores>;

/** The scorer and the pre-send gate, made before campaigns (which are given the gate). */
export function createContentGate(p: Platform, stores: ComplianceStores) {
  const scorer = new Scorer(p.spamd);
  return { scorer, gate: new PreSendGate(p.db, scorer, stores.flags, p.clock) };
}

/** "SEC_LOCKOUTS=5,SEC_VIEW_BURST=500" → thresholds over the defaults. */
export function securityThresholds(setting: string | undefined): Record<string, number> {
  const given = (setting ?? '')
    .split(',')
    .map((pair) => pair.split('='))
    .filter(([k, v]) => k in DEFAULT_THRESHOLDS && Number(v) > 0);
  return { ...DEFAULT_THRESHOLDS, ...Object.fromEntries(given.map(([k, v]) => [k, Number(v)])) };
}

export function createCompliance(
  p: Platform,
  stores: ComplianceStores,
  others: {
    campaignReview: CampaignReview;
    campaigns: Pick<CampaignService, 'list'>;
    users: Pick<UserAdminService, 'find' | 'list' | 'setStanding' | 'endSessions'>;
    notify: ReviewDeps['notify'];
  },
) {
  const { db, audit, mail, clock, config } = p;
  const { flags } = stores;
  return {
    complianceReview: new ComplianceReview({
      db,
      flags,
      campaigns: others.campaignReview,
      users: others.users,
      audit,
      mail,
      clock,
      notify: others.notify,
    }),
    complianceQueue: new ComplianceQueue(flags, others.campaigns, others.users, clock),
    caseExport: new CaseExport(flags, audit, others.campaignReview, others.users),
    securityDetector: new SecurityDetector(audit, flags, clock, securityThresholds(config.SECURITY_THRESHOLDS)),
  };
}
export type Compliance = ReturnType<typeof createCompliance>;
