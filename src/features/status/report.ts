// The public status report behind /status, /status.json and /status.atom: the portal's checks (the same as
// /readyz), maintenance in progress, upcoming and of the last 90 days, and incidents of the last 90 days.
import { Feed } from 'feed';
import type { Clock } from '../../platform/clock';
import type { WindowsStore } from './data/windowsStore';
import type { IncidentService } from './incidents';
import { IMPACT_LABEL, phaseOf, type Incident, type MaintenanceWindow, type WindowPhase } from './model';
import { STATE_LABEL, utc, windowSummary } from './texts';

const DAY = 86_400_000;
const escape = (t: string) =>
  t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Paragraphs of plain text as the HTML the feed declares (escaped: no "]]>" can end its CDATA early either). */
const html = (paragraphs: string[]) => paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('');
export type Checks = Record<string, 'ok' | 'down'>;
export type Overall = 'operational' | 'maintenance' | 'degraded' | 'outage';

export interface StatusReport {
  status: Overall;
  checkedAt: Date;
  checks: Checks;
  maintenance: (MaintenanceWindow & { phase: WindowPhase })[];
  incidents: Incident[];
}

export class StatusReporter {
  constructor(
    private readonly windows: WindowsStore,
    private readonly incidents: IncidentService,
    private readonly health: () => Promise<Checks>,
    private readonly clock: Clock,
    private readonly baseUrl: string,
  ) {}

  async report(): Promise<StatusReport> {
    const now = this.clock();
    // the checks are shown even when the history cannot be read (PostgreSQL down is when the page matters)
    const [checks, windows, incidents] = await Promise.all([
      this.health(),
      this.windows.recent(new Date(now.getTime() - 90 * DAY)).catch(() => []),
      this.incidents.recent().catch(() => []),
    ]);
    const maintenance = windows.map((w) => ({ ...w, phase: phaseOf(w, now) }));
    const open = incidents.filter((i) => !i.resolvedAt);
    const status: Overall =
      checks.postgres === 'down' || open.some((i) => i.impact === 'critical')
        ? 'outage'
        : maintenance.some((w) => w.phase === 'in_progress')
          ? 'maintenance'
          : Object.values(checks).includes('down') || open.length
            ? 'degraded'
            : 'operational';
    return { status, checkedAt: now, checks, maintenance, incidents };
  }

  /** The report as JSON: times in ISO 8601 UTC, no user ids. */
  json(r: StatusReport) {
    return {
      status: r.status,
      checkedAt: r.checkedAt.toISOString(),
      checks: r.checks,
      maintenance: r.maintenance.map((w) => ({
        id: w.id,
        phase: w.phase,
        impact: w.impact,
        startsAt: w.startsAt.toISOString(),
        endsAt: w.endsAt.toISOString(),
        endedEarly: w.endedEarlyAt !== null,
        affects: w.roles ?? 'everyone',
        message: w.message,
      })),
      incidents: r.incidents.map((i) => ({
        id: i.id,
        title: i.title,
        impact: i.impact,
        parts: i.parts,
        openedAt: i.openedAt.toISOString(),
        resolvedAt: i.resolvedAt?.toISOString() ?? null,
        updates: i.updates.map((u) => ({ state: u.state, body: u.body, at: u.createdAt.toISOString() })),
      })),
    };
  }

  /** The report as an Atom feed: one entry per incident and per maintenance window. */
  atom(r: StatusReport, selfUrl: string): string {
    const page = `${this.baseUrl}/status`;
    const entries = [
      ...r.incidents.map((i) => ({
        title: `${i.resolvedAt ? 'Resolved' : STATE_LABEL[i.updates[0]?.state ?? 'investigating']}: ${i.title}`,
        id: `${page}#incident-${i.id}`,
        link: `${page}#incident-${i.id}`,
        date: i.updates[0]?.createdAt ?? i.openedAt,
        published: i.openedAt,
        content: html(i.updates.map((u) => `${STATE_LABEL[u.state]} (${utc(u.createdAt)}): ${u.body}`)),
      })),
      ...r.maintenance.map((w) => ({
        title: `${{ upcoming: 'Scheduled', in_progress: 'In progress', completed: 'Completed', cancelled: 'Cancelled' }[w.phase]} maintenance: ${IMPACT_LABEL[w.impact].toLowerCase()}, ${utc(w.startsAt)}`,
        id: `${page}#maintenance-${w.id}`,
        link: `${page}#maintenance-${w.id}`,
        date: w.updatedAt,
        published: w.createdAt,
        content: html([windowSummary(w), w.message].filter(Boolean)),
      })),
    ].sort((a, b) => b.date.getTime() - a.date.getTime());
    const feed = new Feed({
      title: 'Valley CRM status',
      id: page,
      link: page,
      feedLinks: { atom: selfUrl },
      updated: entries[0]?.date ?? r.checkedAt,
      copyright: 'Valley CRM',
    });
    for (const e of entries)
      feed.addItem({
        title: e.title,
        id: e.id,
        link: e.link,
        date: e.date,
        published: e.published,
        content: e.content,
        description: e.content,
      });
    return feed.atom1();
  }
}
