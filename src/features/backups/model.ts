// System backups: what a backup is (its row and its manifest), and the retention rule.
export interface TableFacts {
  rows: number;
  /** MD5 over the first and last rows by primary key (or by their text, for a table without one). */
  sample: string;
}

/** How many of the newest daily, weekly (ISO weeks) and monthly backups to keep. */
export interface Retention {
  daily: number;
  weekly: number;
  monthly: number;
}

export const BACKUP_STATES = ['queued', 'running', 'verifying', 'verified', 'failed', 'pruned'] as const;
export type BackupState = (typeof BACKUP_STATES)[number];
export type BackupTrigger = 'schedule' | 'manual' | 'cli';

export interface Manifest {
  format: 1;
  file: string;
  postgres: string;
  migration: string | null;
  tables: Record<string, TableFacts>;
  size: number;
  durationMs: number;
  sha256: string;
  keyId: number;
  startedAt: string;
  finishedAt: string;
}

export interface Backup {
  id: number;
  state: BackupState;
  trigger: BackupTrigger;
  slot: Date | null;
  requestedBy: number | null;
  file: string | null;
  keyId: number | null;
  size: number | null;
  sha256: string | null;
  manifest: Manifest | null;
  phase: string | null;
  progressDone: number;
  progressTotal: number;
  createdAt: Date;
  startedAt: Date | null;
  dumpedAt: Date | null;
  dumpMs: number | null;
  verifiedAt: Date | null;
  verifyMs: number | null;
  failure: string | null;
  pinned: boolean;
  prunedAt: Date | null;
  pruneReason: string | null;
  acknowledgedAt: Date | null;
}

/** "daily=7,weekly=4,monthly=12" (each part optional). */
export function parseRetention(setting: string): Retention {
  const r: Retention = { daily: 7, weekly: 4, monthly: 12 };
  for (const part of setting.split(',').filter(Boolean)) {
    const [k, v] = part.split('=');
    if (k === 'daily' || k === 'weekly' || k === 'monthly') r[k] = Number(v);
  }
  return r;
}

/** A backup's file name: when it started, and its id. */
export const fileName = (id: number, at: Date) =>
  `valley-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${id}.vbk`;

export const BACKUP_LOCK = 0x56_41_4c_4c_45_59; // "VALLEY": one backup or verification at a time, across workers
