// The unattended jobs' work, shared by the worker process and tests.
import type { Services } from '.';
import type { MaintenanceJob } from './jobs';

export async function runMaintenance(s: Services, name: MaintenanceJob | string): Promise<Record<string, number>> {
  switch (name) {
    case 'outbox-sweep':
      return { requeued: await s.mail.sweep() };
    case 'password-reminders':
      return { reminded: await s.accounts.sendPasswordReminders() };
    case 'session-cleanup':
      return { removed: await s.sessions.cleanup() };
    default:
      throw new Error(`unknown maintenance job ${name}`);
  }
}

/** Repeating schedules; upserted at every worker boot, so registering them is idempotent. */
export const SCHEDULES: { name: MaintenanceJob; every?: number; pattern?: string }[] = [
  { name: 'outbox-sweep', every: 60_000 },
  { name: 'password-reminders', pattern: '0 8 * * *' },
  { name: 'session-cleanup', pattern: '30 3 * * *' },
];
