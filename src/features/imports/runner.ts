// Running an import (the worker's job) and its dry run. The file is read as a stream in batches; each batch is
// written in one transaction that also moves the import's progress (rows done, counts) under the import's lock,
// so a worker killed mid-import resumes after the last committed batch: nothing half-imported, nothing twice.
// The rejects file (the rejected rows' original cells and the reason, formulas neutralized) is built at the end
// from the file and the reasons kept in PostgreSQL, so a resumed run builds the same one. A dry run does the same
// work in one transaction that is rolled back, and keeps only what would have happened.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Knex } from 'knex';
import type { AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { Logger } from '../../platform/logger';
import type { User } from '../accounts';
import { records } from './csvFile';
import type { ImportsStore } from './data/importsStore';
import type { ImportWorkStore } from './data/workStore';
import {
  DRY_RUN_ROWS,
  MAX_ATTEMPTS,
  SUPPRESSED,
  neutralize,
  type DryRun,
  type Import,
  type ImportCounts,
  type RowOutcome,
} from './model';
import type { BatchContext, RowImporter } from './rows';

export interface RunnerDeps {
  db: Knex;
  store: ImportsStore;
  work: ImportWorkStore;
  rows: RowImporter;
  clock: Clock;
  audit: AuditService;
  log: Logger;
  dir: string;
  batchRows: number;
  users: { find(id: number): Promise<User | undefined> };
  statuses: () => Promise<{ id: number; label: string; key: string; position: number }[]>;
}

class Rollback extends Error {}

/** Rows imported between two refreshes of the leads table's planner statistics. */
const ANALYZE_EVERY = 5_000;

const countsOf = (outcomes: RowOutcome[]): ImportCounts => {
  const c: ImportCounts = {};
  for (const o of outcomes) c[o.action] = (c[o.action] ?? 0) + 1;
  return c;
};

/** The file's rows after `from` (row numbers count from 1 after the header), `size` at a time. */
async function* batches(file: string, imp: Import, from: number, size: number) {
  let no = -1;
  let batch: { no: number; cells: string[] }[] = [];
  for await (const cells of records(file, imp.encoding, imp.delimiter)) {
    no++;
    if (no === 0 || no <= from) continue;
    batch.push({ no, cells });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export class ImportRunner {
  constructor(private readonly d: RunnerDeps) {}

  source(imp: Import): string {
    if (!imp.sourcePath) throw new Error(`import ${imp.id}: its file is gone`);
    return path.join(this.d.dir, imp.sourcePath);
  }

  private async context(imp: Import): Promise<BatchContext> {
    const user = await this.d.users.find(imp.createdBy);
    if (!user || user.status !== 'active') throw new Error(`import ${imp.id}: user ${imp.createdBy} is not active`);
    const list = (await this.d.statuses()).sort((a, b) => a.position - b.position);
    const statuses = list.flatMap((s) => [
      { id: s.id, name: s.label },
      { id: s.id, name: s.key },
    ]);
    return { imp, user, statuses, defaultStatusId: list[0]?.id ?? 0 };
  }

  /** The worker's dry run of an import that asked for one; its rows so far are written beside it as it goes. */
  async check(id: number): Promise<{ ran: boolean; rows: number }> {
    const imp = await this.d.store.find(id);
    if (!imp || imp.state !== 'checking') return { ran: false, rows: 0 };
    try {
      const dryRun = await this.dryRun(imp, (done) => this.d.work.progress(id, done, this.d.clock()));
      await this.d.work.endCheck(id, this.d.clock(), { dryRun });
      return { ran: true, rows: imp.totalRows };
    } catch (err) {
      this.d.log.warn({ importId: id, err: (err as Error).message }, 'import dry run failed');
      await this.d.work.endCheck(id, this.d.clock(), { error: 'The dry run could not finish. Try it again.' });
      return { ran: false, rows: 0 };
    }
  }

  /** What the import would do, row by row, in a transaction rolled back at the end. */
  async dryRun(imp: Import, progress: (rowsDone: number) => Promise<void> = async () => {}): Promise<DryRun> {
    const ctx = await this.context(imp);
    const counts: ImportCounts = {};
    const rows: RowOutcome[] = [];
    await this.d.db
      .transaction(async (trx) => {
        for await (const batch of batches(this.source(imp), imp, 0, this.d.batchRows)) {
          const res = await this.d.rows.batch(ctx, batch, trx);
          for (const o of res.outcomes) {
            counts[o.action] = (counts[o.action] ?? 0) + 1;
            if (rows.length < DRY_RUN_ROWS) rows.push({ row: o.row, action: o.action, reason: o.reason });
          }
          await progress(batch[batch.length - 1].no);
        }
        throw new Rollback();
      })
      .catch((err) => {
        if (!(err instanceof Rollback)) throw err;
      });
    return { at: this.d.clock().toISOString(), counts, rows };
  }

  /** The worker's run of one import, from its last committed batch. */
  async run(id: number): Promise<{ ran: boolean; rows: number }> {
    const imp = await this.d.store.claim(id, this.d.clock());
    if (!imp) return { ran: false, rows: 0 };
    try {
      const ctx = await this.context(imp);
      let sinceAnalyze = 0;
      for await (const batch of batches(this.source(imp), imp, imp.rowsDone, this.d.batchRows)) {
        if (!(await this.commit(ctx, batch))) return { ran: false, rows: 0 };
        // a large import grows the leads table faster than autovacuum re-reads it: the duplicate search's plan
        // (name similarity through its trigram index) needs the table's real size
        if ((sinceAnalyze += batch.length) >= ANALYZE_EVERY) {
          await this.d.store.refreshLeadStatistics();
          sinceAnalyze = 0;
        }
      }
      const rejects = await this.writeRejects(imp);
      // the import done and its audit entry, together (a crash between them would lose the entry for good)
      const finished = await this.d.db.transaction(async (trx) => {
        if (!(await this.d.store.finish(id, rejects, this.d.clock(), trx))) return false;
        const { counts } = (await this.d.store.find(id, trx))!;
        const details = { rows: imp.totalRows, ...counts };
        await this.d.audit.record(
          { userId: imp.createdBy },
          { action: 'lead.import', targetType: 'import', targetId: id, details },
          trx,
        );
        return true;
      });
      if (!finished) return { ran: false, rows: 0 };
      await fs.promises.rm(this.source(imp), { force: true });
      return { ran: true, rows: imp.totalRows };
    } catch (err) {
      const last = imp.attempts >= MAX_ATTEMPTS;
      await this.d.store.fail(id, last ? 'failed' : 'queued', String(err), this.d.clock());
      this.d.log.warn({ importId: id, err: (err as Error).message, last }, 'import failed');
      if (!last) throw err;
      return { ran: false, rows: 0 };
    }
  }

  /** One batch and the import's progress, in one transaction; false when another run got there first. */
  private commit(ctx: BatchContext, batch: { no: number; cells: string[] }[]): Promise<boolean> {
    const id = ctx.imp.id;
    return this.d.db.transaction(async (trx) => {
      const locked = await this.d.store.find(id, trx, true);
      if (!locked || locked.state !== 'running' || locked.rowsDone !== batch[0].no - 1) return false;
      const res = await this.d.rows.batch(ctx, batch, trx, 'parallel');
      await this.d.store.addRows(id, res.written, trx);
      const rejects = res.outcomes.filter((o) => o.action === 'reject');
      await this.d.store.addRejects(
        id,
        rejects.map((o) => ({ rowNo: o.row, reason: o.reason ?? '' })),
        trx,
      );
      await this.d.store.advance(id, batch[batch.length - 1].no, countsOf(res.outcomes), this.d.clock(), trx);
      return true;
    });
  }

  /**
   * The rejected rows as CSV (the header, then each row's cells and its reason; a suppressed person's row without
   * its cells); null when none was rejected.
   */
  private async writeRejects(imp: Import): Promise<string | null> {
    const reasons = await this.d.store.rejects(imp.id);
    if (!reasons.size) return null;
    await fs.promises.mkdir(this.d.dir, { recursive: true, mode: 0o700 });
    const name = `rejects-${imp.id}-${crypto.randomUUID()}.csv`;
    const part = path.join(this.d.dir, `${name}.part`);
    const file = this.source(imp);
    async function* lines() {
      let no = -1;
      for await (const cells of records(file, imp.encoding, imp.delimiter)) {
        no++;
        const reason = reasons.get(no);
        if (no === 0) yield [...cells.map(neutralize), 'Reason'];
        else if (reason?.startsWith(SUPPRESSED)) yield [...cells.map(() => ''), `Row ${no}: ${reason}`];
        else if (reason) yield [...cells.map(neutralize), reason];
      }
    }
    await pipeline(Readable.from(lines()), stringify({ bom: true }), fs.createWriteStream(part, { mode: 0o600 }));
    await fs.promises.rename(part, path.join(this.d.dir, name));
    return name;
  }
}
