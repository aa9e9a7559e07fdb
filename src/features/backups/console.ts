// What admins do with backups besides making them: look, pin and unpin, download (audited), acknowledge a
// failure, and the figures for the page's charts and progress bar.
import type { Knex } from 'knex';
import type { Readable } from 'node:stream';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { ConflictError, NotFoundError } from '../../platform/errors';
import type { BackupsStore } from './data/backupsStore';
import type { Backup } from './model';
import type { BackupStorage } from './storage';

export interface BackupProgress {
  state: Backup['state'];
  phase: string | null;
  percent: number;
  failure: string | null;
}

/** How far a backup is: dumping counts for the first half (against the last backup's size), verifying the rest. */
export function progressOf(b: Backup): BackupProgress {
  const part = (done: number, total: number) => (total > 0 ? Math.min(1, done / total) : 0);
  const percent =
    b.state === 'verified'
      ? 100
      : b.phase === 'dumping'
        ? 50 * part(b.progressDone, b.progressTotal)
        : b.phase === 'verifying' || b.phase === 'comparing'
          ? 50 + 49 * part(b.progressDone, b.progressTotal)
          : 0;
  return { state: b.state, phase: b.phase, percent: Math.floor(percent), failure: b.failure };
}

export class BackupConsole {
  constructor(
    private readonly d: { db: Knex; store: BackupsStore; storage: BackupStorage; audit: AuditService; clock: Clock },
  ) {}

  list(): Promise<Backup[]> {
    return this.d.store.list();
  }

  async get(id: number): Promise<Backup> {
    const b = await this.d.store.find(id);
    if (!b) throw new NotFoundError();
    return b;
  }

  async setPinned(id: number, pinned: boolean, actor: Actor): Promise<Backup> {
    const b = await this.get(id);
    if (b.state === 'pruned') throw new ConflictError('This backup was pruned: its file is gone.');
    await this.d.db.transaction(async (trx) => {
      await this.d.store.update(id, { pinned }, trx);
      await this.d.audit.record(
        actor,
        { action: pinned ? 'backup.pinned' : 'backup.unpinned', targetType: 'backup', targetId: id },
        trx,
      );
    });
    return { ...b, pinned };
  }

  /** The verified backup's file to send, after recording who took it. */
  async download(id: number, actor: Actor): Promise<{ file: string; size: number; stream: Readable }> {
    const b = await this.get(id);
    if (b.state !== 'verified' || !b.file) throw new ConflictError('Only a verified backup can be downloaded.');
    const size = await this.d.storage.size(b.file);
    if (size === undefined) throw new ConflictError('The backup file is missing from the backup folder.');
    await this.d.audit.record(actor, {
      action: 'backup.downloaded',
      targetType: 'backup',
      targetId: id,
      details: { file: b.file, size },
    });
    return { file: b.file, size, stream: this.d.storage.read(b.file) };
  }

  alerts(): Promise<Backup[]> {
    return this.d.store.unacknowledged();
  }

  /** Acknowledges the failed backups up to `upTo` (the newest one the admin saw). */
  async acknowledge(actor: Actor, upTo: number): Promise<number> {
    return this.d.db.transaction(async (trx) => {
      const ids = await this.d.store.acknowledge(actor.userId!, upTo, this.d.clock(), trx);
      if (ids.length)
        await this.d.audit.record(actor, { action: 'backup.acknowledged', details: { backups: ids } }, trx);
      return ids.length;
    });
  }

  /** Size (MB) and duration (s) of the verified backups, oldest first, for the charts. */
  static charts(backups: Backup[]) {
    const done = backups.filter((b) => b.manifest && (b.state === 'verified' || b.state === 'pruned')).reverse();
    const labels = done.map((b) => b.createdAt.toISOString().slice(0, 16).replace('T', ' '));
    const mb = (n: number | null) => Math.round(((n ?? 0) / 1e6) * 100) / 100;
    return {
      size: { type: 'line', labels, label: 'Size (MB)', data: done.map((b) => mb(b.size)) },
      duration: {
        type: 'bar',
        labels,
        stacked: true,
        datasets: [
          { label: 'Dump (s)', data: done.map((b) => (b.dumpMs ?? 0) / 1000), color: '#1f5fbf' },
          { label: 'Verification (s)', data: done.map((b) => (b.verifyMs ?? 0) / 1000), color: '#2e8540' },
        ],
      },
    };
  }
}
