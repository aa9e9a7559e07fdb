// The retention rule privacy requests offer: the attachments of requests closed (done or refused) before the
// cut-off are deleted from disk and marked removed; the request and its events stay.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Clock } from '../../platform/clock';
import type { RetentionTarget } from '../retention';
import type { RequestsStore } from './data/requestsStore';

export function requestAttachmentsTarget(d: {
  db: Knex;
  store: RequestsStore;
  dir: string;
  clock: Clock;
}): RetentionTarget {
  return {
    key: 'request_attachments',
    label: 'Delete the attachments of privacy requests closed',
    unit: 'months',
    suggestedAge: 12,
    async candidates(cutoff) {
      return (await d.store.attachmentsClosedBefore(cutoff)).map((r) => String(r.id));
    },
    async apply(ids, cutoff) {
      const wanted = ids.map(Number).filter((n) => Number.isInteger(n) && n > 0);
      if (!wanted.length) return [];
      return d.db.transaction(async (trx) => {
        const rows = await d.store.attachmentsClosedBefore(cutoff, wanted, trx);
        const now = d.clock();
        for (const r of rows) {
          await fs.rm(path.join(d.dir, path.basename(String(r.attachment_file))), { force: true });
          await d.store.update(Number(r.id), { attachment_removed_at: now }, trx);
          await d.store.addEvent(Number(r.id), { at: now, actorId: null, kind: 'attachment_removed' }, trx);
        }
        return rows.map((r) => String(r.id));
      });
    },
  };
}
