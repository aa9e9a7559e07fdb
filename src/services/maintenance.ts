// The unattended jobs' work, shared by the worker process and tests.
import type { Services } from '.';
import type { MaintenanceJob } from './jobs';

export async function runMaintenance(s: Services, name: MaintenanceJob | string, data: { rotationId?: number } = {}): Promise<Record<string, number>> {
  switch (name) {
    case 'outbox-sweep':
      return { requeued: await s.mail.sweep() };
    case 'password-reminders':
      return { reminded: await s.accounts.sendPasswordReminders() };
    case 'session-cleanup':
      return { removed: await s.sessions.cleanup() };
    case 'lead-counts':
      return { folded: await s.dashboard.compact() };
    case 'stale-digest':
      return { queued: await s.leadActions.sendStaleDigests(s.config.LEAD_STALE_DAYS) };
    case 'keys-rotate': {
      const ids = data.rotationId ? [data.rotationId] : (await s.keyRotation.unfinished()).map((r) => r.id);
      for (const id of ids) await s.keyRotation.run(id);
      return { rotations: ids.length };
    }
    default:
      throw new Error(`unknown maintenance job ${name}`);
  }
}

/** Repeating schedules; upserted at every worker boot, so registering them is idempotent. */
export const SCHEDULES: { name: MaintenanceJob; every?: number; pattern?: string }[] = [
  { name: 'outbox-sweep', every: 60_000 },
  { name: 'lead-counts', every: 300_000 },
  { name: 'password-reminders', pattern: '0 8 * * *' },
  { name: 'session-cleanup', pattern: '30 3 * * *' },
  { name: 'stale-digest', pattern: '0 7 * * 1' },
];
