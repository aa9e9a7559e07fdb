// Attempts to bypass security, found in the audit log: per user, within the last hour, more than a threshold of
// lead URLs not found (outside their scope looks the same), lockouts of their account, failed CSRF checks, lead
// exports or lead views. Each raises one flag per pattern, user and hour, with the audit entries as evidence.
import type { AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { FlagsStore } from './data/flagsStore';
import type { Hit } from './model';
import { RULES_VERSION } from './rules';

const HOUR = 3_600_000;
export interface SecurityPattern {
  rule: string;
  action: string;
  /** Counted for the user the entry is about (a lockout), not the one who acted. */
  byTarget?: true;
  explanation: string;
}
export const SECURITY_PATTERNS: SecurityPattern[] = [
  {
    rule: 'SEC_LEAD_NOT_FOUND',
    action: 'lead.not_found',
    explanation:
      'Opened many lead addresses that do not exist or are not theirs to see: probing for other users’ leads.',
  },
  {
    rule: 'SEC_LOCKOUTS',
    action: 'login.lockout',
    byTarget: true,
    explanation: 'The account was locked out again and again by wrong passwords: someone is guessing it.',
  },
  {
    rule: 'SEC_CSRF_FAILURES',
    action: 'security.csrf_failure',
    explanation:
      'Many forms were sent without a valid CSRF token: requests forged or replayed from outside the portal.',
  },
  {
    rule: 'SEC_EXPORT_BURST',
    action: 'lead.export',
    explanation: 'Exported leads many times within an hour: data may be being taken out.',
  },
  {
    rule: 'SEC_VIEW_BURST',
    action: 'lead.view',
    explanation: 'Opened a very large number of leads within an hour: scraping the lead base.',
  },
];
/** Per rule, how many entries within an hour raise the flag (SECURITY_THRESHOLDS overrides them). */
export const DEFAULT_THRESHOLDS: Record<string, number> = {
  SEC_LEAD_NOT_FOUND: 20,
  SEC_LOCKOUTS: 3,
  SEC_CSRF_FAILURES: 10,
  SEC_EXPORT_BURST: 5,
  SEC_VIEW_BURST: 300,
};

export class SecurityDetector {
  constructor(
    private readonly audit: AuditService,
    private readonly flags: FlagsStore,
    private readonly clock: Clock,
    private readonly thresholds: Record<string, number>,
  ) {}

  async run(): Promise<{ flagged: number }> {
    const now = this.clock();
    const since = new Date(now.getTime() - HOUR);
    let flagged = 0;
    for (const p of SECURITY_PATTERNS) {
      const min = this.thresholds[p.rule] ?? DEFAULT_THRESHOLDS[p.rule];
      for (const b of await this.audit.bursts([p.action], p.byTarget ? [p.action] : [], since, min)) {
        const hit: Hit = {
          rule: p.rule,
          family: 'security',
          weight: 0,
          explanation: p.explanation,
          detail: `${b.n} in the last hour (threshold ${min})`,
        };
        const flag = await this.flags.insert({
          kind: 'security',
          campaignId: null,
          userId: b.userId,
          state: 'open',
          verdict: 'review',
          score: b.n,
          hits: [hit],
          evidence: { auditIds: b.ids.slice(-500), window: { from: since.toISOString(), to: now.toISOString() } },
          rulesVersion: RULES_VERSION,
          dedupeKey: `${p.rule}:${b.userId}:${Math.floor(now.getTime() / HOUR)}`,
          createdAt: now,
        });
        if (flag) flagged++;
      }
    }
    return { flagged };
  }
}
