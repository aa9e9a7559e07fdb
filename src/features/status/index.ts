// The status feature: maintenance windows with their notices, incidents, the portal's read-only and full-stop
// modes, the banner, and the public status page. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { NewNotification } from '../notifications';
import { IncidentsStore } from './data/incidentsStore';
import { NoticesStore } from './data/noticesStore';
import { WindowsStore } from './data/windowsStore';
import { IncidentService } from './incidents';
import { PortalMode } from './mode';
import { DEFAULT_BATCH, NoticeFanout } from './notices';
import { StatusReporter } from './report';
import { MaintenanceWindows } from './windows';
import { maintenanceGate, statusBanner } from './routes/gate';

export { statusRoutes } from './routes';
export { statusJobs } from './jobs';
export { PortalMode } from './mode';

export const statusStores = (db: Knex) => ({
  windows: new WindowsStore(db),
  notices: new NoticesStore(db),
  incidents: new IncidentsStore(db),
});
export type StatusStores = ReturnType<typeof statusStores>;

/** "72,24" → [72, 24]: the reminders' lead times in hours. */
export const reminderHours = (setting: string): number[] =>
  [...new Set(setting.split(',').map(Number))].filter((h) => Number.isInteger(h) && h > 0).sort((a, b) => b - a);

export function createStatus(
  p: Platform,
  stores: StatusStores,
  health: () => Promise<Record<string, 'ok' | 'down'>>,
  notify: (rows: NewNotification[], now: Date, trx: Knex.Transaction) => Promise<number>,
) {
  const { db, audit, clock, config, jobs, mail } = p;
  const mode = new PortalMode(stores.windows, stores.incidents, clock);
  const fanout = new NoticeFanout({
    db,
    ...stores,
    mail,
    jobs,
    clock,
    statusUrl: `${config.BASE_URL}/status`,
    batchSize: config.NOTICE_BATCH ?? DEFAULT_BATCH,
    notify,
  });
  // after the change committed: a Redis error only delays its notices until the sweep (every 10 s)
  const changed = async (dueNow: number[]) => {
    mode.invalidate();
    await fanout.enqueue(dueNow).catch((err: Error) => p.log.warn({ err: err.message }, 'notices not enqueued'));
  };
  // a full stop ended early (or shortened): the mail it held goes now, not at its planned end
  const ended = async () => {
    mode.invalidate();
    await mail
      .releaseHeld(String(Date.now()))
      .catch((err: Error) => p.log.warn({ err: err.message }, 'held mail not released'));
  };
  const maintenance = new MaintenanceWindows({
    db,
    windows: stores.windows,
    notices: stores.notices,
    audit,
    clock,
    reminderHours: reminderHours(config.MAINTENANCE_REMINDER_HOURS),
    changed,
    ended,
  });
  const incidents = new IncidentService({
    db,
    incidents: stores.incidents,
    notices: stores.notices,
    audit,
    clock,
    changed,
  });
  return {
    portalMode: mode,
    noticeFanout: fanout,
    maintenance,
    incidents,
    statusReporter: new StatusReporter(stores.windows, incidents, health, clock, config.BASE_URL),
    maintenanceGate: maintenanceGate(mode, clock),
    statusBanner: statusBanner(mode, maintenance, clock),
  };
}
