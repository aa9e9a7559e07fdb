// Users' own data exports: a request is a row (PostgreSQL is the source of truth), built by a worker job into one
// ZIP file that only its requester may download, for 24 hours.
export const EXPORT_STATES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];
export const STATE_LABELS: Record<ExportState, string> = {
  queued: 'Waiting to start',
  running: 'Being built',
  ready: 'Ready to download',
  failed: 'Failed',
  expired: 'Expired (file deleted)',
};

/** How long a ready file may be downloaded; the sweep deletes it after. */
export const EXPIRY_MS = 24 * 3_600_000;
/** A running export whose worker has not written progress for this long is started again by the sweep. */
export const STALE_MS = 5 * 60_000;
/** Exports a user may request within 24 hours (each counts as a lead export for the security patterns). */
export const DAILY_LIMIT = 3;
/** Exports of the lead list a user may request within 24 hours (each a lead export too). */
export const LEADS_DAILY_LIMIT = 20;
export const EXPORT_KINDS = ['account', 'leads'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const LEAD_FORMATS = ['csv', 'json'] as const;
export type LeadFormat = (typeof LEAD_FORMATS)[number];
/**
 * What an export of the list reads: the list's parameters as the page had them (the exact e-mail or phone of a
 * lookup, a personal value, sealed by the data cipher) and when they were read (the stale cut-off).
 */
export interface LeadExportFilter {
  values: Record<string, string>;
  lookupSealed?: string;
  /** The search text, sealed too (it is often a person's name). */
  qSealed?: string;
  at: string;
}
/** Why a request is refused (shown beside the button). */
export const REFUSED = {
  pending: 'An export of your data is already being prepared. Wait for it to finish (you will be told).',
  daily: `You can ask for ${DAILY_LIMIT} exports a day. Download the last one, or try again tomorrow.`,
  leadsDaily: `You can export the lead list ${LEADS_DAILY_LIMIT} times a day. Download an earlier one, or try again tomorrow.`,
};

/** A build that failed this many times is marked failed for good. */
export const MAX_ATTEMPTS = 3;
export const BUILD_JOB = 'export-build';
export const SWEEP_JOB = 'exports-sweep';
export const jobIdOf = (exportId: number) => `export-${exportId}`;

/** Rows written to each file of the ZIP. */
export interface ExportCounts {
  leads: number;
  consents: number;
  history: number;
  campaigns: number;
}

export interface DataExport {
  id: number;
  createdBy: number;
  kind: ExportKind;
  format: LeadFormat | null;
  filter: LeadExportFilter | null;
  state: ExportState;
  rowsDone: number;
  rowsTotal: number;
  /** The account export's counts, or the lead list export's rows. */
  counts: ExportCounts | { rows: number } | null;
  runToken: string | null;
  attempts: number;
  filePath: string | null;
  fileBytes: number | null;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  heartbeatAt: Date | null;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

/** What the page and its polling script show. */
export interface ExportProgress {
  id: number;
  state: ExportState;
  label: string;
  percent: number;
  rowsDone: number;
  rowsTotal: number;
}

export const progressOf = (e: DataExport): ExportProgress => ({
  id: e.id,
  state: e.state,
  label: STATE_LABELS[e.state],
  percent: e.state === 'ready' ? 100 : e.rowsTotal > 0 ? Math.min(99, Math.floor((100 * e.rowsDone) / e.rowsTotal)) : 0,
  rowsDone: e.rowsDone,
  rowsTotal: e.rowsTotal,
});

/** Whether the file may still be downloaded at `now`. */
export const downloadable = (e: DataExport, now: Date) =>
  e.state === 'ready' && e.expiresAt !== null && e.expiresAt.getTime() > now.getTime();
