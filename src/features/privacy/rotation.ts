// The privacy feature's values sealed with the data cipher, offered to key rotation (the keys feature) as three
// phases: the requests' personal columns, the events' texts (notes, replies, outcomes), and the attachments' files.
// A file is re-encrypted under its request's row lock, so the retention rule (which marks the attachment removed
// under that lock, then deletes the file) never sees a file come back after deleting it.
import path from 'node:path';
import type { Knex } from 'knex';
import type { DataCipher } from '../../platform/crypto';
import { encryptedColumns, type KeyedData } from '../keys';
import { headOf, resealAttachment, sealedKeyId } from './attachments';
import type { RequestsStore } from './data/requestsStore';

export function privacyKeyedData(d: { db: Knex; cipher: DataCipher; store: RequestsStore; dir: string }): KeyedData[] {
  const fileOf = (name: string) => path.join(d.dir, path.basename(name));
  const files: KeyedData = {
    phase: 'privacy_attachments',
    async batch(trx, cursor, size) {
      const rows = await d.store.attachmentsAfter(cursor, size, trx);
      let changed = 0;
      for (const r of rows) if (await resealAttachment(d.cipher, fileOf(r.file))) changed++;
      return { cursor: rows.length ? String(rows[rows.length - 1].id) : cursor, changed, count: rows.length };
    },
    async remaining(target) {
      let n = 0;
      for (const name of await d.store.attachmentFiles()) {
        const head = await headOf(fileOf(name));
        const keyId = head && sealedKeyId(d.cipher, head);
        if (keyId !== undefined && keyId !== target) n++;
      }
      return n;
    },
  };
  return [
    encryptedColumns(d.db, d.cipher, {
      table: 'privacy_requests',
      columns: ['name_enc', 'email_enc', 'phone_enc', 'message_enc', 'attachment_name_enc'],
    }),
    encryptedColumns(d.db, d.cipher, { table: 'privacy_request_events', columns: ['body_enc'] }),
    files,
  ];
}
