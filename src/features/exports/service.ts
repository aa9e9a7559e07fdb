// Users' own data exports, the rules: one in the making per user and a few a day; built by a worker job from one
// snapshot of what the user owns; when ready the user is told (in the portal and by e-mail) in the transaction
// that marks it ready, with the audit entry of the export and its row counts ('lead.export', which the security
// patterns count); downloadable only by that user until it expires; the sweep re-enqueues what Redis lost and
// deletes expired files. An export of the lead list (kind 'leads') follows the same rules: the list's parameters
// read by the list page's parser, the leads the user may see for them written to one CSV or JSON file. No HTTP.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import type { DataCipher } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { Jobs } from '../../platform/queues';
import type { UserAdminService } from '../accounts';
import type { OwnCampaignData } from '../campaigns';
import type { LeadListExport, OwnLeadData } from '../leads';
import type { NotificationCenter } from '../notifications';
import { owns } from './access';
import { BuildSuperseded, buildZip } from './builder';
import { rowsTotal, type ExportSources } from './contents';
import type { ExportsStore } from './data/exportsStore';
import {
  auditDetails,
  auditFilter,
  buildLeadsFile,
  contentTypeOf,
  fileNameOf,
  openFilter,
  sealFilter,
} from './leadsFile';
import {
  BUILD_JOB,
  DAILY_LIMIT,
  LEADS_DAILY_LIMIT,
  EXPIRY_MS,
  LEAD_FORMATS,
  MAX_ATTEMPTS,
  downloadable,
  jobIdOf,
  progressOf,
  REFUSED,
  type DataExport,
  type ExportCounts,
  type ExportProgress,
  type LeadExportFilter,
  type LeadFormat,
} from './model';

export interface ExportDeps {
  db: Knex;
  store: ExportsStore;
  jobs: Jobs;
  clock: Clock;
  audit: AuditService;
  log: Logger;
  /** Where the files go (created on demand). */
  dir: string;
  baseUrl: string;
  users: Pick<UserAdminService, 'find'>;
  leads: OwnLeadData;
  /** The lead list's parser and its scoped read, for exports of the list. */
  leadList: LeadListExport;
  cipher: DataCipher;
  campaigns: OwnCampaignData;
  notify: NotificationCenter['notify'];
}

/** The export exists and was the user's, but its file has expired and is deleted. */
export class ExportGone extends Error {}

export class ExportService {
  constructor(private readonly d: ExportDeps) {}

  /** Queues an export of everything the user owns; refused (beside the button) while one is pending. */
  request(user: { id: number }, actor: Actor): Promise<DataExport> {
    return this.queue(user, actor);
  }

  /**
   * Queues an export of the lead list as the page shows it for `raw` (its parameters, read by the page's own
   * parser; a bad value is refused with the page's message) in `format`; refused while any export is pending.
   */
  requestLeads(user: { id: number }, raw: unknown, format: unknown, actor: Actor): Promise<DataExport> {
    const now = this.d.clock();
    const read = this.d.leadList.read(raw, now);
    const errors: Record<string, string> = { ...read.errors };
    if (!LEAD_FORMATS.includes(format as LeadFormat)) errors.format = 'Choose CSV or JSON.';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    return this.queue(user, actor, {
      format: format as LeadFormat,
      filter: sealFilter(read.values, now, this.d.cipher),
    });
  }

  private async queue(user: { id: number }, actor: Actor, list?: { format: LeadFormat; filter: LeadExportFilter }) {
    const now = this.d.clock();
    const kind = list ? 'leads' : 'account';
    const e = await this.d.db.transaction(async (trx) => {
      await trx.raw('select pg_advisory_xact_lock(7401, ?)', [user.id]);
      if (await this.d.store.pendingFor(user.id, trx)) throw new ValidationError({ export: REFUSED.pending });
      const limit = list ? LEADS_DAILY_LIMIT : DAILY_LIMIT;
      if ((await this.d.store.countSince(user.id, kind, new Date(now.getTime() - EXPIRY_MS), trx)) >= limit)
        throw new ValidationError({ export: list ? REFUSED.leadsDaily : REFUSED.daily });
      const made = await this.d.store.insert(user.id, now, trx, list);
      if (!made) throw new ValidationError({ export: REFUSED.pending });
      const details = list ? { kind, format: list.format, filter: auditFilter(list.filter) } : undefined;
      await this.d.audit.record(
        actor,
        { action: 'export.request', targetType: 'data_export', targetId: made.id, details },
        trx,
      );
      return made;
    });
    await this.enqueue(e.id);
    return e;
  }

