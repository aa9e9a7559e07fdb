// The imports feature's domain: an import and its states, the lead fields a column may be mapped to, a mapping
// (a column or one value for the whole file, per field), and the pure reading of one row into a lead form.
import crypto from 'node:crypto';

export const IMPORT_JOB = 'import-run';
export const CHECK_JOB = 'import-check';
export const UNDO_JOB = 'import-undo';
export const SWEEP_JOB = 'import-sweep';
export const BATCH_ROWS = 500;
export const MAX_ATTEMPTS = 3;
/** An import queued or running with no progress for this long is re-enqueued by the sweep. */
export const STALE_MS = 2 * 60_000;
/** An upload never started (or an import that failed) keeps its file this long, then it is deleted. */
export const UPLOAD_KEEP_MS = 7 * 86_400_000;
/** Widest header accepted, and the longest row (characters) the parser reads. */
export const MAX_COLUMNS = 200;
export const MAX_RECORD_CHARS = 1_000_000;
export const PREVIEW_ROWS = 5;
/**
 * How a row refused for a suppressed person's e-mail or phone begins its reason. The rejects file keeps no cell of
 * such a row (the person erased, objected or opted out): only its row number and the reason.
 */
export const SUPPRESSED = 'The person is on the suppression list';
/** Row outcomes kept for the dry run's page. */
export const DRY_RUN_ROWS = 200;

export type ImportState = 'uploaded' | 'checking' | 'queued' | 'running' | 'done' | 'undoing' | 'failed' | 'undone';
/** States whose work a worker is doing or owes (the page follows its progress). */
export const BUSY_STATES: ImportState[] = ['checking', 'queued', 'running', 'undoing'];
export type DuplicateMode = 'skip' | 'update' | 'merge';
export const DUPLICATE_MODES: Record<DuplicateMode, string> = {
  skip: 'Skip the row (keep the existing lead as it is)',
  update: 'Update the existing lead with the row’s non-empty values',
  merge: 'Merge: fill only the existing lead’s empty fields, add tags',
};
export type RowAction = 'create' | 'update' | 'merge' | 'duplicate' | 'reject';
export type ImportCounts = Partial<Record<RowAction, number>>;

/** The lead form's fields a column (or one value for the file) may give, with their labels. */
export const TARGETS = {
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  jobTitle: 'Job title',
  email: 'E-mail',
  phone: 'Phone',
  address: 'Address',
  notes: 'Notes',
  source: 'Source',
  tags: 'Tags',
  status: 'Status (name)',
  lawfulBasis: 'Lawful basis',
  basisMethod: 'Lawful basis: how obtained',
  basisSource: 'Lawful basis: where obtained',
  basisObtainedAt: 'Lawful basis: date obtained (YYYY-MM-DD)',
  basisWording: 'Lawful basis: wording shown',
  emailConsent: 'Marketing e-mail consent (yes/no)',
  consentMethod: 'Consent: how obtained',
  consentSource: 'Consent: where obtained',
  consentObtainedAt: 'Consent: date obtained (YYYY-MM-DD)',
  consentWording: 'Consent: wording shown',
} as const;
export type Target = keyof typeof TARGETS;
export const TARGET_KEYS = Object.keys(TARGETS) as Target[];

/** Per field: the column it comes from (0-based), or one value for every row. */
export type Mapping = Partial<Record<Target, { column: number } | { value: string }>>;

export interface Import {
  id: number;
  createdBy: number;
  createdAt: Date;
  fileName: string;
  sourcePath: string | null;
  bytes: number;
  encoding: string;
  delimiter: string;
  headers: string[];
  headerHash: string;
  totalRows: number;
  mapping: Mapping | null;
  duplicates: DuplicateMode;
  state: ImportState;
  rowsDone: number;
  counts: ImportCounts;
  dryRun: DryRun | null;
  rejectsPath: string | null;
  attempts: number;
  error: string | null;
  startedAt: Date | null;
  progressAt: Date | null;
  finishedAt: Date | null;
  undoneAt: Date | null;
  undoneBy: number | null;
  /** Rows so far of the dry run or undo under way, and when it was asked for. */
  workDone: number;
  workAt: Date | null;
}

export interface RowOutcome {
  row: number;
  action: RowAction;
  reason?: string;
  leadId?: number;
}
export interface DryRun {
  at: string;
  counts: ImportCounts;
  rows: RowOutcome[];
}

export const STATE_LABELS: Record<ImportState, string> = {
  uploaded: 'Ready to map',
  checking: 'Dry run in progress',
  queued: 'Waiting to start',
  running: 'Importing',
  done: 'Imported',
  undoing: 'Being undone',
  failed: 'Failed',
  undone: 'Undone',
};
export const ACTION_LABELS: Record<RowAction, string> = {
  create: 'Create',
  update: 'Update',
  merge: 'Merge',
  duplicate: 'Duplicate (skipped)',
  reject: 'Reject',
};

