// Key rotation's suite: the values sealed with the data cipher outside leads, history and TOTP secrets, made under
// one keyring (privacy requests with an attachment file and events, the previous values import rows keep for
// undo, lead exports' filters) and read back, each through the code that reads it, under another.
import { once } from 'node:events';
import { expect } from 'chai';
import type { TestServices } from './setup';
import { word } from './leads';
import { normalizeEmail } from '../../src/features/leads';
import type { User } from '../../src/features/accounts';
import { runJob } from '../../src/jobs';

export const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from(`scan of the passport of Jo ${word()}`),
]);

/** Services just built talk to Redis without an offline queue: wait until it is connected. */
export async function redisReady(svc: TestServices): Promise<TestServices> {
  if (svc.redis.status !== 'ready') await once(svc.redis, 'ready');
  return svc;
}

export interface Keyed {
  requests: number[];
  imports: number[];
  exports: { id: number; lookup?: string; q?: string }[];
}

/** How many rows (or files) of each phase `seedKeyed` makes. */
export const SEEDED = {
  privacy_requests: 2,
  privacy_request_events: 3,
  privacy_attachments: 1,
  import_rows: 5,
  data_exports: 2,
};

export async function seedKeyed(svc: TestServices, owner: User, other: User, lookup: string): Promise<Keyed> {
  await redisReady(svc); // the form's throttle, the exports' queue
  const requests: number[] = [];
  for (const [i, attach] of [true, false].entries()) {
    const email = `${word()}@example.test`;
    await svc.privacyIntake.submit(
      {
        kind: 'access',
        name: `Jo ${word()}`,
        email,
        phone: i ? '' : '+44 20 7946 0958',
        message: `Send me what you hold, ${word()}.`,
        honeypot: '',
        ...(attach ? { attachment: { name: `passport-${word()}.png`, content: PNG } } : {}),
      },
      `198.51.100.${i + 1}`,
    );
    const row = await svc.db('privacy_requests').where({ email_bidx: svc.cipher.blindIndex(normalizeEmail(email)) });
    expect(row).to.have.length(1);
    requests.push(Number(row[0].id));
  }
  await svc.privacyDesk.addNote(requests[0], `Checked the ID of ${word()}`, { userId: owner.id });
  await svc.privacyDesk.addNote(requests[1], `Called back on ${word()}`, { userId: owner.id });
  await svc.privacyDesk.recordOutcome(requests[1], 'erased 2 leads', null);

  // import rows as rows.ts writes them: the lead's values before the import changed it, sealed, kept for undo;
  // two imports so that a batch crosses from one to the next
  const imports: number[] = [];
  for (const rowNos of [
    [2, 3, 4, 7],
    [2, 5],
  ]) {
    const [imp] = await svc
      .db('imports')
      .insert({
        created_by: owner.id,
        file_name: 'leads.csv',
        bytes: 100,
        encoding: 'utf-8',
        delimiter: ',',
        headers: JSON.stringify(['Email']),
        header_hash: word(),
        total_rows: 6,
        state: 'done',
      })
      .returning('id');
    imports.push(Number(imp.id));
    for (const rowNo of rowNos) {
      const previous = rowNo === 7 ? null : { email: `before-${word()}@example.test`, notes: `Was ${word()}` };
      await svc.db('import_rows').insert({
        import_id: imp.id,
        row_no: rowNo,
        lead_id: 1,
        action: 'updated',
        previous_enc: previous && svc.cipher.encrypt(JSON.stringify(previous)),
      });
    }
  }

  const actor = { userId: owner.id };
  const a = await svc.dataExports.requestLeads(owner, { lookup }, 'csv', actor);
  const b = await svc.dataExports.requestLeads(other, { q: 'Jo' }, 'json', { userId: other.id });
  return {
    requests,
    imports,
    exports: [
      { id: a.id, lookup },
      { id: b.id, q: 'Jo' },
    ],
  };
}

/** Every value `seedKeyed` made, read back under `svc`'s keyring by the code that reads it. */
export async function readKeyed(svc: TestServices, k: Keyed, officer: User) {
  const requests = [];
  for (const id of k.requests) {
    const { request: r, events } = await svc.privacyDesk.show(id);
    const file = r.attachment ? await svc.privacyDesk.attachment(id, { userId: officer.id }) : undefined;
    requests.push({
      name: r.name,
      email: r.email,
      phone: r.phone,
      message: r.message,
      attachment: r.attachment?.name ?? null,
      file: file?.content.toString('base64') ?? null,
      events: events.map((e) => e.body),
    });
  }
  const rows = await svc.db('import_rows').whereIn('import_id', k.imports).orderBy(['import_id', 'row_no']);
  const previous = rows.map((r) => (r.previous_enc ? JSON.parse(svc.cipher.decrypt(r.previous_enc)) : null));
  const filters = [];
  for (const e of k.exports) {
    const { filter } = await svc.db('data_exports').where({ id: e.id }).first();
    filters.push({
      lookup: filter.lookupSealed ? svc.cipher.decrypt(filter.lookupSealed) : undefined,
      q: filter.qSealed ? svc.cipher.decrypt(filter.qSealed) : undefined,
    });
  }
  return { requests, previous, filters };
}

/** What keys:status counts, phase by phase (in the rotation's order). */
export const byPhase = async (svc: TestServices) =>
  Object.fromEntries((await svc.keyRotation.remainingByPhase()).map((p) => [p.phase, p.count]));

/** Builds the lead exports (the worker's job, which reads each filter back): whether built, and its rows. */
export async function buildExports(svc: TestServices, k: Keyed) {
  const out = [];
  for (const e of k.exports) out.push(await runJob(svc, 'export-build', { exportId: e.id }, 'exports'));
  return out;
}
