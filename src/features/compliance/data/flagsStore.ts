// Compliance flags (a held or blocked campaign, a security pattern), their decisions and termination requests.
import type { Knex } from 'knex';
import type { Decision, DecisionAction, Family, Flag, FlagState, TerminationRequest } from '../model';

type Row = Record<string, any>;
const toFlag = (r: Row): Flag => ({
  id: Number(r.id),
  kind: r.kind,
  campaignId: r.campaign_id === null ? null : Number(r.campaign_id),
  userId: r.user_id,
  state: r.state,
  verdict: r.verdict,
  score: Number(r.score),
  families: r.families,
  hits: r.hits,
  evidence: r.evidence ?? {},
  rulesVersion: r.rules_version,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});
const toDecision = (r: Row): Decision => ({
  id: Number(r.id),
  flagId: r.flag_id === null ? null : Number(r.flag_id),
  userId: r.user_id,
  action: r.action,
  reason: r.reason,
  actorId: r.actor_id,
  createdAt: r.created_at,
});
const toTermination = (r: Row): TerminationRequest => ({
  id: Number(r.id),
  userId: r.user_id,
  reason: r.reason,
  requestedBy: r.requested_by,
  requestedAt: r.requested_at,
  confirmedBy: r.confirmed_by,
  confirmedAt: r.confirmed_at,
});

/** A flag as the gate or the detector raises it (its families come from its hits). */
export type NewFlag = Omit<Flag, 'id' | 'families' | 'decidedAt'> & { dedupeKey?: string };
export interface FlagFilter {
  state?: FlagState;
  family?: Family;
  userId?: number;
  olderThan?: Date;
  limit?: number;
}

export class FlagsStore {
  constructor(private readonly db: Knex) {}

  /** Inserts the flag; undefined when its dedupe key was taken (the same pattern was flagged already). */
  async insert(f: NewFlag, trx?: Knex.Transaction): Promise<Flag | undefined> {
    const families = [...new Set(f.hits.map((h) => h.family))];
    const [r] = await (trx ?? this.db)('compliance_flags')
      .insert({
        kind: f.kind,
        campaign_id: f.campaignId,
        user_id: f.userId,
        state: f.state,
        verdict: f.verdict,
        score: f.score,
        families,
        hits: JSON.stringify(f.hits),
        evidence: JSON.stringify(f.evidence),
        rules_version: f.rulesVersion,
        dedupe_key: f.dedupeKey ?? null,
        created_at: f.createdAt,
      })
      .onConflict('dedupe_key')
      .ignore()
      .returning('*');
    return r ? toFlag(r) : undefined;
  }

  /** A campaign's undecided flag (open, or waiting for the sender's changes), locked. */
  async liveForCampaign(campaignId: number, trx: Knex.Transaction): Promise<Flag | undefined> {
    const r = await trx('compliance_flags')
      .where({ campaign_id: campaignId })
      .whereIn('state', ['open', 'changes_requested'])
      .forUpdate()
      .first();
    return r ? toFlag(r) : undefined;
  }

  /** A resubmitted campaign's flag, open again with the new scan. */
  async reopen(
    id: number,
    f: Pick<NewFlag, 'verdict' | 'score' | 'hits' | 'evidence' | 'rulesVersion'>,
    trx: Knex.Transaction,
  ) {
    await trx('compliance_flags')
      .where({ id })
      .update({
        state: 'open',
        verdict: f.verdict,
        score: f.score,
        families: [...new Set(f.hits.map((h) => h.family))],
        hits: JSON.stringify(f.hits),
        evidence: JSON.stringify(f.evidence),
        rules_version: f.rulesVersion,
        decided_at: null,
      });
  }

  async find(id: number, trx?: Knex.Transaction, forUpdate = false): Promise<Flag | undefined> {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const q = (trx ?? this.db)('compliance_flags').where({ id }).first();
    if (forUpdate) q.forUpdate();
    const r = await q;
    return r ? toFlag(r) : undefined;
  }

  async setState(id: number, state: FlagState, at: Date, trx: Knex.Transaction): Promise<void> {
    await trx('compliance_flags')
      .where({ id })
      .update({ state, decided_at: state === 'open' ? null : at });
  }

  async list(f: FlagFilter): Promise<Flag[]> {
    const q = this.db('compliance_flags')
      .orderBy('id', 'desc')
      .limit(f.limit ?? 200);
    if (f.state) q.where('state', f.state);
    if (f.family) q.whereRaw('? = any(families)', [f.family]);
    if (f.userId) q.where('user_id', f.userId);
    if (f.olderThan) q.where('created_at', '<', f.olderThan);
    return (await q).map(toFlag);
  }

  /** Flags per ISO week and family since `since`, for the queue's chart. */
  async perWeek(since: Date): Promise<{ week: string; family: Family; n: number }[]> {
    const rows = await this.db('compliance_flags')
      .select(
        this.db.raw(`to_char(date_trunc('week', created_at), 'YYYY-MM-DD') as week`),
        this.db.raw('unnest(families) as family'),
      )
      .count('* as n')
      .where('created_at', '>=', since)
      .groupByRaw('1, 2')
      .orderByRaw('1');
    return rows.map((r: Row) => ({ week: r.week, family: r.family, n: Number(r.n) }));
  }

  async decide(
    d: {
      flagId: number | null;
      userId: number;
      action: DecisionAction;
      reason: string;
      actorId: number | null;
      auditId: number;
      at: Date;
    },
    trx: Knex.Transaction,
  ) {
    await trx('compliance_decisions').insert({
      flag_id: d.flagId,
      user_id: d.userId,
      action: d.action,
      reason: d.reason,
      actor_id: d.actorId,
      audit_id: d.auditId,
      created_at: d.at,
    });
  }

  async decisions(where: { flagId?: number; userId?: number }): Promise<(Decision & { auditId: number | null })[]> {
    const q = this.db('compliance_decisions').orderBy('id');
    if (where.flagId) q.where('flag_id', where.flagId);
    if (where.userId) q.where('user_id', where.userId);
    return (await q).map((r: Row) => ({ ...toDecision(r), auditId: r.audit_id === null ? null : Number(r.audit_id) }));
  }

  async requestTermination(
    t: { userId: number; flagId: number | null; reason: string; by: number; at: Date },
    trx: Knex.Transaction,
  ) {
    const rows = await trx('termination_requests')
      .insert({ user_id: t.userId, flag_id: t.flagId, reason: t.reason, requested_by: t.by, requested_at: t.at })
      .onConflict(trx.raw('(user_id) where confirmed_at is null'))
      .ignore()
      .returning('*');
    return rows[0] ? toTermination(rows[0]) : undefined;
  }

  async termination(id: number, trx?: Knex.Transaction): Promise<TerminationRequest | undefined> {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const q = (trx ?? this.db)('termination_requests').where({ id }).first();
    if (trx) q.forUpdate();
    const r = await q;
    return r ? toTermination(r) : undefined;
  }

  async pendingTerminations(): Promise<TerminationRequest[]> {
    return (await this.db('termination_requests').whereNull('confirmed_at').orderBy('id')).map(toTermination);
  }

  async confirmTermination(id: number, by: number, at: Date, trx: Knex.Transaction): Promise<void> {
    await trx('termination_requests').where({ id }).update({ confirmed_by: by, confirmed_at: at });
  }
}
