// The accounts feature's unattended jobs.
import type { Clock } from '../../platform/clock';
import type { FeatureJobs } from '../../platform/queues';
import type { AccountService } from './accounts';
import type { SessionService } from './sessions';

export const accountJobs = (d: { accounts: AccountService; sessions: SessionService; clock: Clock }): FeatureJobs => ({
  jobs: [
    {
      queue: 'maintenance',
      name: 'password-reminders',
      run: async () => ({ reminded: await d.accounts.sendPasswordReminders(d.clock()) }),
      schedule: { pattern: '0 8 * * *' },
    },
    {
      queue: 'maintenance',
      name: 'session-cleanup',
      run: async () => ({ removed: await d.sessions.cleanup(30, d.clock()) }),
      schedule: { pattern: '30 3 * * *' },
    },
  ],
});
