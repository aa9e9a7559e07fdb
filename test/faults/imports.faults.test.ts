// A lead import run by a real worker process (small batches), SIGKILLed mid-import and restarted: what was
// committed stays, the rest is done once, and in the end each row is exactly one lead or one rejection.
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, waitFor } from '../support/helpers';
import { TestSmtp } from '../support/smtp';
import { startWorker, stopWorker } from '../support/worker';
import { loadStatuses } from '../support/leads';
import { csv, importRow, mappingForm, row, uploadDirect } from '../support/imports';

const ROWS = 3000;

describe('imports under faults (real worker processes)', function () {
  this.timeout(240_000);
  const sink = new TestSmtp();
  let port = 0;
  let worker: ChildProcess | undefined;
  const spawn = () => (worker = startWorker(port, { IMPORT_BATCH_ROWS: '25' }));

  before(async () => {
    await loadStatuses();
    port = await sink.start();
  });
  afterEach(async () => {
    if (worker) await stopWorker(worker, 'SIGKILL');
    worker = undefined;
  });
  after(() => sink.stop());

  it('resumes after the last committed batch when SIGKILLed: nothing half-imported, nothing twice', async () => {
    const me = await makeUser('staff');
    const rows = Array.from({ length: ROWS }, (_, i) =>
      i % 10 === 9 ? row({ 'Lawful basis': '', Phone: '' }) : row({ Phone: '' }),
    );
    const imp = await uploadDirect(me.user.id, csv(rows));
    await s.imports.start(me.user, imp.id, mappingForm(), { userId: me.user.id });
    spawn();
    const seen = await waitFor(
      async () => {
        const r = await importRow(imp.id);
        return r.rows_done >= 200 && r.rows_done < ROWS ? r : undefined;
      },
      { ms: 120_000, every: 20, what: 'a few batches done' },
    );
    await stopWorker(worker!, 'SIGKILL');
    worker = undefined;
    const at = await importRow(imp.id);
    expect(at.rows_done).to.be.at.least(seen.rows_done).and.below(ROWS);
    expect(at.rows_done % 25).to.equal(0);
    const written = async () => Number((await s.db('import_rows').where({ import_id: imp.id }).count('* as n'))[0].n);
    const rejected = async () =>
      Number((await s.db('import_rejects').where({ import_id: imp.id }).count('* as n'))[0].n);
    const leads = async () => Number((await s.db('leads').where({ owner_id: me.user.id }).count('* as n'))[0].n);
    // exactly the committed batches: each row done is one lead or one rejection
    expect((await written()) + (await rejected())).to.equal(at.rows_done);
    expect(await leads()).to.equal(await written());

    spawn();
    const done = await waitFor(
      async () => ((await importRow(imp.id)).state === 'done' ? importRow(imp.id) : undefined),
      {
        ms: 180_000,
        every: 250,
        what: 'the import finished after the restart',
        explain: () => importRow(imp.id),
      },
    );
    expect(done.counts).to.deep.equal({ create: ROWS * 0.9, reject: ROWS * 0.1 });
    expect(await written()).to.equal(ROWS * 0.9);
    expect(await rejected()).to.equal(ROWS * 0.1);
    expect(await leads()).to.equal(ROWS * 0.9);
    const distinct = await s.db('leads').where({ owner_id: me.user.id }).countDistinct('email_bidx as n');
    expect(Number(distinct[0].n)).to.equal(ROWS * 0.9);
    expect(done.rejects_path).to.be.a('string');
  });
});
