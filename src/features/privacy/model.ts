// Privacy requests: kinds, states and what may follow what, the due date (30 days after receipt, extended by at
// most two months past it in all, Article 12(3)), the queue's highlighting, and the chart's monthly figures.
// Pure: no I/O.

export const KINDS = ['question', 'access', 'rectification', 'erasure', 'objection', 'other'] as const;
export type RequestKind = (typeof KINDS)[number];
export const KIND_LABELS: Record<RequestKind, string> = {
  question: 'A question',
  access: 'Access to my data',
  rectification: 'Correction of my data',
  erasure: 'Erasure of my data',
  objection: 'Objection / withdraw my consent',
  other: 'Something else',
};

export const STATES = ['verifying', 'new', 'in_progress', 'done', 'refused'] as const;
export type RequestState = (typeof STATES)[number];
export const STATE_LABELS: Record<RequestState, string> = {
  verifying: 'Verifying address',
  new: 'New',
  in_progress: 'In progress',
  done: 'Done',
  refused: 'Refused',
};
export const CLOSED: readonly RequestState[] = ['done', 'refused'];
/** The states an officer may move a request to from each state (confirmation alone moves it out of verifying). */
export const NEXT_STATES: Record<RequestState, RequestState[]> = {
  verifying: ['refused'],
  new: ['in_progress', 'done', 'refused'],
  in_progress: ['done', 'refused'],
  done: ['in_progress'],
  refused: ['in_progress'],
};

export const LIMITS = { name: 200, email: 254, phone: 40, message: 10_000, note: 10_000, reason: 2_000 } as const;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const DUE_DAYS = 30;
export const MAX_EXTENSION_MONTHS = 2;
const DAY_MS = 86_400_000;

export interface PrivacyRequest {
  id: number;
  reference: string;
  kind: RequestKind;
  state: RequestState;
  name: string;
  email: string;
  emailBidx: string;
  phone: string | null;
  message: string;
  receivedAt: Date;
  confirmedAt: Date | null;
  originalDueAt: Date;
  dueAt: Date;
  closedAt: Date | null;
  refusalReason: string | null;
  outcome: string | null;
  attachment: { name: string; type: string; bytes: number; removed: boolean } | null;
}

export type EventKind =
  'received' | 'confirmed' | 'state' | 'note' | 'reply' | 'extension' | 'outcome' | 'objection' | 'attachment_removed';
export interface RequestEvent {
  id: number;
  at: Date;
  actorId: number | null;
  actorName?: string;
  kind: EventKind;
  body: string | null;
  details: Record<string, unknown> | null;
}

export const referenceOf = (id: number, receivedAt: Date) =>
  `PR-${receivedAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`;

export const dueDateOf = (receivedAt: Date) => new Date(receivedAt.getTime() + DUE_DAYS * DAY_MS);

/** `at` plus `months` calendar months, the day kept or clamped to the month's last (as PostgreSQL's interval). */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** The latest a request's due date may be moved to. */
export const latestDueOf = (originalDueAt: Date) => addMonths(originalDueAt, MAX_EXTENSION_MONTHS);

export type Urgency = 'overdue' | 'due_soon' | null;
/** Open requests past their due date are overdue; those due within seven days are due this week. */
export function urgencyOf(r: Pick<PrivacyRequest, 'state' | 'dueAt'>, now: Date): Urgency {
  if (CLOSED.includes(r.state)) return null;
  if (r.dueAt.getTime() < now.getTime()) return 'overdue';
  return r.dueAt.getTime() - now.getTime() <= 7 * DAY_MS ? 'due_soon' : null;
}

export const isClosed = (state: RequestState) => CLOSED.includes(state);

export interface MonthFigures {
  month: string;
  byKind: Record<RequestKind, number>;
  /** Days from receipt to closing of the requests closed that month (null: none closed). */
  medianDays: number | null;
  averageDays: number | null;
}

const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/** The last `months` months up to `now`: requests received by kind, and days to answer those closed. */
export function monthlyFigures(
  rows: { kind: RequestKind; receivedAt: Date; closedAt: Date | null }[],
  now: Date,
  months = 12,
): MonthFigures[] {
  const list: MonthFigures[] = [];
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  for (let i = months - 1; i >= 0; i--) {
    const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<RequestKind, number>;
    list.push({ month: monthOf(addMonths(start, -i)), byKind, medianDays: null, averageDays: null });
  }
  const at = new Map(list.map((m) => [m.month, m]));
  const days = new Map<string, number[]>();
  for (const r of rows) {
    const m = at.get(monthOf(r.receivedAt));
    if (m) m.byKind[r.kind] += 1;
    if (!r.closedAt) continue;
    const closed = monthOf(r.closedAt);
    days.set(closed, [...(days.get(closed) ?? []), (r.closedAt.getTime() - r.receivedAt.getTime()) / DAY_MS]);
  }
  for (const m of list) {
    const d = (days.get(m.month) ?? []).sort((a, b) => a - b);
    if (!d.length) continue;
    const mid = Math.floor(d.length / 2);
    const median = d.length % 2 ? d[mid] : (d[mid - 1] + d[mid]) / 2;
    m.medianDays = Math.round(median * 10) / 10;
    m.averageDays = Math.round((d.reduce((a, b) => a + b, 0) / d.length) * 10) / 10;
  }
  return list;
}
