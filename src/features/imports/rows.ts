// One batch of an import's rows, the rules: each row read by the lead form's own parser (the same messages);
// rejected without a lawful basis, when invalid, or when its e-mail or phone is suppressed (opted out, erased,
// objected); a duplicate (the lead form's rules, among the leads the user may see) skipped, updated or merged as
// chosen; otherwise created. Rows are written in the caller's transaction; a dry run's is rolled back. Within
// the file, a row matching a lead an earlier row created is a duplicate of it (the same transaction sees it).
import type { Knex } from 'knex';
import type { DataCipher } from '../../platform/crypto';
import { ValidationError } from '../../platform/errors';
import type { User } from '../accounts';
import {
  leadDiff,
  newLeadFields,
  probeOf,
  readScope,
  writeScope,
  type Lead,
  type LeadFields,
  type LeadInput,
  type LeadStores,
  type Match,
} from '../leads';
import type { ImportRow } from './data/importsStore';
import { Pending, type Candidate } from './pending';
import { SUPPRESSED } from './model';
import { rowForm, TARGETS, type DuplicateMode, type Import, type RowOutcome, type Target } from './model';

export interface RowDeps {
  db: Knex;
  stores: Pick<LeadStores, 'leads' | 'records' | 'duplicates' | 'suppressions'>;
  parse: (form: Record<string, string>, phoneCountry: string) => LeadInput;
  cipher: DataCipher;
  phoneCountry: string;
}
export interface BatchContext {
  imp: Import;
  user: User;
  statuses: { id: number; name: string }[];
  defaultStatusId: number;
}
/**
 * How a batch's duplicate search may run: in the batch's transaction (a dry run, whose earlier batches are not
 * committed), or split over SEARCHERS read-only transactions of their own at once (a run: every earlier batch is
 * committed, and this one has written nothing yet), the trigram search being most of an import's time.
 */
export type SearchMode = 'in-transaction' | 'parallel';
const SEARCHERS = 2;

export interface BatchResult {
  outcomes: RowOutcome[];
  written: ImportRow[];
}

const UPDATABLE = [
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'address',
  'notes',
  'source',
  'tags',
] as const;
type Updatable = (typeof UPDATABLE)[number];
const REASON_LABELS: Record<string, string> = { ...TARGETS, statusId: 'Status' };
const empty = (v: unknown) => v == null || v === '' || (Array.isArray(v) && !v.length);

/** The form parser's first message, named by its field (no value of the row in it). */
function reasonOf(err: ValidationError, imp: Import): string {
  const [field, message] = Object.entries(err.errors)[0] ?? ['file', 'The row is not valid.'];
  const label = REASON_LABELS[field as Target] ?? field;
  if (field === 'lawfulBasis') return `No lawful basis: ${message}`;
  if (field === 'statusId' && imp.mapping?.status) return `Status: no such status.`;
  return `${label}: ${message}`;
}

/** What an update (every non-empty value) or a merge (only empty fields, tags added) changes on `lead`. */
function changesFor(lead: Lead, input: LeadInput, mode: DuplicateMode): Partial<LeadFields> {
  const out: Partial<Record<Updatable, unknown>> = {};
  for (const k of UPDATABLE) {
    const v = input[k];
    if (empty(v)) continue;
    if (k === 'tags') {
      const tags = mode === 'merge' ? [...new Set([...lead.tags, ...input.tags])] : input.tags;
      if (tags.join(',') !== lead.tags.join(',')) out.tags = tags;
    } else if (mode === 'update' ? lead[k] !== v : empty(lead[k])) out[k] = v;
  }
  return out as Partial<LeadFields>;
}

function suppressedReason(s: { channel: 'email' | 'phone'; reason: string }): string {
  const why =
    s.reason === 'erased'
      ? 'erased at their request'
      : s.reason === 'objected'
        ? 'objected'
        : 'opted out or suppressed';
  const what = s.channel === 'email' ? 'e-mail address' : 'phone number';
  return `${SUPPRESSED} (${what}, ${why}): they may not be imported.`;
}

/** A later row's values applied to an earlier row's lead not yet written (update: non-empty values; merge: blanks). */
function mergedInput(earlier: LeadInput, later: LeadInput, mode: 'update' | 'merge'): Partial<LeadInput> {
  const out: Partial<Record<Updatable, unknown>> = {};
  for (const k of UPDATABLE) {
    const v = later[k];
    if (empty(v)) continue;
    if (k === 'tags') out.tags = mode === 'merge' ? [...new Set([...earlier.tags, ...later.tags])] : later.tags;
    else if (mode === 'update' || empty(earlier[k])) out[k] = v;
  }
  return out as Partial<LeadInput>;
}

export class RowImporter {
  constructor(private readonly d: RowDeps) {}

