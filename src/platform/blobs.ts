// Files stored once by their SHA-256 (a campaign's attachment, sent to every recipient by reference): the outbox
// names a blob instead of copying its bytes into each message.
import crypto from 'node:crypto';
import type { Knex } from 'knex';

export class BlobStore {
  private readonly cache = new Map<number, Buffer>();

  constructor(private readonly db: Knex) {}

  /** Stores the bytes (once per content) and returns their blob id. */
  async put(content: Buffer, trx?: Knex.Transaction): Promise<number> {
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    const q = trx ?? this.db;
    await q('blobs').insert({ sha256, content, size: content.length }).onConflict('sha256').ignore();
    const row = (await q('blobs').select('id').where({ sha256 }).first()) as { id: string };
    return Number(row.id);
  }

  /** The bytes of a blob; blobs never change, so a few recent ones are kept in memory for a campaign's sends. */
  async get(id: number): Promise<Buffer | undefined> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const row = (await this.db('blobs').select('content').where({ id }).first()) as { content: Buffer } | undefined;
    if (!row) return undefined;
    if (this.cache.size >= 20) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(id, row.content);
    return row.content;
  }
}
