// The retention rule privacy requests offer: the attachments of requests closed (done or refused) before the
// cut-off are marked removed and, once that committed, deleted from disk; the request and its events stay.
import path from 'node:path';
import type { Knex } from 'knex';
import type { Clock } from '../../platform/clock';
import {
  deleteAfterCommit,
  fromList,
  inTransaction,
  wantedIds,
  type RetentionTarget,
  type RunTransaction,
} from '../retention';
import type { RequestsStore } from './data/requestsStore';

export function requestAttachmentsTarget(d: {
  db: Knex;
  store: RequestsStore;
  dir: string;
  clock: Clock;
}): RetentionTarget {
  const change = async (wanted: number[], cutoff: Date, run: RunTransaction) => {
    const rows = await d.store.attachmentsClosedBefore(cutoff, wanted, run.trx);
    const now = d.clock();
    for (const r of rows) {
      await d.store.update(Number(r.id), { attachment_removed_at: now }, run.trx);
      await d.store.addEvent(Number(r.id), { at: now, actorId: null, kind: 'attachment_removed' }, run.trx);
      const file = path.join(d.dir, path.basename(String(r.attachment_file)));
      await deleteAfterCommit(run, file);
    }
    return rows.map((r) => String(r.id));
  };
  return {
    key: 'request_attachments',
    label: 'Delete the attachments of privacy requests closed',
    unit: 'months',
    suggestedAge: 12,
    ...fromList(async (cutoff) => (await d.store.attachmentsClosedBefore(cutoff)).map((r) => String(r.id))),
    async apply(ids, cutoff, run) {
      const wanted = wantedIds(ids);
      if (!wanted.length) return [];
      return run ? change(wanted, cutoff, run) : inTransaction(d.db, (own) => change(wanted, cutoff, own));
    },
  };
}
