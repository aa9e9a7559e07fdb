// The compliance feature's jobs: the security-pattern detector over the audit log, every five minutes.
import type { FeatureJobs } from '../../platform/queues';
import type { SecurityDetector } from './security';

export const complianceJobs = (detector: SecurityDetector): FeatureJobs => ({
  jobs: [{ queue: 'maintenance', name: 'security-patterns', run: () => detector.run(), schedule: { every: 300_000 } }],
});