  async enqueue(id: number): Promise<void> {
    await this.d.jobs.add('exports', BUILD_JOB, { exportId: id }, { jobId: jobIdOf(id) });
  }

  list(user: { id: number }): Promise<DataExport[]> {
    return this.d.store.listFor(user.id, 10);
  }

  /** The export if it is the user's; 404 otherwise (another user's looks like none). */
  async get(user: { id: number }, id: number): Promise<DataExport> {
    const e = await this.d.store.find(id);
    if (!e || !owns(user, e)) throw new NotFoundError();
    return e;
  }

  async progress(user: { id: number }, id: number): Promise<ExportProgress> {
    return progressOf(await this.get(user, id));
  }

  /** The file to send the user (audited); ExportGone once expired, 404 while not ready or not theirs. */
  async download(
    user: { id: number },
    id: number,
    actor: Actor,
  ): Promise<{ file: string; name: string; bytes: number; type: string }> {
    const e = await this.get(user, id);
    if (e.state === 'expired' || (e.state === 'ready' && !downloadable(e, this.d.clock()))) throw new ExportGone();
    if (e.state !== 'ready' || !e.filePath) throw new NotFoundError();
    const file = path.join(this.d.dir, e.filePath);
    const stat = await fs.promises.stat(file).catch(() => undefined);
    if (!stat) throw new ExportGone();
    await this.d.audit.record(actor, {
      action: 'export.download',
      targetType: 'data_export',
      targetId: e.id,
      details: { bytes: stat.size },
    });
    if (e.kind === 'leads' && e.format)
      return { file, name: fileNameOf(e.format, e.createdAt), bytes: stat.size, type: contentTypeOf(e.format) };
    const name = `valley-export-${e.createdAt.toISOString().slice(0, 10)}-${e.id}.zip`;
    return { file, name, bytes: stat.size, type: 'application/zip' };
  }

  /** The worker's build of one export: from scratch every time it runs (idempotent). */
  async build(id: number): Promise<{ built: boolean; rows: number }> {
    const token = crypto.randomBytes(9).toString('base64url');
    const e = await this.d.store.claim(id, token, this.d.clock());
    if (!e) return { built: false, rows: 0 };
    const fileName = `export-${id}-${token}.${e.kind === 'leads' ? e.format : 'zip'}`;
    try {
      await fs.promises.mkdir(this.d.dir, { recursive: true, mode: 0o700 });
      await this.removeFilesOf(id);
      const target = path.join(this.d.dir, fileName);
      const { counts, bytes } =
        e.kind === 'leads' ? await this.writeLeads(e, token, target) : await this.write(e, token, target);
      const ready = await this.finish(e, token, { fileName, bytes, counts });
      if (!ready) await fs.promises.rm(path.join(this.d.dir, fileName), { force: true });
      return { built: ready, rows: 'rows' in counts ? counts.rows : rowsTotal(counts) };
    } catch (err) {
      if (err instanceof BuildSuperseded) return { built: false, rows: 0 };
      const last = e.attempts >= MAX_ATTEMPTS;
      await this.d.store.markFailed(id, token, last ? 'failed' : 'queued', String(err), this.d.clock());
      this.d.log.warn({ exportId: id, err: (err as Error).message, last }, 'export build failed');
      if (!last) throw err;
      await this.tellFailed(e);
      return { built: false, rows: 0 };
    }
  }

