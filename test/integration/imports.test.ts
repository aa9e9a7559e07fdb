// Imports of leads from CSV (issue 14): upload, preview and remembered mapping; the dry run writes nothing; the
// import rejects rows without a lawful basis, invalid rows (the lead form's message), ragged rows and suppressed
// or erased people, skips/updates/merges duplicates as chosen, and its rejects file lists each bad row with its
// reason (formulas neutralized); undo removes what it created and restores what it updated or merged.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { config, s } from '../support/setup';
import { clockedServices } from '../support/status';
import { importDir } from '../../src/features/imports';
import { ValidationError } from '../../src/platform/errors';
import { makeUser, type Agent, type TestUser, signedInAgent } from '../support/helpers';
import { createLead, loadStatuses, word } from '../support/leads';
import { binary } from '../support/exports';
import { normalizePhone } from '../../src/features/leads';
import { csv, importIdFrom, importRow, mappingForm, postImport, row, upload } from '../support/imports';

const DAY = 86_400_000;

describe('imports of leads from CSV', function () {
  this.timeout(60_000);
  let me: TestUser;
  let agent: Agent;

  before(async () => {
    await loadStatuses();
    me = await makeUser('staff');
    agent = await signedInAgent(me);
  });

  const leadsOf = (userId: number) =>
    s.db('leads').where({ owner_id: userId }).count<{ count: string }[]>('* as count');
  const count = async (userId: number) => Number((await leadsOf(userId))[0].count);

  async function uploaded(text: string): Promise<number> {
    const res = await upload(agent, text);
    expect(res.status, res.text.slice(0, 300)).to.equal(303);
    return importIdFrom(res.headers.location);
  }
  async function runImport(id: number, form: Record<string, string> = {}) {
    const res = await postImport(agent, id, 'start', mappingForm(form));
    expect(res.status, res.text.slice(0, 500)).to.equal(303);
    const r = await s.importRunner.run(id);
    expect(r.ran).to.equal(true);
    return importRow(id);
  }

  it('shows the first rows and pre-fills the mapping remembered for the same header', async () => {
    const id = await uploaded(csv([row({ 'First name': 'Preview' }), row()]));
    const page = await agent.get(`/leads/import/${id}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.include('Preview');
    await postImport(agent, id, 'dry-run', mappingForm({ val_source: 'Fair list' }));
    await s.importRunner.check(id);
    const next = await uploaded(csv([row()]));
    const again = await agent.get(`/leads/import/${next}`);
    expect(again.text).to.match(/name="val_source"[^>]*value="Fair list"/);
  });

  it('a dry run reports per row and writes nothing to leads', async () => {
    const before = await count(me.user.id);
    const history = await s.db('lead_history').count<{ count: string }[]>('* as count');
    const id = await uploaded(csv([row(), row({ 'Lawful basis': '' }), row({ Email: 'not-an-address' })]));
    const res = await postImport(agent, id, 'dry-run', mappingForm());
    expect(res.status).to.equal(303);
    expect((await importRow(id)).state, 'a worker does the dry run').to.equal('checking');
    expect((await agent.get(`/leads/import/${id}`)).text).to.include('Dry run progress');
    const meanwhile = await postImport(agent, id, 'start', mappingForm());
    expect([meanwhile.status, meanwhile.text.includes('A dry run is in progress')]).to.deep.equal([409, true]);
    expect(await s.importRunner.check(id)).to.deep.equal({ ran: true, rows: 3 });
    const imp = await importRow(id);
    expect(imp.dry_run.counts).to.deep.equal({ create: 1, reject: 2 });
    expect(imp.dry_run.rows[1].reason).to.match(/lawful basis/i);
    expect(await count(me.user.id)).to.equal(before);
    expect(await s.db('lead_history').count<{ count: string }[]>('* as count')).to.deep.equal(history);
    expect(await s.db('import_rows').where({ import_id: id })).to.have.length(0);
    expect(imp.state).to.equal('uploaded');
    const page = await agent.get(`/leads/import/${id}`);
    expect(page.text).to.include('dry-run-totals');
  });

  it('rejects bad, ragged and suppressed rows, lists each with its reason, and undo removes the created', async () => {
    const erased = `${word()}@example.test`;
    await s.db('email_suppressions').insert({ email_bidx: s.cipher.blindIndex(erased), reason: 'erased' });
    const objected = row();
    await s.db('phone_suppressions').insert({
      phone_bidx: s.cipher.blindIndex(normalizePhone(objected[4], 'GB')!),
      reason: 'objected',
    });
    const good = [row(), row()];
    const ragged = row().slice(0, 5);
    const rows = [
      good[0],
      row({ 'Lawful basis': '' }),
      row({ Email: 'nope', 'First name': '=HYPERLINK("x")' }),
      ragged,
      row({ Email: erased }),
      objected,
      good[1],
    ];
    const before = await count(me.user.id);
    const id = await uploaded(csv(rows));
    const imp = await runImport(id);
    expect(imp.state).to.equal('done');
    expect(imp.counts).to.deep.equal({ create: 2, reject: 5 });
    expect(await count(me.user.id)).to.equal(before + 2);

    const file = await agent.get(`/leads/import/${id}/rejects`).buffer(true).parse(binary);
    expect(file.status).to.equal(200);
    const text = (file.body as Buffer).toString('utf8').replace(/^\uFEFF/, '');
    const out: string[][] = parse(text, { relax_column_count: true });
    expect(out[0]).to.deep.equal([
      ...['First name', 'Last name', 'Company', 'Email', 'Phone', 'Tags', 'Lawful basis', 'Notes'],
      'Reason',
    ]);
    expect(out).to.have.length(6);
    const reasons = out.slice(1).map((r) => r[r.length - 1]);
    expect(reasons[0]).to.match(/^No lawful basis/);
    expect(reasons[1]).to.match(/^E-mail: Enter an e-mail address/);
    expect(out[2][0]).to.equal(`'=HYPERLINK("x")`);
    expect(reasons[2]).to.match(/5 cells; the header has 8/);
    expect(reasons[3]).to.match(/^Row \d+: The person is on the suppression list \(e-mail address, erased/);
    expect(reasons[4]).to.match(/suppression list \(phone number, objected/);
    // an erased or objecting person's row is not written out again: only its number and the reason
    for (const r of out.slice(4)) expect(r.slice(0, -1).every((c) => c === '')).to.equal(true);
    expect(text).to.not.include(erased);

    const undo = await postImport(agent, id, 'undo');
    expect(undo.status).to.equal(303);
    expect((await importRow(id)).state, 'a worker does the undo').to.equal('undoing');
    expect((await postImport(agent, id, 'undo')).status, 'asked once').to.equal(409);
    expect(await s.imports.runUndo(id)).to.deep.equal({ removed: 2, restored: 0, kept: 0 });
    expect(await count(me.user.id)).to.equal(before);
    const after = await importRow(id);
    expect(after.state).to.equal('undone');
    expect(after.file_name).to.equal('leads.csv');
    const audit = await s
      .db('audit_log')
      .where({ action: 'lead.import.undo', target_id: String(id) })
      .first();
    expect(audit).to.not.equal(undefined);
    expect(JSON.stringify(audit.details)).to.not.include('@');
    expect((await postImport(agent, id, 'undo')).status).to.equal(409);
  });

  it('updates or merges duplicates as chosen, and undo restores the previous values', async () => {
    const existing = await createLead(me, { jobTitle: '', company: 'Old Co', notes: 'old notes', tags: 'kept' });
    const dup = row({
      'First name': existing.firstName,
      'Last name': existing.lastName,
      Email: existing.email!,
      Company: 'New Co',
      Tags: 'added',
      Notes: 'new notes',
    });
    // update: the row's non-empty values replace the lead's
    let id = await uploaded(csv([dup]));
    let imp = await runImport(id, { duplicates: 'update' });
    expect(imp.counts).to.deep.equal({ update: 1 });
    let lead = await s.leads.get(me.user, existing.id);
    expect([lead.company, lead.notes, lead.tags]).to.deep.equal(['New Co', 'new notes', ['added']]);
    await postImport(agent, id, 'undo');
    await s.imports.runUndo(id);
    lead = await s.leads.get(me.user, existing.id);
    expect([lead.company, lead.notes, lead.tags]).to.deep.equal(['Old Co', 'old notes', ['kept']]);
    const history = await s.leads.history(lead);
    expect(history.some((h) => h.field === 'import' && /undone/.test(h.newValue ?? ''))).to.equal(true);

    // merge: only empty fields filled, tags added
    id = await uploaded(
      csv([dup], ',', ['First name', 'Last name', 'Company', 'Email', 'Phone', 'Tags', 'Lawful basis', 'Notes']),
    );
    imp = await runImport(id, { duplicates: 'merge', val_jobTitle: 'CTO' });
    expect(imp.counts).to.deep.equal({ merge: 1 });
    lead = await s.leads.get(me.user, existing.id);
    expect([lead.company, lead.jobTitle, lead.tags]).to.deep.equal(['Old Co', 'CTO', ['kept', 'added']]);
    await postImport(agent, id, 'undo');
    await s.imports.runUndo(id);
    lead = await s.leads.get(me.user, existing.id);
    expect([lead.jobTitle, lead.tags]).to.deep.equal([null, ['kept']]);

    // skip (and a duplicate within the file: the second row matches the lead the first created)
    const twin = row();
    id = await uploaded(csv([dup, twin, twin]));
    imp = await runImport(id, { duplicates: 'skip' });
    expect(imp.counts).to.deep.equal({ duplicate: 2, create: 1 });
  });

  it('finds a similar name and company as the lead form does, in the dry run and the run, only among visible leads', async () => {
    const other = await makeUser('staff');
    const w = word();
    const mine = await createLead(me, { firstName: 'Katherine', lastName: `Johnson${w}`, company: `Langley ${w}` });
    const theirs = await createLead(other, { firstName: 'Dorothy', lastName: `Vaughan${w}`, company: `Ames ${w}` });
    // one letter off, other e-mail and phone: only the trigram similarity of name + company finds them
    const near = row({ 'First name': 'Katherine', 'Last name': `Jonson${w}`, Company: `Langley ${w}` });
    const hidden = row({ 'First name': 'Dorothy', 'Last name': `Vaughn${w}`, Company: `Ames ${w}` });
    const fresh = row();
    const id = await uploaded(csv([near, hidden, fresh]));
    await postImport(agent, id, 'dry-run', mappingForm());
    await s.importRunner.check(id);
    const dry = (await importRow(id)).dry_run;
    expect(dry.rows.map((r: { action: string }) => r.action)).to.deep.equal(['duplicate', 'create', 'create']);
    const imp = await runImport(id);
    expect(imp.counts).to.deep.equal({ duplicate: 1, create: 2 });
    const created = await s.db('import_rows').where({ import_id: id, action: 'created' }).orderBy('row_no');
    expect(created.map((r) => r.row_no)).to.deep.equal([2, 3]);
    // the lead the user may not see is not a reason to skip, but is kept as a possible duplicate, as a form save does
    const pairs = await s.db('lead_duplicates').where({ lead_id: created[0].lead_id }).select('other_id', 'reason');
    expect(pairs.map((p) => [Number(p.other_id), p.reason])).to.deep.equal([[theirs.id, 'name']]);
    expect(await s.db('lead_duplicates').where({ lead_id: created[1].lead_id })).to.deep.equal([]);
    expect(await s.db('leads').where({ id: mine.id }).first()).to.include({ last_name: `Johnson${w}` });
  });

  it('may be undone only within the configured period after it finished', async () => {
    const start = Date.UTC(2030, 0, 10, 9, 0);
    const { t, time } = clockedServices(start, { IMPORT_UNDO_DAYS: 7 });
    try {
      const user = await s.users.get(me.user.id);
      const file = path.join(importDir(config.varDir), crypto.randomUUID());
      const text = csv([row()]);
      await fs.promises.writeFile(file, text);
      const actor = { userId: me.user.id };
      const imp = await t.imports.upload(user, { path: file, originalName: 'late.csv', size: text.length }, actor);
      await t.imports.start(user, imp.id, mappingForm(), actor);
      expect((await t.importRunner.run(imp.id)).ran).to.equal(true);
      time.set(start + 7 * DAY + 60_000);
      const late = await t.imports.undo(user, imp.id).catch((e: unknown) => e);
      expect(late).to.be.instanceOf(ValidationError);
      expect((late as ValidationError).errors.undo).to.match(/within 7 days/);
      expect((await importRow(imp.id)).state).to.equal('done');
      time.set(start + 7 * DAY - 60_000);
      await t.imports.undo(user, imp.id);
      expect(await t.imports.runUndo(imp.id)).to.include({ removed: 1 });
    } finally {
      await t.close();
    }
  });

  it('lists a lead’s imports for access reports, and the retention target deletes old rejects files', async () => {
    const id = await uploaded(csv([row(), row({ 'Lawful basis': '' })]));
    const imp = await runImport(id);
    const [written] = await s.db('import_rows').where({ import_id: id });
    const of = await s.importsOfLeads([Number(written.lead_id)]);
    expect(of).to.deep.include({
      leadId: Number(written.lead_id),
      importId: id,
      fileName: 'leads.csv',
      at: imp.finished_at,
      byUserId: me.user.id,
      action: 'created',
    });
    const later = new Date(Date.now() + 60_000);
    expect(await s.importRejects.candidates(later)).to.include(String(id));
    expect(await s.importRejects.candidates(new Date(0))).to.not.include(String(id));
    expect(await s.importRejects.apply([String(id)], later)).to.deep.equal([String(id)]);
    expect((await importRow(id)).rejects_path).to.equal(null);
    expect((await agent.get(`/leads/import/${id}/rejects`)).status).to.equal(404);
  });

  it('shows another user’s import as none', async () => {
    const id = await uploaded(csv([row()]));
    const other = await signedInAgent(await makeUser('staff'));
    expect((await other.get(`/leads/import/${id}`)).status).to.equal(404);
    expect((await other.get(`/leads/import/${id}/progress`)).status).to.equal(404);
  });
});
