// All e-mail goes through the outbox: written in the caller's transaction, delivered by a job.
// Delivery locks the row, sends, marks it sent, then commits, so a retry or a second job never
// sends it again; the Message-ID is fixed per row so even a crash mid-send can be de-duplicated.
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Knex } from 'knex';
import type { BlobStore } from '../blobs';
import type { MessageAttachment, NewMessage, OutboxStore } from './store';
import type { Jobs } from '../queues';
import type { Logger } from '../logger';

export const DELIVER_JOB = 'deliver';
/** Many rows in one job (a fan-out's batch): one Redis job per 100 messages, not per message. */
export const DELIVER_MANY_JOB = 'deliver-many';
const PER_JOB = 100;

/** The receiving server refused the message for good (a 5xx reply): its row is given up, never tried again. */
export class PermanentDeliveryError extends Error {
  constructor(readonly responseCode: number) {
    super(`refused for good by the receiving server (${responseCode})`);
  }
}
/** nodemailer's error for an SMTP reply carries its code; 5xx is permanent (RFC 5321 4.2.1). */
const permanentCode = (err: unknown): number | undefined => {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 ? code : undefined;
};

export interface MailSettings {
  smtpUrl?: string;
  from: string;
  mailDir: string;
}

/** The SMTP URL with nodemailer's pool options, unless the URL sets its own. */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '5');
  return url.toString();
}

export class MailService {
  private readonly transport: Transporter;
  readonly transportName: 'smtp' | 'local';

