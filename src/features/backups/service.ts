// System backups: asked for (by the schedule, an admin or the CLI), run one at a time across every worker (an
// advisory lock held on the run's own connection: a killed worker's lock goes with its connection), verified by a
// restore before they count, pruned by the retention rule, and an alert to the admins when one fails.
import type { Knex } from 'knex';
import type pg from 'pg';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { ConflictError, NotFoundError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { Jobs } from '../../platform/queues';
import type { BackupsStore } from './data/backupsStore';
import type { BackupKey } from './format';
import { BACKUP_LOCK, fileName, type Backup, type BackupTrigger, type Manifest } from './model';
import {
  compareTables,
  connect,
  dropLeftScratch,
  dump,
  migrationProblems,
  restoreInto,
  tableFacts,
  withScratchDatabase,
} from './runner';
import { pruneDue } from './prune';
import type { Retention } from './model';
import type { BackupStorage } from './storage';

export const BACKUP_JOB = 'backup-run';

/** Tells the admins (in the portal and by e-mail) that a backup failed. */
export type AlertAdmins = (a: { title: string; text: string; url: string }, trx: Knex.Transaction) => Promise<void>;

export interface BackupDeps {
  db: Knex;
  store: BackupsStore;
  storage: BackupStorage;
  jobs: Jobs;
  audit: AuditService;
  clock: Clock;
  log: Logger;
  alert: AlertAdmins;
  databaseUrl: string;
  key: BackupKey | undefined;
  binDir?: string;
  retention: Retention;
}

export type RunOutcome = 'verified' | 'failed' | 'busy' | 'skipped';

export class BackupService {
  constructor(private readonly d: BackupDeps) {}

  get retention(): Retention {
    return this.d.retention;
  }

  /** Asks for a backup; enqueued after commit (the sweep enqueues it again if Redis forgets). */
  async request(trigger: BackupTrigger, actor: Actor, slot?: Date, enqueue = true): Promise<number | undefined> {
    if (trigger !== 'schedule' && (await this.d.store.inState(['queued', 'running', 'verifying'])).length)
      throw new ConflictError('A backup is already queued or running: wait for it to finish.');
    const id = await this.d.db.transaction(async (trx) => {
      const id = await this.d.store.insert({ trigger, slot, requestedBy: actor.userId }, this.d.clock(), trx);
      if (id !== undefined)
        await this.d.audit.record(
          actor,
          { action: 'backup.requested', targetType: 'backup', targetId: id, details: { trigger } },
          trx,
        );
      return id;
    });
    if (id !== undefined && enqueue) await this.enqueue(id);
    return id;
  }

  async enqueue(id: number): Promise<void> {
    // removed when done, so that the sweep can enqueue a backup that is still queued again under the same id
    await this.d.jobs.add('backups', BACKUP_JOB, { backupId: id }, { jobId: `backup-${id}`, removeOnComplete: true });
  }

  /**
   * Runs `fn` holding the backups lock. Waiting: in line behind the backup or verification that holds it (an hour
   * at most); else undefined at once when another holds it.
   */
  async underLock<T>(fn: (client: pg.Client) => Promise<T>, wait = false): Promise<T | undefined> {
    const client = await connect(this.d.databaseUrl);
    try {
      // the lock lives as long as this session: no idle timeout may end it while pg_dump or pg_restore works
      await client.query(`set idle_in_transaction_session_timeout = 0; set statement_timeout = 0`);
      await client.query(`select set_config('idle_session_timeout', '0', false)`).catch(() => undefined); // PG 14+
      if (wait) {
        await client.query(`set lock_timeout = '1h'`);
        await client.query('select pg_advisory_lock($1)', [BACKUP_LOCK]);
        await client.query('set lock_timeout = 0');
      } else {
        const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [BACKUP_LOCK]);
        if (!got.rows[0].ok) return undefined;
      }
      return await fn(client);
    } finally {
      await client.end().catch(() => undefined); // ending the session releases the lock
    }
  }

  /** The job: dump, verify, prune. Idempotent: a backup no longer queued is left as it is. */
  async run(id: number): Promise<RunOutcome> {
    const b = await this.d.store.find(id);
    if (!b || b.state !== 'queued') return 'skipped';
    if (!this.d.key) {
      await this.fail(b, 'BACKUP_KEY is not set: backups are never written unencrypted, so none was made');
      return 'failed';
    }
    const key = this.d.key;
    const outcome = await this.underLock(async (client) => {
      const fresh = await this.d.store.find(id);
      if (fresh?.state !== 'queued') return 'skipped' as const;
      await this.clearLeftovers();
      const file = fileName(id, this.d.clock());
      const estimate = (await this.d.store.lastSize()) ?? 0; // the dump's size is known only at its end
      await this.d.store.started(id, file, key.id, estimate, this.d.clock());
      let manifest: Manifest;
      try {
        manifest = await dump(client, {
          databaseUrl: this.d.databaseUrl,
          key,
          binDir: this.d.binDir,
          file,
          out: this.d.storage.create(file),
          onProgress: (n) => void this.d.store.progress(id, 'dumping', n, estimate).catch(() => undefined),
        });
        await this.d.storage.commit(file, manifest);
      } catch (err) {
        await this.d.storage.remove(file);
        await this.fail({ ...b, file }, `the dump failed: ${(err as Error).message}`);
        return 'failed' as const;
      }
      await this.d.store.dumped(id, manifest, this.d.clock());
      return this.check(id, manifest);
    }, true);
    if (outcome === 'verified') await this.prune();
    return outcome ?? 'busy';
  }

  /** What an interrupted run left (partial files, scratch databases): call holding the lock. */
  async clearLeftovers(): Promise<void> {
    await this.d.storage.clearPartial();
    await dropLeftScratch(this.d.databaseUrl, (msg) => this.d.log.warn(msg));
  }

  /** Verifies a backup again (the CLI's backup:verify): its file must still restore and match. */
  async verify(id: number): Promise<RunOutcome> {
    const b = await this.d.store.find(id);
    if (!b?.file || !b.manifest || b.state === 'pruned') throw new NotFoundError(`backup ${id} has no file to verify`);
    const manifest = b.manifest;
    const outcome = await this.underLock(async () => {
      await this.d.store.update(id, { state: 'verifying', phase: 'verifying', progress_done: 0 });
      return this.check(id, manifest);
    });
    return outcome ?? 'busy';
  }

  /** Restores the file into a scratch database and compares it with the manifest; marks the outcome. */
  private async check(id: number, m: Manifest): Promise<'verified' | 'failed'> {
    const started = Date.now();
    const problems = await this.problems(id, m).catch((err: Error) => [err.message]);
    const b = (await this.d.store.find(id))!;
    if (problems.length) {
      await this.fail(b, `verification failed: ${problems.slice(0, 5).join('; ')}`);
      return 'failed';
    }
    await this.d.db.transaction(async (trx) => {
      await this.d.store.update(
        id,
        { state: 'verified', verified_at: this.d.clock(), verify_ms: Date.now() - started, phase: null, failure: null },
        trx,
      );
      await this.d.audit.record(
        { userId: null },
        { action: 'backup.verified', targetType: 'backup', targetId: id, details: { file: m.file, size: m.size } },
        trx,
      );
    });
    return 'verified';
  }

  private async problems(id: number, m: Manifest): Promise<string[]> {
    if (!this.d.key) return ['BACKUP_KEY is not set'];
    const key = this.d.key;
    return withScratchDatabase(this.d.databaseUrl, `verify_${id}`, async (scratch) => {
      const sha = await restoreInto(this.d.storage.read(m.file), {
        targetUrl: scratch,
        key,
        binDir: this.d.binDir,
        onProgress: (n) => void this.d.store.progress(id, 'verifying', n, m.size).catch(() => undefined),
      });
      if (sha !== m.sha256) return ["the file's SHA-256 differs from its manifest: the file was altered"];
      await this.d.store.progress(id, 'comparing', m.size, m.size);
      const client = await connect(scratch);
      const found = await tableFacts(client).finally(() => client.end());
      return [...compareTables(m.tables, found), ...(await migrationProblems(scratch, m.migration))];
    });
  }

  /** Marks the backup failed with the reason, and tells the admins (once per failure). */
  async fail(b: Pick<Backup, 'id' | 'file'>, reason: string): Promise<void> {
    this.d.log.error({ backupId: b.id, reason }, 'backup failed');
    await this.d.db.transaction(async (trx) => {
      await this.d.store.update(b.id, { state: 'failed', failure: reason, phase: null, file: b.file }, trx);
      await this.d.audit.record(
        { userId: null },
        { action: 'backup.failed', targetType: 'backup', targetId: b.id, details: { reason } },
        trx,
      );
      const text = `Backup ${b.id} failed: ${reason}\n\nUntil a backup is verified again, the latest data is not safely backed up.`;
      await this.d.alert({ title: `Backup ${b.id} failed`, text, url: `/admin/backups/${b.id}` }, trx);
    });
  }

  /** Prunes by the retention rule (verified backups; pinned ones never) and failed ones' files after a week. */
  prune(): Promise<number> {
    return pruneDue(this.d);
  }
}