export const jobIdOf = (id: number) => `import-${id}`;
/** A dry run's job is named by when it was asked for (each dry run of an import is a job of its own). */
export const checkJobIdOf = (id: number, at: Date) => `import-check-${id}-${at.getTime()}`;
export const undoJobIdOf = (id: number) => `import-undo-${id}`;
export const hashHeaders = (headers: string[]) =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify(headers.map((h) => h.trim().toLowerCase())))
    .digest('hex');

/** The progress bar's figures: a dry run's or an undo's rows so far, else the import's rows done. */
export function progressOf(i: Pick<Import, 'state' | 'rowsDone' | 'totalRows' | 'counts' | 'workDone'>) {
  const work = i.state === 'checking' || i.state === 'undoing';
  const done = work ? i.workDone : i.rowsDone;
  const written = (i.counts.create ?? 0) + (i.counts.update ?? 0) + (i.counts.merge ?? 0);
  const total = i.state === 'undoing' ? written : i.totalRows;
  const percent = total ? Math.min(100, Math.floor((done / total) * 100)) : 100;
  return { state: i.state, done, total, percent, counts: i.counts };
}

/** May the import still be undone at `now` (done, within `days` of finishing)? */
export const undoable = (i: Pick<Import, 'state' | 'finishedAt'>, now: Date, days: number) =>
  i.state === 'done' && !!i.finishedAt && now.getTime() - i.finishedAt.getTime() <= days * 86_400_000;

const YES = new Set(['yes', 'y', 'true', '1', 'granted', 'x', 'oui', 'ja', 'si']);

/**
 * One CSV row as the lead form's fields (strings), by the mapping; `statusId` from the status named in the row
 * or the file (case-insensitive), else the default status. The lead form's parser then validates it.
 */
export function rowForm(
  cells: string[],
  mapping: Mapping,
  statuses: { id: number; name: string }[],
  defaultStatusId: number,
): Record<string, string> {
  const get = (t: Target): string => {
    const m = mapping[t];
    if (!m) return '';
    return 'value' in m ? m.value : (cells[m.column] ?? '');
  };
  const form: Record<string, string> = {};
  for (const t of TARGET_KEYS) if (t !== 'status' && t !== 'emailConsent') form[t] = get(t);
  form.lawfulBasis = form.lawfulBasis
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const statusName = get('status').trim().toLowerCase();
  const status = statusName ? statuses.find((s) => s.name.toLowerCase() === statusName) : undefined;
  form.statusId = statusName ? String(status?.id ?? '') : String(defaultStatusId);
  form.emailConsent = YES.has(get('emailConsent').trim().toLowerCase()) ? 'granted' : '';
  form.ownerId = '';
  return form;
}

/** Reads the mapping form: `col_<field>` (a column index or '') and `val_<field>` (one value for the file). */
export function readMapping(
  body: Record<string, unknown>,
  columns: number,
): { mapping: Mapping; errors: Record<string, string> } {
  const mapping: Mapping = {};
  const errors: Record<string, string> = {};
  for (const t of TARGET_KEYS) {
    const col = typeof body[`col_${t}`] === 'string' ? (body[`col_${t}`] as string).trim() : '';
    const val = typeof body[`val_${t}`] === 'string' ? (body[`val_${t}`] as string).trim() : '';
    if (col) {
      const n = /^\d{1,4}$/.test(col) ? Number(col) : NaN;
      if (!(n >= 0 && n < columns)) errors[`col_${t}`] = 'Choose one of the file’s columns.';
      else mapping[t] = { column: n };
    } else if (val) {
      if (val.length > 2000) errors[`val_${t}`] = 'Use at most 2000 characters.';
      else mapping[t] = { value: val };
    }
  }
  if (!mapping.firstName) errors.col_firstName ??= 'Choose the column with the first name.';
  if (!mapping.lastName) errors.col_lastName ??= 'Choose the column with the last name.';
  if (!mapping.lawfulBasis)
    errors.col_lawfulBasis ??= 'Choose the lawful basis: a column, or one value for the whole file.';
  return { mapping, errors };
}

/** A mapping pre-filled from the headers' names when none was remembered. */
export function guessMapping(headers: string[]): Mapping {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const byName = new Map(headers.map((h, i) => [norm(h), i]));
  const out: Mapping = {};
  for (const t of TARGET_KEYS) {
    const i = byName.get(norm(t)) ?? byName.get(norm(TARGETS[t]));
    if (i !== undefined) out[t] = { column: i };
  }
  if (out.firstName === undefined && byName.has('firstname')) out.firstName = { column: byName.get('firstname')! };
  return out;
}

/** A spreadsheet must not run a cell as a formula: such cells get a leading apostrophe (as exports do). */
export const neutralize = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
