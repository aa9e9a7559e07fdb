// The leads feature's unattended jobs: fold the dashboard's tallies, and the weekly digest of stale leads.
import type { Clock } from '../../platform/clock';
import type { FeatureJobs } from '../../platform/queues';
import type { LeadActionService } from './actions';
import type { DashboardService } from './dashboard';

export const leadJobs = (d: {
  dashboard: DashboardService;
  leadActions: LeadActionService;
  staleDays: number;
  clock: Clock;
}): FeatureJobs => ({
  jobs: [
    {
      queue: 'maintenance',
      name: 'lead-counts',
      run: async () => ({ folded: await d.dashboard.compact() }),
      schedule: { every: 300_000 },
    },
    {
      queue: 'maintenance',
      name: 'stale-digest',
      run: async () => ({ queued: await d.leadActions.sendStaleDigests(d.staleDays, d.clock()) }),
      schedule: { pattern: '0 7 * * 1' },
    },
  ],
});
