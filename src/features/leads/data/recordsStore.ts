// A lead's history (who, when, field, old → new; personal values encrypted like the lead) and its
// consent records (append-only: a withdrawal is a new record, never a deletion).
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import { selectedSelect } from '../../../platform/db';
import { ShapeCache } from '../../../platform/shapes';
import type { Change, ConsentInput, ConsentRecord, HistoryEntry } from '../model';

export class RecordsStore {
  private readonly shapes: ShapeCache;

  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {
    this.shapes = new ShapeCache(db);
  }

  async addHistory(
    leadId: number,
    userId: number | null,
    changes: Change[],
    trx: Knex.Transaction,
    at = new Date(),
  ): Promise<void> {
    if (!changes.length) return;
    const c = this.cipher;
    await trx('lead_history').insert(
      changes.map((ch) => ({
        lead_id: leadId,
        user_id: userId,
        at,
        field: ch.field,
        old_value: ch.personal ? c.encryptOptional(ch.oldValue) : ch.oldValue,
        new_value: ch.personal ? c.encryptOptional(ch.newValue) : ch.newValue,
        encrypted: ch.personal,
        key_id: ch.personal ? c.currentKeyId : null,
      })),
    );
  }

  /** Non-personal history entries of many leads in one statement (an import's batch). */
  async addPlainHistory(
    entries: { leadId: number; field: string; newValue: string }[],
    userId: number | null,
    trx: Knex.Transaction,
    at = new Date(),
  ): Promise<void> {
    if (!entries.length) return;
    await trx('lead_history').insert(
      entries.map((e) => ({
        lead_id: e.leadId,
        user_id: userId,
        at,
        field: e.field,
        old_value: null,
        new_value: e.newValue,
        encrypted: false,
        key_id: null,
      })),
    );
  }

  /** History of the leads given, newest first. */
  history(leadIds: number[], limit = 500): Promise<HistoryEntry[]> {
    return this.historyWhere('of leads', 'lead_id = any(?::bigint[])', leadIds, limit);
  }

  /** history() of a lead and of the leads merged into it, in one query: every lead page asks. */
  historyOfLead(leadId: number, limit = 500): Promise<HistoryEntry[]> {
    const merged = 'lead_id in (select ?::bigint union all select id from leads where merged_into_id = ?)';
    return this.historyWhere('of a lead with those merged', merged, leadId, limit);
  }

  /** lead_history rows whose lead meets `condition` (each ? is `value`), compiled once (platform/shapes.ts). */
  private async historyWhere(
    name: string,
    condition: string,
    value: number | number[],
    limit: number,
  ): Promise<HistoryEntry[]> {
    const query = this.shapes.compile(
      `lead.history:${name}`,
      (param) => ({ v: param(value), n: param(limit) }),
      ({ v, n }) =>
        this.db('lead_history')
          .select('*')
          .whereRaw(
            condition,
            condition
              .split('?')
              .slice(1)
              .map(() => v),
          )
          .orderBy([
            { column: 'at', order: 'desc' },
            { column: 'id', order: 'desc' },
          ])
          .limit(n),
    );
    return (await selectedSelect(this.db, query)).map((r) => this.toHistory(r));
  }

  /** A lead_history row as an entry, its personal values decrypted. */
  toHistory(r: Record<string, any>): HistoryEntry {
    const c = this.cipher;
    return {
      id: Number(r.id),
      leadId: Number(r.lead_id),
      userId: r.user_id,
      at: r.at,
      field: r.field,
      oldValue: r.encrypted ? c.decryptOptional(r.old_value) : r.old_value,
      newValue: r.encrypted ? c.decryptOptional(r.new_value) : r.new_value,
    };
  }

  async addConsent(
    leadId: number,
    rec: ConsentInput & { recordedBy: number | null },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('lead_consents').insert({
      lead_id: leadId,
      channel: rec.channel,
      status: rec.status,
      method: rec.evidence.method,
      source: rec.evidence.source,
      obtained_at: rec.evidence.obtainedAt,
      wording: rec.evidence.wording,
      reason: rec.reason,
      recorded_by: rec.recordedBy,
    });
  }

  async consents(leadIds: number[]): Promise<ConsentRecord[]> {
    const query = this.shapes.compile(
      'lead.consents',
      (param) => param(leadIds),
      (ids) =>
        this.db('lead_consents')
          .select('*')
          .whereRaw('lead_id = any(?::bigint[])', [ids])
          .orderBy([
            { column: 'recorded_at', order: 'desc' },
            { column: 'id', order: 'desc' },
          ]),
    );
    return (await selectedSelect(this.db, query)).map((r) => this.toConsent(r));
  }

  /** A lead_consents row as a consent record. */
  toConsent(r: Record<string, any>): ConsentRecord {
    return {
      id: Number(r.id),
      leadId: Number(r.lead_id),
      channel: r.channel,
      status: r.status,
      evidence: { method: r.method, source: r.source, obtainedAt: r.obtained_at, wording: r.wording },
      reason: r.reason,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    };
  }

  /** Moves the loser's consent records to the winner of a merge (they are evidence about the person). */
  async moveConsents(fromLeadId: number, toLeadId: number, trx: Knex.Transaction): Promise<void> {
    await trx('lead_consents').where({ lead_id: fromLeadId }).update({ lead_id: toLeadId });
  }
}
