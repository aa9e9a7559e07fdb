// Imports of leads from CSV, the rules (no HTTP): an upload is read once in full (refused with a clear message if
// it cannot be imported), kept under a random name, and shown with its first rows; the user maps columns (or one
// value for the file) to the lead form's fields, remembered per header row; a dry run says what each row would do;
// the import runs as a worker job (see runner.ts); its rejects file is downloadable by its owner; it can be undone
// within the configured days (see undo.ts). Only the user who uploaded an import sees it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { DataCipher } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { Jobs } from '../../platform/queues';
import type { LeadStores } from '../leads';
import { analyze, records } from './csvFile';
import type { ImportsStore } from './data/importsStore';
import type { ImportUndoStore } from './data/undoStore';
import type { ImportWorkStore } from './data/workStore';
import {
  CHECK_JOB,
  DUPLICATE_MODES,
  IMPORT_JOB,
  PREVIEW_ROWS,
  UNDO_JOB,
  checkJobIdOf,
  guessMapping,
  hashHeaders,
  jobIdOf,
  progressOf,
  readMapping,
  undoJobIdOf,
  undoable,
  type DuplicateMode,
  type Import,
  type Mapping,
} from './model';
import type { ImportRunner } from './runner';
import { requestUndo, runUndo, type UndoCounts, type UndoDeps } from './undo';

/** A file name or header as text PostgreSQL takes and a page shows: control characters (NUL among them) dropped. */
const printable = (v: string) => v.replace(/\p{Cc}/gu, '').trim();

export interface ImportDeps extends UndoDeps {
  db: Knex;
  store: ImportsStore;
  work: ImportWorkStore;
  undoStore: ImportUndoStore;
  runner: ImportRunner;
  leads: Pick<LeadStores, 'leads' | 'records'>;
  jobs: Jobs;
  clock: Clock;
  audit: AuditService;
  cipher: DataCipher;
  /** Where uploads and rejects files are kept. */
  dir: string;
  undoDays: number;
}

export interface Upload {
  /** The file multer wrote (a random UUID in `dir`). */
  path: string;
  originalName: string;
  size: number;
}

type Owner = { id: number };

export class ImportService {
  constructor(private readonly d: ImportDeps) {}

  get undoDays(): number {
    return this.d.undoDays;
  }

  /**
   * Reads the uploaded file in full and records the import; the file is deleted when it is refused. A file taken
   * is moved to a name of its own first: the upload's parser removes what is left at the name it gave (a request
   * refused before it got here, by its role or its CSRF token).
   */
  async upload(user: Owner, file: Upload | undefined, actor: Actor): Promise<Import> {
    if (!file) throw new ValidationError({ file: 'Choose a CSV file to upload.' });
    const kept = path.join(this.d.dir, crypto.randomUUID());
    try {
      if (path.dirname(path.resolve(file.path)) !== path.resolve(this.d.dir)) throw new Error('upload outside dir');
      await fs.promises.rename(file.path, kept);
      const a = await analyze(kept, 0);
      const imp = await this.d.store.insert({
        createdBy: user.id,
        fileName: printable(file.originalName).slice(0, 200) || 'import.csv',
        sourcePath: path.basename(kept),
        bytes: file.size,
        encoding: a.encoding,
        delimiter: a.delimiter,
        headers: a.headers.map((h) => printable(h).slice(0, 200)),
        headerHash: hashHeaders(a.headers),
        totalRows: a.totalRows,
        at: this.d.clock(),
      });
      await this.d.audit.record(actor, {
        action: 'lead.import.upload',
        targetType: 'import',
        targetId: imp.id,
        details: { rows: a.totalRows, bytes: file.size },
      });
      return imp;
    } catch (err) {
      await Promise.all([file.path, kept].map((f) => fs.promises.rm(f, { force: true })));
      throw err;
    }
  }

  list(user: Owner): Promise<Import[]> {
    return this.d.store.listFor(user.id, 20);
  }

  /** The import if it is the user's; 404 otherwise. */
  async get(user: Owner, id: number): Promise<Import> {
    const imp = await this.d.store.find(id);
    if (!imp || imp.createdBy !== user.id) throw new NotFoundError();
    return imp;
  }

  async progress(user: Owner, id: number) {
    return progressOf(await this.get(user, id));
  }

  /** The first rows of the file, for the mapping page (empty once the import has run). */
  async preview(imp: Import): Promise<string[][]> {
    if (!imp.sourcePath || imp.state !== 'uploaded') return [];
    const out: string[][] = [];
    for await (const rec of records(this.d.runner.source(imp), imp.encoding, imp.delimiter)) {
      out.push(rec.map((c) => c.slice(0, 200)));
      if (out.length > PREVIEW_ROWS) break;
    }
    return out.slice(1);
  }