  /** Handles rows (their 1-based numbers after the header, and cells) in `trx`. */
  async batch(
    ctx: BatchContext,
    rows: { no: number; cells: string[] }[],
    trx: Knex.Transaction,
    search: SearchMode = 'in-transaction',
  ) {
    const result: BatchResult = { outcomes: [], written: [] };
    const width = ctx.imp.headers.length;
    const parsed = rows.map((r) => {
      if (r.cells.length !== width)
        return { r, reason: `The row has ${r.cells.length} cells; the header has ${width}.` };
      try {
        const form = rowForm(r.cells, ctx.imp.mapping ?? {}, ctx.statuses, ctx.defaultStatusId);
        return { r, input: this.d.parse(form, this.d.phoneCountry) };
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return { r, reason: reasonOf(err, ctx.imp) };
      }
    });
    const people = parsed.map((p) => ({ email: p.input?.email ?? null, phone: p.input?.phone ?? null }));
    const suppressed = await this.d.stores.suppressions.of(people, trx);
    const valid: Candidate[] = [];
    for (const [i, p] of parsed.entries()) {
      const s = suppressed[i];
      if (!p.input) result.outcomes.push({ row: p.r.no, action: 'reject', reason: p.reason });
      else if (s) result.outcomes.push({ row: p.r.no, action: 'reject', reason: suppressedReason(s) });
      else valid.push({ no: p.r.no, input: p.input, probe: probeOf(p.input), matches: [], visible: [] });
    }
    await this.findDuplicates(ctx, valid, trx, search);
    const pending = new Pending();
    for (const c of valid) await this.one(ctx, c, trx, result, pending);
    await this.createPending(ctx, pending, trx, result);
    result.outcomes.sort((a, b) => a.row - b.row);
    return result;
  }

  /**
   * The leads each row matches and those of them the user may see, for the whole batch at once, as the batch
   * starts: a lead an earlier row of the batch updates is matched by its values before the update.
   */
  private async findDuplicates(ctx: BatchContext, rows: Candidate[], trx: Knex.Transaction, search: SearchMode) {
    const { duplicates } = this.d.stores;
    const probes = rows.map((r) => r.probe);
    let matches: Match[][];
    if (search === 'in-transaction' || probes.length < SEARCHERS) matches = await duplicates.matchesMany(probes, trx);
    else {
      const size = Math.ceil(probes.length / SEARCHERS);
      const parts = Array.from({ length: SEARCHERS }, (_, i) => probes.slice(i * size, (i + 1) * size));
      const found = await Promise.all(
        parts.map((part) => this.d.db.transaction((t) => duplicates.matchesMany(part, t), { readOnly: true })),
      );
      matches = found.flat();
    }
    const visible = await duplicates.visibleMany(matches, readScope(ctx.user), trx);
    rows.forEach((r, i) => {
      r.matches = matches[i];
      r.visible = visible[i];
    });
  }

  /** One valid row: a duplicate of an earlier row of the batch, of a lead the user may see, or a new lead. */
  private async one(ctx: BatchContext, row: Candidate, trx: Knex.Transaction, out: BatchResult, pending: Pending) {
    const { leads, records } = this.d.stores;
    const { no, input, probe, matches, visible } = row;
    const mode = ctx.imp.duplicates;
    const earlier = pending.find(probe);
    if (earlier) {
      // the lead an earlier row of this batch creates: skipped, or its values updated or merged before it is written
      if (mode !== 'skip') earlier.input = { ...earlier.input, ...mergedInput(earlier.input, input, mode) };
      return void out.outcomes.push({ row: no, action: mode === 'skip' ? 'duplicate' : mode });
    }
    if (!visible.length) return pending.add({ no, input, matches, probe });
    const target = mode === 'skip' ? undefined : visible.find((d) => d.mergedIntoId === null);
    const lead = target && (await leads.find(target.id, writeScope(ctx.user), trx, true));
    if (!lead) return void out.outcomes.push({ row: no, action: 'duplicate', leadId: visible[0].id });
    const changes = changesFor(lead, input, mode);
    const keys = Object.keys(changes) as (keyof LeadFields)[];
    const previous = Object.fromEntries(keys.map((k) => [k, lead[k] ?? null]));
    if (keys.length) {
      await leads.update(lead.id, changes, trx);
      const said = `${mode === 'merge' ? 'merged' : 'updated'} by import #${ctx.imp.id} (row ${no})`;
      await records.addHistory(
        lead.id,
        ctx.user.id,
        [...leadDiff(lead, changes), { field: 'import', oldValue: null, newValue: said, personal: false }],
        trx,
      );
    }
    out.outcomes.push({ row: no, action: mode === 'merge' ? 'merge' : 'update', leadId: lead.id });
    out.written.push({
      rowNo: no,
      leadId: lead.id,
      action: mode === 'merge' ? 'merged' : 'updated',
      previousEnc: this.d.cipher.encrypt(JSON.stringify(previous)),
    });
  }

  /** The batch's new leads in one statement, with their history, consents and duplicate pairs. */
  private async createPending(ctx: BatchContext, pending: Pending, trx: Knex.Transaction, out: BatchResult) {
    const { leads, duplicates, records } = this.d.stores;
    const created = await leads.insertMany(
      pending.list.map((p) => newLeadFields(p.input, ctx.user.id, ctx.user)),
      ctx.user.id,
      trx,
    );
    const history: { leadId: number; field: string; newValue: string }[] = [];
    for (const [i, p] of pending.list.entries()) {
      const id = created[i];
      if (p.matches.length) await duplicates.replace(id, p.matches, trx);
      const said = `imported by import #${ctx.imp.id} (row ${p.no}), lawful basis: ${p.input.lawfulBasis}`;
      history.push({ leadId: id, field: 'created', newValue: said });
      if (p.input.emailConsent) {
        await records.addConsent(
          id,
          {
            channel: 'email',
            status: 'granted',
            evidence: p.input.emailConsent,
            reason: null,
            recordedBy: ctx.user.id,
          },
          trx,
        );
        history.push({ leadId: id, field: 'consent.email', newValue: 'granted' });
      }
      out.outcomes.push({ row: p.no, action: 'create', leadId: id });
      out.written.push({ rowNo: p.no, leadId: id, action: 'created', previousEnc: null });
    }
    await records.addPlainHistory(history, ctx.user.id, trx);
  }
}
