// What the portal is doing now, as every request needs it: the window in progress (read-only or full stop), the
// next window, the open incidents. Read from PostgreSQL at most every few seconds per process (a short cache,
// dropped at once by a change made in this process), so the switch at a window's start and end needs no
// restart and no query per request: the windows are cached, the clock decides which one is on.
import type { Clock } from '../../platform/clock';
import type { Role } from '../accounts';
import type { IncidentsStore } from './data/incidentsStore';
import type { WindowsStore } from './data/windowsStore';
import { affects, phaseOf, STATUS_MAIL_PREFIX, type Incident, type MaintenanceWindow } from './model';

export const MODE_CACHE_MS = 3000;
const ACCOUNT_MAIL = new Set(['invitation', 'reset', 'security']);
/** The banner announces windows that start within this long (and those in progress). */
export const BANNER_AHEAD_MS = 14 * 86_400_000;

interface Snapshot {
  windows: MaintenanceWindow[];
  incidents: Incident[];
  at: number;
}

export class PortalMode {
  private snapshot?: Promise<Snapshot>;
  /** The last snapshot read: used while PostgreSQL does not answer (nothing at all before the first read). */
  private lastGood: Snapshot = { windows: [], incidents: [], at: 0 };

  constructor(
    private readonly windows: WindowsStore,
    private readonly incidents: IncidentsStore,
    private readonly clock: Clock,
    private readonly cacheMs = MODE_CACHE_MS,
  ) {}

  private load(): Promise<Snapshot> {
    const fresh = this.snapshot;
    if (fresh) return fresh.then((s) => (Date.now() - s.at < this.cacheMs ? s : this.reload()));
    return this.reload();
  }

  private reload(): Promise<Snapshot> {
    const at = Date.now();
    const next = Promise.all([this.windows.current(this.clock()), this.incidents.open()]).then(
      ([windows, incidents]) => (this.lastGood = { windows: windows.filter((w) => !w.cancelledAt), incidents, at }),
      // PostgreSQL down: the portal goes on with what it knew (the pages that need the database fail on their own)
      () => ({ ...this.lastGood, at }),
    );
    this.snapshot = next;
    return next;
  }

  /** Forget the cached windows (this process just changed one). */
  invalidate(): void {
    this.snapshot = undefined;
  }

  /** The window in progress now, if any. */
  async active(): Promise<MaintenanceWindow | undefined> {
    const now = this.clock();
    return (await this.load()).windows.find((w) => phaseOf(w, now) === 'in_progress');
  }

  /** The window in progress, or the next to come within two weeks, that affects this role. */
  async nextFor(role: Role): Promise<MaintenanceWindow | undefined> {
    const now = this.clock();
    const horizon = now.getTime() + BANNER_AHEAD_MS;
    return (await this.load()).windows.find(
      (w) => affects(w.roles, role) && phaseOf(w, now) !== 'completed' && w.startsAt.getTime() <= horizon,
    );
  }

  async openIncidents(role: Role): Promise<Incident[]> {
    return (await this.load()).incidents.filter((i) => affects(i.roles, role));
  }

  /** Until when work that waits out a full stop (campaign sends, e-mail other than status notices) must wait. */
  async fullStopUntil(): Promise<Date | null> {
    const w = await this.active();
    return w?.impact === 'full_stop' ? w.endsAt : null;
  }

  /** For the outbox: status notices and account mail (invitations, resets, security alerts) go out during a full
   * stop; other mail (campaigns, digests, reminders) waits for its end. */
  static mailGoesOut = (kind: string): boolean => kind.startsWith(STATUS_MAIL_PREFIX) || ACCOUNT_MAIL.has(kind);
}