  /** The ZIP from one read-only snapshot of what the user owns. */
  private async write(e: DataExport, token: string, target: string) {
    const userId = e.createdBy;
    const owner = await this.d.users.find(userId);
    if (!owner) throw new Error(`export ${e.id}: no user ${userId}`);
    return this.d.db.transaction(
      async (trx) => {
        const counts: ExportCounts = {
          ...(await this.d.leads.counts(userId, trx)),
          campaigns: await this.d.campaigns.count(userId, trx),
        };
        const total = rowsTotal(counts);
        const at = () => this.d.clock();
        if (!(await this.d.store.progress(e.id, token, 0, total, at()))) throw new BuildSuperseded();
        const bytes = await buildZip({
          target,
          userId,
          owner: { id: owner.id, name: owner.name, email: owner.email },
          exportedAt: at(),
          counts,
          sources: this.sources(trx),
          onProgress: (n) => this.d.store.progress(e.id, token, n, total, at()),
        });
        return { counts, bytes };
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }

  /** The list's file from one read-only snapshot of the leads the user may see now for the saved filter. */
  private async writeLeads(e: DataExport, token: string, target: string) {
    const owner = await this.d.users.find(e.createdBy);
    if (!owner || owner.status !== 'active') throw new Error(`export ${e.id}: user ${e.createdBy} is not active`);
    if (!e.filter || !e.format) throw new Error(`export ${e.id}: no filter or format`);
    const { filter, sort } = this.d.leadList.read(openFilter(e.filter, this.d.cipher), new Date(e.filter.at));
    const format = e.format;
    return this.d.db.transaction(
      async (trx) => {
        const total = await this.d.leadList.count(owner, filter, trx);
        const at = () => this.d.clock();
        if (!(await this.d.store.progress(e.id, token, 0, total, at()))) throw new BuildSuperseded();
        const bytes = await buildLeadsFile({
          target,
          format,
          total,
          rows: this.d.leadList.rows(owner, filter, sort, trx),
          onProgress: (n) => this.d.store.progress(e.id, token, n, total, at()),
        });
        return { counts: { rows: total }, bytes };
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }

  private sources(trx: Knex.Transaction): ExportSources {
    return {
      leads: (u) => this.d.leads.leads(u, trx),
      consents: (u) => this.d.leads.consents(u, trx),
      history: (u) => this.d.leads.history(u, trx),
      campaigns: (u) => this.d.campaigns.campaignsOf(u, trx),
    };
  }

  /** Ready, audited with its counts and the user told, in one transaction (only by the run holding `token`). */
  private async finish(
    e: DataExport,
    token: string,
    f: { fileName: string; bytes: number; counts: ExportCounts | { rows: number } },
  ) {
    const at = this.d.clock();
    const expiresAt = new Date(at.getTime() + EXPIRY_MS);
    return this.d.db.transaction(async (trx) => {
      const file = { filePath: f.fileName, fileBytes: f.bytes, counts: f.counts, at, expiresAt };
      if (!(await this.d.store.markReady(e.id, token, file, trx))) return false;
      await this.d.audit.record(
        { userId: e.createdBy },
        { action: 'lead.export', targetType: 'data_export', targetId: e.id, details: auditDetails(e, f) },
        trx,
      );
      const owner = await this.d.users.find(e.createdBy, trx);
      if (owner) {
        const title = e.kind === 'leads' ? 'Your export of the lead list is ready' : 'Your data export is ready';
        const text = `Download it from ${this.d.baseUrl}/account/export until ${expiresAt.toISOString()} (UTC); after that the file is deleted. Only you can download it, signed in as yourself.\n`;
        await this.d.notify(
          owner,
          { kind: 'export', title, url: '/account/export' },
          { subject: title, text, dedupeKey: `export-ready-${e.id}` },
          trx,
        );
      }
      return true;
    });
  }

  /** The user is told when their export could not be made (after its last attempt), to ask again. */
  private async tellFailed(e: DataExport): Promise<void> {
    const owner = await this.d.users.find(e.createdBy);
    if (!owner) return;
    const title = 'Your data export could not be made';
    const text = `Something went wrong while your export was being prepared. Ask for a new one at ${this.d.baseUrl}/account/export; if it fails again, tell an administrator.\n`;
    await this.d.notify(
      owner,
      { kind: 'export', title, url: '/account/export' },
      { subject: title, text, dedupeKey: `export-failed-${e.id}` },
    );
  }

  /** Any file an earlier run of this export left (a .part of a killed worker). */
  private async removeFilesOf(id: number): Promise<void> {
    for (const name of await fs.promises.readdir(this.d.dir))
      if (name.startsWith(`export-${id}-`)) await fs.promises.rm(path.join(this.d.dir, name), { force: true });
  }
}