  constructor(
    private readonly db: Knex,
    private readonly outbox: OutboxStore,
    private readonly jobs: Jobs,
    private readonly settings: MailSettings,
    private readonly log: Logger,
    private readonly blobs: BlobStore,
  ) {
    this.transportName = settings.smtpUrl ? 'smtp' : 'local';
    // Pooled: campaigns send many messages; one SMTP connection per message would cap the rate.
    this.transport = settings.smtpUrl
      ? nodemailer.createTransport(pooled(settings.smtpUrl))
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /**
   * Queue a message. With `trx` it is written atomically with the caller's change and handed to
   * the worker once that transaction commits; a flushed Redis only delays it until the next sweep.
   */
  async queue(
    message: NewMessage,
    trx?: Knex.Transaction,
    opts: { enqueue?: boolean } = {},
  ): Promise<number | undefined> {
    const id = await this.outbox.insert(message, trx);
    if (id === undefined || opts.enqueue === false) return id;
    const enqueue = () =>
      this.enqueue(id).catch((err: Error) =>
        this.log.warn({ err: err.message, outboxId: id }, 'mail enqueue failed; the sweep will retry'),
      );
    if (trx) void trx.executionPromise.then(enqueue, () => undefined);
    else await enqueue();
    return id;
  }

  /**
   * Queue many messages in the caller's transaction (one insert), each handed to the worker once it commits.
   * Returns each one's row id (undefined where its dedupe key was queued before).
   */
  async queueMany(messages: NewMessage[], trx: Knex.Transaction): Promise<(number | undefined)[]> {
    const ids = await this.outbox.insertMany(messages, trx);
    const fresh = ids.filter((id): id is number => id !== undefined);
    const jobs: { data: { outboxIds: number[] }; jobId: string }[] = [];
    for (let i = 0; i < fresh.length; i += PER_JOB) {
      const outboxIds = fresh.slice(i, i + PER_JOB);
      jobs.push({ data: { outboxIds }, jobId: `mail-many-${outboxIds[0]}-${outboxIds[outboxIds.length - 1]}` });
    }
    const enqueue = () =>
      this.jobs
        .addBulk('mail', DELIVER_MANY_JOB, jobs)
        .catch((err: Error) =>
          this.log.warn({ err: err.message, count: fresh.length }, 'mail enqueue failed; the sweep will retry'),
        );
    void trx.executionPromise.then(enqueue, () => undefined);
    return ids;
  }

  /**
   * Deliver rows one after the other (refused ones are given up, as by deliver()). The first failure for now (the
   * server down, say) fails the job at once rather than waiting it out row by row: its retry skips the rows sent.
   */
  async deliverMany(ids: number[]): Promise<{ delivered: number; refused: number }> {
    let delivered = 0;
    let refused = 0;
    for (const id of ids) {
      try {
        if (await this.deliver(id)) delivered++;
      } catch (err) {
        if (!(err instanceof PermanentDeliveryError)) throw err;
        refused++;
      }
    }
    return { delivered, refused };
  }

  /**
   * While `until()` gives a time (a full-stop maintenance window), messages of the kinds `goesOut` refuses wait:
   * deliver() leaves them unsent and enqueues them again for that time (a window ended early calls releaseHeld).
   */
  holdWhile(until: () => Promise<Date | null>, goesOut: (kind: string) => boolean, clock: () => Date): void {
    this.hold = { until, goesOut, clock };
  }
  private hold?: { until: () => Promise<Date | null>; goesOut: (kind: string) => boolean; clock: () => Date };

  /**
   * Deliver one outbox row; returns false when it was already sent (or is being sent, or was given up). A 5xx
   * reply gives the row up and throws PermanentDeliveryError; other failures are recorded and thrown (retried).
   */
  async deliver(id: number): Promise<boolean> {
    // read before the transaction: a delivery holds one database connection at a time
    const until = await this.hold?.until();
    try {
      return await this.db.transaction(async (trx) => {
        const m = await this.outbox.lockUnsent(id, trx);
        if (!m) return false;
        if (until && !this.hold!.goesOut(m.kind)) {
          const delay = Math.max(0, until.getTime() - this.hold!.clock().getTime());
          await this.jobs.add(
            'mail',
            DELIVER_JOB,
            { outboxId: id },
            { jobId: `mail-${id}-after-${until.getTime()}`, delay },
          );
          return false;
        }
        const messageId = m.messageId ?? `<outbox-${m.id}@valley-crm>`;
        const info = await this.transport.sendMail({
          from: m.from ?? this.settings.from,
          to: m.to,
          replyTo: m.replyTo ?? undefined,
          subject: m.subject,
          text: m.text,
          html: m.html ?? undefined,
          headers: m.headers ?? undefined,
          envelope: m.envelopeFrom ? { from: m.envelopeFrom, to: m.to } : undefined,
          messageId,
          attachments: await this.files(m.attachments),
        });
        if (this.transportName === 'local') await this.writeEml(m.id, info.message as Buffer);
        await this.outbox.markSent(m.id, this.transportName, messageId, trx);
        this.log.info({ outboxId: m.id, kind: m.kind, transport: this.transportName }, 'mail delivered');
        return true;
      });
    } catch (err) {
      const code = permanentCode(err);
      if (code === undefined) {
        await this.outbox.markFailed(id, (err as Error).message);
        throw err;
      }
      // the server's text often quotes the address: only the code is kept
      await this.outbox.giveUp(id, `refused: ${code}`);
      this.log.warn({ outboxId: id, responseCode: code }, 'mail refused for good');
      throw new PermanentDeliveryError(code);
    }
  }

  private async files(list: MessageAttachment[] | null) {
    if (!list?.length) return undefined;
    return Promise.all(
      list.map(async (a) => {
        const content = await this.blobs.get(a.blobId);
        if (!content) throw new Error(`attachment blob ${a.blobId} is missing`);
        return { filename: a.filename, contentType: a.contentType, content };
      }),
    );
  }

  /** Re-enqueue unsent rows (e.g. after Redis was flushed or a job exhausted its retries). */
  async sweep(olderThanMs = 30_000): Promise<number> {
    const ids = await this.outbox.unsentIds(new Date(Date.now() - olderThanMs));
    for (const id of ids) await this.enqueue(id);
    return ids.length;
  }

  /** Deterministic job id: enqueuing the same outbox row twice is one job. */
  private enqueue(outboxId: number): Promise<void> {
    return this.jobs.add('mail', DELIVER_JOB, { outboxId }, { jobId: `mail-${outboxId}` });
  }

  /**
   * Every unsent row enqueued again under job ids of its own (`tag`): what a full stop held, once it ended early
   * (its row's first job completed without sending it, and waits for the window's planned end).
   */
  async releaseHeld(tag: string): Promise<number> {
    const ids = await this.outbox.unsentIds(new Date(), 5000);
    for (let i = 0; i < ids.length; i += 100)
      await this.jobs.addBulk('mail', DELIVER_MANY_JOB, [
        { data: { outboxIds: ids.slice(i, i + 100) }, jobId: `mail-release-${tag}-${ids[i]}` },
      ]);
    return ids.length;
  }

  /** The outbox row queued under a dedupe key, if any. */
  idByDedupeKey(key: string, trx?: Knex.Transaction) {
    return this.outbox.idByDedupeKey(key, trx);
  }

  close(): void {
    this.transport.close();
  }

  recent(limit = 100) {
    return this.outbox.recent({ transport: 'local', limit });
  }
  find(id: number) {
    return this.outbox.findById(id);
  }
  status(id: number) {
    return this.outbox.status(id);
  }

  private async writeEml(id: number, raw: Buffer): Promise<void> {
    await fs.mkdir(this.settings.mailDir, { recursive: true });
    await fs.writeFile(path.join(this.settings.mailDir, `${String(id).padStart(8, '0')}.eml`), raw);
  }
}