  /** The mapping to pre-fill: the import's own, else the one remembered for this header row, else guessed. */
  async suggestedMapping(imp: Import): Promise<Mapping> {
    return imp.mapping ?? (await this.d.store.mappingFor(imp.createdBy, imp.headerHash)) ?? guessMapping(imp.headers);
  }

  /** Reads and keeps the mapping form (for the import, and remembered for its header row). */
  private async map(user: Owner, id: number, body: Record<string, unknown>): Promise<Import> {
    const imp = await this.get(user, id);
    if (imp.state === 'checking')
      throw new ValidationError({ import: 'A dry run is in progress: its report appears here when it is done.' });
    if (imp.state !== 'uploaded') throw new ValidationError({ import: 'This import has already started.' });
    const { mapping, errors } = readMapping(body, imp.headers.length);
    const mode = body.duplicates;
    if (typeof mode !== 'string' || !(mode in DUPLICATE_MODES))
      errors.duplicates = 'Choose what to do with duplicates.';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    await this.d.store.setMapping(id, mapping, mode as DuplicateMode);
    await this.d.store.rememberMapping(user.id, imp.headerHash, mapping, this.d.clock());
    return { ...imp, mapping, duplicates: mode as DuplicateMode };
  }

  /** Asks a worker for the dry run (what the import would do per row, with the totals; nothing written). */
  async dryRun(user: Owner, id: number, body: Record<string, unknown>): Promise<void> {
    await this.map(user, id, body);
    const at = this.d.clock();
    if (!(await this.d.work.requestCheck(id, at)))
      throw new ValidationError({ import: 'This import has already started.' });
    await this.d.jobs.add('imports', CHECK_JOB, { importId: id }, { jobId: checkJobIdOf(id, at) });
  }

  /** Queues the import (it runs as a worker job). */
  async start(user: Owner, id: number, body: Record<string, unknown>, actor: Actor): Promise<Import> {
    const imp = await this.map(user, id, body);
    await this.d.db.transaction(async (trx) => {
      if (!(await this.d.store.queue(id, this.d.clock(), trx)))
        throw new ValidationError({ import: 'This import has already started.' });
      await this.d.audit.record(
        actor,
        { action: 'lead.import.start', targetType: 'import', targetId: id, details: { duplicates: imp.duplicates } },
        trx,
      );
    });
    await this.enqueue(id);
    return imp;
  }

  async enqueue(id: number): Promise<void> {
    await this.d.jobs.add('imports', IMPORT_JOB, { importId: id }, { jobId: jobIdOf(id) });
  }

  /** The job an import's state owes (the sweep's way back after Redis lost it or a worker died). */
  async enqueueWork(imp: Import): Promise<void> {
    const data = { importId: imp.id };
    if (imp.state === 'checking' && imp.workAt)
      await this.d.jobs.add('imports', CHECK_JOB, data, { jobId: checkJobIdOf(imp.id, imp.workAt) });
    else if (imp.state === 'undoing') await this.d.jobs.add('imports', UNDO_JOB, data, { jobId: undoJobIdOf(imp.id) });
    else await this.enqueue(imp.id);
  }

  /** The rejects file to send its owner; 404 when there is none (or no more). */
  async rejects(user: Owner, id: number, actor: Actor): Promise<{ file: string; name: string; bytes: number }> {
    const imp = await this.get(user, id);
    if (!imp.rejectsPath) throw new NotFoundError();
    const file = path.join(this.d.dir, imp.rejectsPath);
    const stat = await fs.promises.stat(file).catch(() => undefined);
    if (!stat) throw new NotFoundError();
    await this.d.audit.record(actor, {
      action: 'lead.import.rejects',
      targetType: 'import',
      targetId: id,
      details: { bytes: stat.size },
    });
    return { file, name: `rejected-rows-import-${id}.csv`, bytes: stat.size };
  }

  /** Asks a worker to undo the import (its owner, within the days); refused beside the button otherwise. */
  async undo(user: Owner, id: number): Promise<void> {
    const imp = await this.get(user, id);
    await requestUndo(this.d, imp, user.id);
    await this.d.jobs.add('imports', UNDO_JOB, { importId: id }, { jobId: undoJobIdOf(id) });
  }

  /** The worker's undo of an import asked to be undone (see undo.ts). */
  runUndo(id: number): Promise<UndoCounts | undefined> {
    return runUndo(this.d, id);
  }

  /** May this import be undone now? */
  undoable(imp: Import): boolean {
    return undoable(imp, this.d.clock(), this.d.undoDays);
  }
}
