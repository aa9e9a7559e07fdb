// The words of the status e-mails and pages: what a window means for the reader, and each notice's message.
import type { Incident, IncidentUpdate, MaintenanceWindow, Notice } from './model';
import { IMPACT_LABEL, type Impact } from './model';

const fmt = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});
export const utc = (d: Date): string => `${fmt.format(d)} UTC`;

export function duration(from: Date, to: Date): string {
  const minutes = Math.round((to.getTime() - from.getTime()) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ') || 'under a minute';
}

/** What will and will not work during a window of this impact. */
export const EFFECTS: Record<Impact, { works: string; stops: string }> = {
  read_only: {
    works: 'You can sign in and read everything: leads, campaigns, reports.',
    stops: 'Nothing can be saved: no new or edited leads, no imports, no campaign changes. Scheduled sends go on.',
  },
  full_stop: {
    works: 'Nothing, for users. Administrators keep access to end the window early.',
    stops: 'The portal is closed, reading included. Campaign sends and other e-mail wait until the window ends.',
  },
};

export const windowSummary = (w: Pick<MaintenanceWindow, 'startsAt' | 'endsAt' | 'impact'>): string =>
  `${IMPACT_LABEL[w.impact]} from ${utc(w.startsAt)} to ${utc(w.endsAt)} (${duration(w.startsAt, w.endsAt)})`;

const SUBJECTS: Record<string, (w: MaintenanceWindow) => string> = {
  start: () => 'Planned maintenance has started',
  end: (w) =>
    w.endedEarlyAt ? 'Planned maintenance ended early: the portal is back' : 'Planned maintenance is complete',
  changed: () => 'Planned maintenance has changed',
  cancelled: () => 'Planned maintenance is cancelled',
};

/** A notice's subject and body, the same for every reader but for the greeting. */
interface WindowState {
  startsAt: string;
  endsAt: string;
  impact: Impact;
  roles: string[] | null;
}
const stateSummary = (x: WindowState) =>
  `${windowSummary({ startsAt: new Date(x.startsAt), endsAt: new Date(x.endsAt), impact: x.impact })}, for ${
    x.roles ? x.roles.join(', ') : 'everyone'
  }`;

export interface Composed {
  subject: string;
  body: string;
}
export const greeting = (name: string, c: Composed) => ({ subject: c.subject, text: `Hello ${name},\n\n${c.body}` });

/** A maintenance notice. */
export function windowNotice(n: Notice, w: MaintenanceWindow, statusUrl: string): Composed {
  const when = windowSummary(w);
  const subject =
    SUBJECTS[n.kind]?.(w) ??
    `Planned maintenance in ${n.kind.slice(9)}: ${IMPACT_LABEL[w.impact].toLowerCase()} from ${utc(w.startsAt)}`;
  const lines: string[] = [];
  if (n.kind === 'end') lines.push(`The maintenance window is over (${utc(w.endsAt)}). Everything works again.`);
  else if (n.kind === 'cancelled')
    lines.push(`The maintenance planned for ${utc(w.startsAt)} will not happen. Nothing changes for you.`);
  else {
    if (n.kind === 'changed' && n.detail) {
      const { before, after } = n.detail as Record<'before' | 'after', WindowState>;
      lines.push(`Was: ${stateSummary(before)}.`, `Now: ${stateSummary(after)}.`);
    } else if (n.kind === 'start') lines.push(`Maintenance is under way: ${when}.`);
    else lines.push(`Valley CRM has planned maintenance: ${when}.`);
    lines.push('', `What works: ${EFFECTS[w.impact].works}`, `What does not: ${EFFECTS[w.impact].stops}`);
  }
  if (w.message && n.kind !== 'end' && n.kind !== 'cancelled') lines.push('', w.message);
  lines.push('', `Times in your own time zone, and every update: ${statusUrl}`);
  return { subject, body: lines.join('\n') };
}

export const STATE_LABEL: Record<IncidentUpdate['state'], string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

/** An incident update. */
export function incidentNotice(i: Incident, u: IncidentUpdate, statusUrl: string): Composed {
  return {
    subject: `[${STATE_LABEL[u.state]}] ${i.title}`,
    body: [
      `${STATE_LABEL[u.state]} (${utc(u.createdAt)}), affecting ${i.parts.join(', ')}:`,
      '',
      u.body,
      '',
      `Every update: ${statusUrl}`,
    ].join('\n'),
  };
}
