// Malformed files given to the lead import (issue 14, "Bad input"): Windows-1252 and UTF-16 files decode right, a
// BOM is dropped, semicolons and tabs are found, quotes across lines stay one cell, ragged rows are rejected per
// row; a 10 MB cell, a binary file renamed .csv, an empty file, only a header and 1,000 columns are refused on the
// page with a clear message (never a 500), and nothing is recorded or left on disk for them.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect } from 'chai';
import { config, s } from '../support/setup';
import { csrfOf, makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { loadStatuses } from '../support/leads';
import { HEADER, csv, importIdFrom, importRow, mappingForm, postImport, row, upload } from '../support/imports';
import { importDir } from '../../src/features/imports';
import { records } from '../../src/features/imports/csvFile';

describe('imports of malformed files', function () {
  this.timeout(60_000);
  let me: TestUser;
  let agent: Agent;

  before(async () => {
    await loadStatuses();
    me = await makeUser('staff');
    agent = await signedInAgent(me);
  });

  const mine = () => s.db('imports').where({ created_by: me.user.id }).count<{ count: string }[]>('* as count');
  const files = () => fs.readdirSync(importDir(config.varDir));

  async function importOf(bytes: Buffer, form: Record<string, string> = {}) {
    const res = await upload(agent, bytes);
    expect(res.status, res.text.slice(0, 400)).to.equal(303);
    const id = importIdFrom(res.headers.location);
    const start = await postImport(agent, id, 'start', mappingForm(form));
    expect(start.status).to.equal(303);
    await s.importRunner.run(id);
    return id;
  }
  const leadsOf = (id: number) =>
    s
      .db('import_rows')
      .where({ import_id: id })
      .orderBy('row_no')
      .then((rows) => Promise.all(rows.map((r) => s.leads.get(me.user, Number(r.lead_id)))));

  async function refused(bytes: Buffer, message: RegExp) {
    const before = await mine();
    const dir = fs.existsSync(importDir(config.varDir)) ? files().length : 0;
    const res = await upload(agent, bytes);
    expect(res.status).to.equal(400);
    expect(res.text).to.match(message);
    expect(await mine()).to.deep.equal(before);
    expect(files().length).to.equal(dir);
  }

  it('decodes Windows-1252 (with semicolons)', async () => {
    const text = csv([row({ 'First name': 'Zoë', Company: 'Café Müller' })], ';');
    const id = await importOf(iconv.encode(text, 'windows-1252'));
    const imp = await importRow(id);
    expect([imp.encoding, imp.delimiter]).to.deep.equal(['windows-1252', ';']);
    const [lead] = await leadsOf(id);
    expect([lead.firstName, lead.company]).to.deep.equal(['Zoë', 'Café Müller']);
  });

  it('decodes UTF-16 LE and BE with their BOM, and UTF-8 with a BOM (tabs)', async () => {
    for (const enc of ['utf-16le', 'utf-16be', 'utf-8']) {
      const text = csv([row({ 'First name': 'Łukasz' })], enc === 'utf-8' ? '\t' : ',');
      const id = await importOf(iconv.encode(text, enc, { addBOM: true }));
      const [lead] = await leadsOf(id);
      expect(lead.firstName, enc).to.equal('Łukasz');
      expect((await importRow(id)).headers[0], enc).to.equal(HEADER[0]);
    }
  });

  it('keeps quotes across lines in one cell and rejects ragged rows one by one', async () => {
    const text = `${HEADER.join(',')}\r\n${row({ Notes: 'line one\nline "two"' })
      .map((c) => `"${c.replace(/"/g, '""')}"`)
      .join(',')}\r\nonly,three,cells\r\n${row().join(',')},extra\r\n`;
    const id = await importOf(Buffer.from(text));
    const imp = await importRow(id);
    expect(imp.counts).to.deep.equal({ create: 1, reject: 2 });
    const [lead] = await leadsOf(id);
    expect(lead.notes).to.equal('line one\nline "two"');
  });

  it('refuses a 10 MB cell, a binary file, an empty file, only a header and 1,000 columns', async () => {
    await refused(Buffer.from(csv([row({ Notes: 'x'.repeat(10_000_000) })])), /larger than 1 million characters/);
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200, 0)]);
    await refused(png, /not a CSV file/);
    await refused(Buffer.alloc(0), /The file is empty|Choose a CSV file/);
    await refused(Buffer.from(`${HEADER.join(',')}\r\n`), /only a header row/);
    const wide = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    await refused(Buffer.from(`${wide.join(',')}\n${wide.join(',')}\n`), /1000 columns; at most 200/);
    await refused(Buffer.from('"never closed,a,b\nc,d,e\n'), /never closed|cannot be read/);
  });

  it('writes no file for an upload refused by its role, its CSRF token or its path', async () => {
    fs.mkdirSync(importDir(config.varDir), { recursive: true });
    const before = files().sort();
    const officer = await signedInAgent(await makeUser('compliance'));
    const token = csrfOf((await officer.get('/account')).text);
    const body = Buffer.from(csv([row()]));
    const asOfficer = await officer.post('/leads/import').field('_csrf', token).attach('file', body, 'a.csv');
    expect(asOfficer.status).to.be.oneOf([403, 404]);
    const forged = await agent.post('/leads/import').field('_csrf', 'forged').attach('file', body, 'b.csv');
    expect(forged.status).to.equal(403);
    const page = await agent.get('/leads/import');
    const elsewhere = await agent
      .post('/leads/import/999999/start')
      .field('_csrf', csrfOf(page.text))
      .attach('file', body, 'c.csv');
    expect(elsewhere.status).to.be.within(400, 404);
    await new Promise((r) => setTimeout(r, 100));
    expect(files().sort()).to.deep.equal(before);
  });

  it('takes NUL and other control characters in the file name and the header out, never a 500', async () => {
    const text = csv(
      [row()],
      ',',
      HEADER.map((h, i) => (i === 7 ? `No\u0007tes\u001b` : h)),
    );
    const res = await upload(agent, Buffer.from(text));
    expect(res.status, res.text.slice(0, 300)).to.equal(303);
    expect((await importRow(importIdFrom(res.headers.location))).headers[7]).to.equal('Notes');
    const file = path.join(importDir(config.varDir), `nul-${Date.now()}`);
    fs.writeFileSync(file, csv([row()]));
    const user = await s.users.get(me.user.id);
    const imp = await s.imports.upload(
      user,
      { path: file, originalName: 'leads\u0000\u001b.csv', size: 1 },
      { userId: user.id },
    );
    expect((await importRow(imp.id)).file_name).to.equal('leads.csv');
  });

  it('closes the file when a reader stops early (the preview reads a few rows of a large file)', async () => {
    const file = path.join(importDir(config.varDir), `fd-${Date.now()}.csv`);
    fs.writeFileSync(file, csv(Array.from({ length: 5_000 }, () => row())));
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i++) for await (const _ of records(file, 'utf-8', ',')) break;
    await new Promise((r) => setTimeout(r, 50));
    expect(open()).to.be.at.most(before + 1);
    fs.rmSync(file);
  });

  it('answers a mapping with bad values with 400 and the errors beside the fields', async () => {
    const res = await upload(agent, Buffer.from(csv([row()])));
    const id = importIdFrom(res.headers.location);
    const bad = await postImport(agent, id, 'start', {
      col_firstName: '999',
      col_lastName: 'x',
      val_notes: 'n'.repeat(1_000),
      duplicates: 'explode',
    });
    expect(bad.status).to.equal(400);
    expect(bad.text).to.include('Choose one of the file’s columns.');
    expect((await importRow(id)).state).to.equal('uploaded');
  });
});
