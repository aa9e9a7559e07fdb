// Retention applied: verified backups outside the rule lose their files (the row stays, marked pruned with the
// reason), and so do failed backups' files once a week old. Each pruning is in the audit log with its reason.
import type { Knex } from 'knex';
import type { AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { BackupsStore } from './data/backupsStore';
import type { Backup } from './model';
import type { Retention } from './model';
import { toKeep } from './retention';
import type { BackupStorage } from './storage';

const FAILED_KEPT_MS = 7 * 86400_000;

interface PruneDeps {
  db: Knex;
  store: BackupsStore;
  storage: BackupStorage;
  audit: AuditService;
  clock: Clock;
  retention: Retention;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Why a backup the rule does not keep is pruned. */
function reasonFor(b: Backup, kept: Backup[], r: Retention): string {
  const sameDay = kept.find((k) => day(k.createdAt) === day(b.createdAt) && k.createdAt > b.createdAt);
  if (sameDay) return `a newer backup of ${day(b.createdAt)} (backup ${sameDay.id}) is kept`;
  return `not among the newest ${r.daily} daily, ${r.weekly} weekly and ${r.monthly} monthly backups, and not pinned`;
}

export async function pruneDue(d: PruneDeps): Promise<number> {
  const verified = await d.store.inState(['verified']);
  const keep = toKeep(
    verified.map((b) => ({ id: b.id, at: b.createdAt, pinned: b.pinned })),
    d.retention,
  );
  const kept = verified.filter((b) => keep.has(b.id));
  const now = d.clock();
  const oldFailed = (await d.store.inState(['failed'])).filter(
    // a backup once verified keeps its file even if a later verification failed (perhaps for a passing reason)
    (b) => b.file && !b.pinned && !b.verifiedAt && now.getTime() - b.createdAt.getTime() > FAILED_KEPT_MS,
  );
  const doomed = [
    ...verified.filter((b) => !keep.has(b.id)).map((b) => ({ b, reason: reasonFor(b, kept, d.retention) })),
    ...oldFailed.map((b) => ({ b, reason: 'a failed backup, kept a week for diagnosis' })),
  ];
  for (const { b, reason } of doomed) await pruneOne(d, b, reason, now);
  return doomed.length;
}

async function pruneOne(d: PruneDeps, b: Backup, reason: string, now: Date): Promise<void> {
  if (b.file) await d.storage.remove(b.file);
  await d.db.transaction(async (trx) => {
    const fields =
      b.state === 'verified'
        ? { state: 'pruned', pruned_at: now, prune_reason: reason }
        : { file: null, pruned_at: now, prune_reason: reason };
    await d.store.update(b.id, fields, trx);
    await d.audit.record(
      { userId: null },
      { action: 'backup.pruned', targetType: 'backup', targetId: b.id, details: { file: b.file, reason } },
      trx,
    );
  });
}
