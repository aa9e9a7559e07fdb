// Privacy requests and their events, in SQL: personal values encrypted on the way in and decrypted on the way out,
// the address also as its blind index; the confirmation token only as its hash.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { EventKind, PrivacyRequest, RequestEvent, RequestKind, RequestState } from '../model';

type Row = Record<string, any>;

export interface NewRequest {
  kind: RequestKind;
  name: string;
  email: string;
  emailBidx: string;
  phone: string | null;
  message: string;
  tokenHash: string;
  receivedAt: Date;
  dueAt: Date;
  attachment: { file: string; name: string; type: string; bytes: number } | null;
}

export interface QueueRow {
  id: number;
  reference: string;
  kind: RequestKind;
  state: RequestState;
  receivedAt: Date;
  dueAt: Date;
  closedAt: Date | null;
}

const QUEUE_COLUMNS = ['id', 'reference', 'kind', 'state', 'received_at', 'due_at', 'closed_at'];
const toQueueRow = (r: Row): QueueRow => ({
  id: r.id,
  reference: r.reference,
  kind: r.kind,
  state: r.state,
  receivedAt: r.received_at,
  dueAt: r.due_at,
  closedAt: r.closed_at,
});

export class RequestsStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {}

  private toRequest(r: Row): PrivacyRequest {
    const c = this.cipher;
    return {
      ...toQueueRow(r),
      name: c.decrypt(r.name_enc),
      email: c.decrypt(r.email_enc),
      emailBidx: r.email_bidx,
      phone: c.decryptOptional(r.phone_enc),
      message: c.decrypt(r.message_enc),
      confirmedAt: r.confirmed_at,
      originalDueAt: r.original_due_at,
      refusalReason: r.refusal_reason,
      outcome: r.outcome,
      attachment: r.attachment_file
        ? {
            name: c.decrypt(r.attachment_name_enc),
            type: r.attachment_type,
            bytes: r.attachment_bytes,
            removed: r.attachment_removed_at !== null,
          }
        : null,
    };
  }

  /** Inserts a request with its reference made from its id by `reference`; returns its id. */
  async insert(n: NewRequest, reference: (id: number) => string, trx: Knex.Transaction): Promise<number> {
    const c = this.cipher;
    const [{ id }] = await trx('privacy_requests')
      .insert({
        reference: `pending-${n.tokenHash}`,
        kind: n.kind,
        state: 'verifying',
        name_enc: c.encrypt(n.name),
        email_enc: c.encrypt(n.email),
        email_bidx: n.emailBidx,
        phone_enc: c.encryptOptional(n.phone),
        message_enc: c.encrypt(n.message),
        token_hash: n.tokenHash,
        received_at: n.receivedAt,
        original_due_at: n.dueAt,
        due_at: n.dueAt,
        attachment_file: n.attachment?.file ?? null,
        attachment_name_enc: n.attachment ? c.encrypt(n.attachment.name) : null,
        attachment_type: n.attachment?.type ?? null,
        attachment_bytes: n.attachment?.bytes ?? null,
      })
      .returning('id');
    await trx('privacy_requests')
      .where({ id })
      .update({ reference: reference(id as number) });
    return id as number;
  }

  async find(id: number, trx?: Knex.Transaction, lock = false): Promise<PrivacyRequest | undefined> {
    const q = (trx ?? this.db)('privacy_requests').where({ id }).first();
    const r: Row | undefined = await (lock ? q.forUpdate() : q);
    return r && this.toRequest(r);
  }

  /** The request whose confirmation token hashes to `tokenHash`, locked. */
  async lockByToken(tokenHash: string, trx: Knex.Transaction): Promise<PrivacyRequest | undefined> {
    const r: Row | undefined = await trx('privacy_requests').where({ token_hash: tokenHash }).forUpdate().first();
    return r && this.toRequest(r);
  }

  /** The attachment's file name on disk (a random UUID) while it is there. */
  async attachmentFile(id: number): Promise<string | undefined> {
    const r: Row | undefined = await this.db('privacy_requests')
      .select('attachment_file')
      .where({ id })
      .whereNull('attachment_removed_at')
      .first();
    return r?.attachment_file ?? undefined;
  }

  async update(id: number, changes: Row, trx: Knex.Transaction): Promise<void> {
    await trx('privacy_requests').where({ id }).update(changes);
  }

  /** The queue, soonest due first among the open ones, then the closed ones latest first. */
  async queue(states: RequestState[], limit = 500): Promise<QueueRow[]> {
    const q = this.db('privacy_requests').select(QUEUE_COLUMNS);
    if (states.length) q.whereIn('state', states);
    const rows: Row[] = await q
      .orderByRaw(`case when state in ('done','refused') then 1 else 0 end, due_at asc, id desc`)
      .limit(limit);
    return rows.map(toQueueRow);
  }

  async forSubject(emailBidx: string): Promise<QueueRow[]> {
    const rows: Row[] = await this.db('privacy_requests')
      .select(QUEUE_COLUMNS)
      .where({ email_bidx: emailBidx })
      .orderBy('id');
    return rows.map(toQueueRow);
  }

  /** Every request received since `since` or closed since then (the chart's months). */
  async since(since: Date): Promise<QueueRow[]> {
    const rows: Row[] = await this.db('privacy_requests')
      .select(QUEUE_COLUMNS)
      .where('received_at', '>=', since)
      .orWhere('closed_at', '>=', since);
    return rows.map(toQueueRow);
  }

  async addEvent(
    requestId: number,
    e: { at: Date; actorId: number | null; kind: EventKind; body?: string | null; details?: Row | null },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('privacy_request_events').insert({
      request_id: requestId,
      at: e.at,
      actor_id: e.actorId,
      kind: e.kind,
      body_enc: this.cipher.encryptOptional(e.body ?? null),
      details: e.details ? JSON.stringify(e.details) : null,
    });
  }

  async events(requestId: number): Promise<RequestEvent[]> {
    const rows: Row[] = await this.db('privacy_request_events')
      .leftJoin('users', 'users.id', 'privacy_request_events.actor_id')
      .select('privacy_request_events.*', 'users.name as actor_name')
      .where({ request_id: requestId })
      .orderBy('privacy_request_events.id');
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name ?? undefined,
      kind: r.kind,
      body: this.cipher.decryptOptional(r.body_enc),
      details: r.details,
    }));
  }

  /** The next `size` requests after id `cursor` whose attachment is on disk, locked (key rotation: their files). */
  async attachmentsAfter(cursor: string, size: number, trx: Knex.Transaction): Promise<{ id: number; file: string }[]> {
    const rows: Row[] = await trx('privacy_requests')
      .select('id', 'attachment_file')
      .whereNotNull('attachment_file')
      .whereNull('attachment_removed_at')
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(size)
      .forUpdate();
    return rows.map((r) => ({ id: Number(r.id), file: String(r.attachment_file) }));
  }

  /** The file names of every attachment still on disk. */
  async attachmentFiles(): Promise<string[]> {
    const rows: Row[] = await this.db('privacy_requests')
      .select('attachment_file')
      .whereNotNull('attachment_file')
      .whereNull('attachment_removed_at');
    return rows.map((r) => String(r.attachment_file));
  }

  /** Requests closed before `cutoff` whose attachment is still on disk, oldest first. */
  async attachmentsClosedBefore(cutoff: Date, ids?: number[], trx?: Knex.Transaction): Promise<Row[]> {
    const q = (trx ?? this.db)('privacy_requests')
      .select('id', 'attachment_file')
      .whereNotNull('attachment_file')
      .whereNull('attachment_removed_at')
      .whereIn('state', ['done', 'refused'])
      .where('closed_at', '<', cutoff)
      .orderBy('closed_at')
      .orderBy('id');
    if (ids) q.whereIn('id', ids).forUpdate();
    return q;
  }
}
