import type { Knex } from 'knex';

export interface OutboxMessage {
  id: number;
  kind: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  /** The receiving server refused it for good. */
  givenUpAt: Date | null;
  transport: string | null;
  messageId: string | null;
  attempts: number;
  lastError: string | null;
  html: string | null;
  headers: Record<string, string> | null;
  from: string | null;
  replyTo: string | null;
  envelopeFrom: string | null;
  attachments: MessageAttachment[] | null;
}
/** A file sent with a message, by blob (../blobs.ts). */
export interface MessageAttachment {
  filename: string;
  contentType: string;
  blobId: number;
}
export interface NewMessage {
  kind: string;
  to: string;
  subject: string;
  text: string;
  /** At most one message is ever queued per dedupe key. */
  dedupeKey?: string;
  /** An HTML part besides the text one. */
  html?: string;
  /** Extra headers (e.g. List-Unsubscribe). */
  headers?: Record<string, string>;
  /** The From address, when not the portal's own; the Reply-To; the envelope sender (bounces go there). */
  from?: string;
  replyTo?: string;
  envelopeFrom?: string;
  /** A Message-ID fixed by the caller (else one is made from the row's id). */
  messageId?: string;
  attachments?: MessageAttachment[];
}

const COLUMNS = [
  'id',
  'kind',
  'to_address',
  'subject',
  'text_body',
  'created_at',
  'sent_at',
  'given_up_at',
  'transport',
  'message_id',
  'attempts',
  'last_error',
  'html_body',
  'headers',
  'from_address',
  'reply_to',
  'envelope_from',
  'attachments',
];
type Row = Record<string, any>;
const toMessage = (r: Row): OutboxMessage => ({
  id: Number(r.id),
  kind: r.kind,
  to: r.to_address,
  subject: r.subject,
  text: r.text_body,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  givenUpAt: r.given_up_at,
  transport: r.transport,
  messageId: r.message_id,
  attempts: r.attempts,
  lastError: r.last_error,
  html: r.html_body,
  headers: r.headers,
  from: r.from_address,
  replyTo: r.reply_to,
  envelopeFrom: r.envelope_from,
  attachments: r.attachments ?? null,
});

const toRow = (m: NewMessage): Row => ({
  kind: m.kind,
  to_address: m.to,
  subject: m.subject,
  text_body: m.text,
  dedupe_key: m.dedupeKey ?? null,
  html_body: m.html ?? null,
  headers: m.headers ?? null,
  from_address: m.from ?? null,
  reply_to: m.replyTo ?? null,
  envelope_from: m.envelopeFrom ?? null,
  message_id: m.messageId ?? null,
  attachments: m.attachments?.length ? m.attachments : null,
});

export class OutboxStore {
  constructor(private readonly db: Knex) {}

  /** Returns the new row's id, or undefined when a message with the same dedupe key exists. */
  async insert(m: NewMessage, trx?: Knex.Transaction): Promise<number | undefined> {
    return (await this.insertMany([m], trx))[0];
  }

  /** One statement for many messages: each one's new id, or undefined where its dedupe key exists. */
  async insertMany(messages: NewMessage[], trx?: Knex.Transaction): Promise<(number | undefined)[]> {
    if (!messages.length) return [];
    // one JSON parameter for the whole batch (a thousand rows are one binding, not 12,000)
    const rows = messages.map(toRow);
    const columns = Object.keys(rows[0]);
    const typed = columns.map((c) => `${c} ${c === 'headers' || c === 'attachments' ? 'jsonb' : 'text'}`).join(', ');
    const inserted: Row[] = (
      await (trx ?? this.db).raw(
        `insert into outbox (${columns.join(', ')})
         select ${columns.join(', ')} from jsonb_to_recordset(?::jsonb) as r(${typed})
         on conflict (dedupe_key) do nothing returning id, dedupe_key`,
        [JSON.stringify(rows)],
      )
    ).rows;
    // rows with dedupe keys are matched back by key; without keys every row is inserted, in order
    if (messages.every((m) => m.dedupeKey)) {
      const byKey = new Map(inserted.map((r) => [r.dedupe_key as string, Number(r.id)]));
      return messages.map((m) => byKey.get(m.dedupeKey!));
    }
    if (inserted.length !== messages.length) throw new Error('insertMany: give every message a dedupe key, or none');
    return inserted.map((r) => Number(r.id));
  }

  /** Locks an unsent row for delivery; other deliverers skip it instead of waiting. */
  async lockUnsent(id: number, trx: Knex.Transaction): Promise<OutboxMessage | undefined> {
    // by the primary key alone (with the unsent conditions in the query, PostgreSQL walked the unsent index)
    const r = await trx('outbox').select(COLUMNS).where({ id }).forUpdate().skipLocked().first();
    return r && !r.sent_at && !r.given_up_at ? toMessage(r) : undefined;
  }

  async markSent(id: number, transport: string, messageId: string, trx: Knex.Transaction): Promise<void> {
    await trx('outbox')
      .where({ id })
      .update({
        sent_at: new Date(),
        transport,
        message_id: messageId,
        attempts: trx.raw('attempts + 1'),
        last_error: null,
      });
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.db('outbox')
      .where({ id })
      .update({ attempts: this.db.raw('attempts + 1'), last_error: error.slice(0, 500) });
  }

  /** The receiving server refused the message for good: never tried again. */
  async giveUp(id: number, error: string): Promise<void> {
    await this.db('outbox')
      .where({ id })
      .update({ attempts: this.db.raw('attempts + 1'), last_error: error.slice(0, 500), given_up_at: new Date() });
  }

  /** The id of the message queued under a dedupe key. */
  async idByDedupeKey(key: string, trx?: Knex.Transaction): Promise<number | undefined> {
    const r = await (trx ?? this.db)('outbox').select('id').where({ dedupe_key: key }).first();
    return r ? Number(r.id) : undefined;
  }

  /** Unsent rows older than `olderThan`, but a campaign's (its own sweep re-sends those, honouring a pause). */
  async unsentIds(olderThan: Date, limit = 500): Promise<number[]> {
    const rows = await this.db('outbox')
      .select('id')
      .whereNull('sent_at')
      .whereNull('given_up_at')
      .whereNot('kind', 'campaign')
      .where('created_at', '<', olderThan)
      .orderBy('created_at')
      .limit(limit);
    return rows.map((r) => Number(r.id));
  }

  async recent(filter: { transport?: string; limit?: number } = {}): Promise<OutboxMessage[]> {
    const q = this.db('outbox')
      .select(COLUMNS)
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100);
    if (filter.transport) q.where('transport', filter.transport);
    return (await q).map(toMessage);
  }

  /** Whether the row was sent or given up (and why), without its bodies. */
  async status(id: number): Promise<Pick<OutboxMessage, 'sentAt' | 'givenUpAt' | 'lastError'> | undefined> {
    const r = await this.db('outbox').select('sent_at', 'given_up_at', 'last_error').where({ id }).first();
    return r && { sentAt: r.sent_at, givenUpAt: r.given_up_at, lastError: r.last_error };
  }

  async findById(id: number): Promise<OutboxMessage | undefined> {
    const r = await this.db('outbox').select(COLUMNS).where({ id }).first();
    return r && toMessage(r);
  }
}
