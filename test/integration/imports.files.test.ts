// The import files hold personal data: the sweep deletes an upload never started (and a failed import's file)
// after UPLOAD_KEEP_MS, saying why on the import, and a file no import names a day after it was written, leaving
// everything younger alone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { config, s } from '../support/setup';
import { makeUser, type TestUser } from '../support/helpers';
import { loadStatuses } from '../support/leads';
import { clockedServices } from '../support/status';
import { csv, importRow, row } from '../support/imports';
import { importDir, UPLOAD_KEEP_MS } from '../../src/features/imports';

const DAY = 86_400_000;

describe('import files: the sweep', function () {
  this.timeout(30_000);
  let me: TestUser;
  let dir: string;
  const written = (name: string, ageMs: number) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, csv([row()]));
    const at = new Date(Date.now() - ageMs);
    fs.utimesSync(file, at, at);
    return file;
  };

  before(async () => {
    await loadStatuses();
    me = await makeUser('staff');
    dir = importDir(config.varDir);
    fs.mkdirSync(dir, { recursive: true });
  });

  it('deletes an upload never started after the days it is kept, and a file no import names after a day', async () => {
    const start = Date.now();
    const { t, time } = clockedServices(start);
    try {
      const user = await s.users.get(me.user.id);
      const source = written(crypto.randomUUID(), 0);
      const imp = await t.imports.upload(user, { path: source, originalName: 'old.csv', size: 1 }, { userId: user.id });
      const kept = path.join(dir, (await importRow(imp.id)).source_path);
      const orphanOld = written(`orphan-${crypto.randomUUID()}`, DAY + 60_000);
      const orphanNew = written(`orphan-${crypto.randomUUID()}`, 60_000);

      await t.importSweep.run();
      expect(fs.existsSync(kept), 'within the days').to.equal(true);
      expect(fs.existsSync(orphanOld), 'named by no import, a day old').to.equal(false);
      expect(fs.existsSync(orphanNew), 'named by no import, a minute old').to.equal(true);

      time.set(start + UPLOAD_KEEP_MS + 60_000);
      await t.importSweep.run();
      expect(fs.existsSync(kept)).to.equal(false);
      const after = await importRow(imp.id);
      expect([after.state, after.source_path]).to.deep.equal(['failed', null]);
      expect(after.error).to.match(/deleted: upload it again/);
      expect(after.file_name, 'the record stays').to.equal('old.csv');
      expect(fs.existsSync(orphanNew), 'a week old by the moved clock').to.equal(false);
    } finally {
      await t.close();
    }
  });
});
