// Maintenance windows, incidents and the notices they owe, as the rest of the feature sees them.
import type { Role } from '../accounts';

export type { Role };

export const IMPACTS = ['read_only', 'full_stop'] as const;
export type Impact = (typeof IMPACTS)[number];
export const IMPACT_LABEL: Record<Impact, string> = { read_only: 'Read-only', full_stop: 'Full stop' };

export interface MaintenanceWindow {
  id: number;
  startsAt: Date;
  endsAt: Date;
  impact: Impact;
  /** null: everyone. */
  roles: Role[] | null;
  message: string;
  revision: number;
  cancelledAt: Date | null;
  endedEarlyAt: Date | null;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export type WindowPhase = 'upcoming' | 'in_progress' | 'completed' | 'cancelled';
export const phaseOf = (w: MaintenanceWindow, now: Date): WindowPhase =>
  w.cancelledAt ? 'cancelled' : now < w.startsAt ? 'upcoming' : now < w.endsAt ? 'in_progress' : 'completed';

export const affects = (roles: Role[] | null, role: Role): boolean => roles === null || roles.includes(role);

export interface WindowInput {
  startsAt: Date;
  endsAt: Date;
  impact: Impact;
  roles: Role[] | null;
  message: string;
}

export const INCIDENT_IMPACTS = ['minor', 'major', 'critical'] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];
export const INCIDENT_STATES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];
/** The parts of the portal an incident can affect. */
export const PARTS = ['portal', 'sign-in', 'leads', 'campaigns', 'e-mail delivery', 'imports and exports'] as const;

export interface IncidentUpdate {
  id: number;
  incidentId: number;
  state: IncidentState;
  body: string;
  createdAt: Date;
}
export interface Incident {
  id: number;
  title: string;
  impact: IncidentImpact;
  parts: string[];
  roles: Role[] | null;
  openedAt: Date;
  resolvedAt: Date | null;
  updates: IncidentUpdate[];
}

export type NoticeKind = `reminder-${number}h` | 'start' | 'end' | 'changed' | 'cancelled' | 'incident';
export type NoticeState = 'pending' | 'sending' | 'done' | 'skipped';
export interface Notice {
  id: number;
  windowId: number | null;
  updateId: number | null;
  kind: NoticeKind;
  revision: number;
  dueAt: Date;
  state: NoticeState;
  skipReason: string | null;
  cursor: number;
  createdAt: Date;
  doneAt: Date | null;
  /** A "changed" notice: the window as it was before. */
  detail: Record<string, unknown> | null;
}
/** Per notice: how many users it was written to, delivered, given up or still failing. */
export interface NoticeCounts {
  noticeId: number;
  due: number;
  sent: number;
  failed: number;
}

/** The outbox kind of every status e-mail: delivered even during a full stop (other mail waits). */
export const STATUS_MAIL_PREFIX = 'status.';
