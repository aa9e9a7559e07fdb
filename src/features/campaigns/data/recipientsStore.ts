// A campaign's recipients: one row per eligible lead with its state (queued, sending, sent, skipped with its
// reason at send time, bounced, complained, unsubscribed), written in batches when the campaign starts, locked one
// at a time to send; the leads left out at the start are counted per reason (campaign_exclusions).
import type { Knex } from 'knex';
import type { CampaignTotals, Progress, RecipientState, Timeline } from '../model';

export interface RecipientRow {
  id: number;
  campaignId: number;
  leadId: number;
  state: RecipientState;
  reason: string | null;
  outboxId: number | null;
  softBounces: number;
  sentAt: Date | null;
  unsubscribedAt: Date | null;
  /** The blind index of the address its message went to (set when it was handed over). */
  emailBidx: string | null;
}
type Row = Record<string, any>;
const toRecipient = (r: Row): RecipientRow => ({
  id: Number(r.id),
  campaignId: Number(r.campaign_id),
  leadId: Number(r.lead_id),
  state: r.state,
  reason: r.reason,
  outboxId: r.outbox_id === null ? null : Number(r.outbox_id),
  softBounces: r.soft_bounces,
  sentAt: r.sent_at,
  unsubscribedAt: r.unsubscribed_at,
  emailBidx: r.email_bidx,
});
const STATES: RecipientState[] = ['queued', 'sending', 'sent', 'skipped', 'bounced', 'complained', 'unsubscribed'];
const PENDING: RecipientState[] = ['queued', 'sending'];
/** States of a recipient whose message was handed over and sent. */
const DELIVERED: RecipientState[] = ['sent', 'bounced', 'complained', 'unsubscribed'];

export class RecipientsStore {
  constructor(private readonly db: Knex) {}

  /**
   * Writes a batch of the audience: eligible leads as queued recipients (a lead already one is left as it is), the
   * others counted per reason in campaign_exclusions. Returns the ids of the queued rows written.
   */
  async insertBatch(
    campaignId: number,
    members: { leadId: number; exclusion: string | null }[],
    at: Date,
    trx: Knex.Transaction,
  ): Promise<number[]> {
    const left = new Map<string, number>();
    for (const m of members) if (m.exclusion) left.set(m.exclusion, (left.get(m.exclusion) ?? 0) + 1);
    if (left.size)
      await trx('campaign_exclusions')
        .insert([...left].map(([reason, n]) => ({ campaign_id: campaignId, reason, n })))
        .onConflict(['campaign_id', 'reason'])
        .merge({ n: trx.raw('campaign_exclusions.n + excluded.n') });
    const eligible = members.filter((m) => !m.exclusion);
    if (!eligible.length) return [];
    const rows = await trx('campaign_recipients')
      .insert(eligible.map((m) => ({ campaign_id: campaignId, lead_id: m.leadId, state: 'queued', created_at: at })))
      .onConflict(['campaign_id', 'lead_id'])
      .ignore()
      .returning('id');
    return rows.map((r: Row) => Number(r.id));
  }

  /** Leads left out when the campaign started, by reason. */
  async exclusions(campaignIds: number[]): Promise<Map<number, Record<string, number>>> {
    const out = new Map<number, Record<string, number>>();
    if (!campaignIds.length) return out;
    const rows: Row[] = await this.db('campaign_exclusions').whereIn('campaign_id', campaignIds);
    for (const r of rows) {
      const id = Number(r.campaign_id);
      out.set(id, { ...out.get(id), [r.reason]: Number(r.n) });
    }
    return out;
  }

  /** A recipient still to be sent, locked; other senders skip it instead of waiting. */
  async lockPending(id: number, trx: Knex.Transaction): Promise<RecipientRow | undefined> {
    const r = await trx('campaign_recipients')
      .select('*')
      .where({ id })
      .whereIn('state', PENDING)
      .forUpdate()
      .skipLocked()
      .first();
    return r && toRecipient(r);
  }

  async find(id: number, trx?: Knex.Transaction, forUpdate = false): Promise<RecipientRow | undefined> {
    const q = (trx ?? this.db)('campaign_recipients').select('*').where({ id }).first();
    if (forUpdate) q.forUpdate();
    const r = await q;
    return r && toRecipient(r);
  }

  async handedOver(id: number, outboxId: number, emailBidx: string, trx: Knex.Transaction): Promise<void> {
    await trx('campaign_recipients')
      .where({ id })
      .update({ state: 'sending', outbox_id: outboxId, email_bidx: emailBidx });
  }

  /** Whether another recipient of the campaign was already handed a message to this address. */
  async addressTaken(campaignId: number, emailBidx: string, exceptId: number, trx: Knex.Transaction): Promise<boolean> {
    const r = await trx('campaign_recipients')
      .select('id')
      .where({ campaign_id: campaignId, email_bidx: emailBidx })
      .whereNot('id', exceptId)
      .first();
    return Boolean(r);
  }

  async skip(id: number, reason: string, at: Date, trx: Knex.Transaction): Promise<void> {
    await trx('campaign_recipients').where({ id }).update({ state: 'skipped', reason, done_at: at });
  }

  /** The receiving server refused the address for good: sending → bounced (counted as a hard bounce). */
  async refused(id: number, code: number, at: Date, trx: Knex.Transaction): Promise<RecipientRow | undefined> {
    const [r] = await trx('campaign_recipients')
      .where({ id, state: 'sending' })
      .update({ state: 'bounced', reason: `refused_${code}`, bounced_at: at, done_at: at })
      .returning('*');
    return r && toRecipient(r);
  }

  /** The message went out: sending → sent. */
  async markSent(id: number, at: Date): Promise<void> {
    await this.db('campaign_recipients')
      .where({ id, state: 'sending' })
      .update({ state: 'sent', sent_at: at, done_at: at });
  }

  /** A later outcome of a sent message (bounced, complained, unsubscribed); false if it already had one. */
  async outcome(
    id: number,
    state: 'bounced' | 'complained' | 'unsubscribed',
    at: Date,
    trx: Knex.Transaction,
  ): Promise<boolean> {
    const column = { bounced: 'bounced_at', complained: 'complained_at', unsubscribed: 'unsubscribed_at' }[state];
    const n = await trx('campaign_recipients')
      .where({ id })
      .whereNull(column)
      .update({ state, [column]: at });
    return n === 1;
  }

  async softBounce(id: number, trx: Knex.Transaction): Promise<void> {
    await trx('campaign_recipients')
      .where({ id })
      .update({ soft_bounces: trx.raw('soft_bounces + 1') });
  }

  /** Pending recipients of a campaign after `afterId`, in id order. */
  async pendingIds(campaignId: number, afterId: number, limit: number): Promise<number[]> {
    const rows = await this.db('campaign_recipients')
      .select('id')
      .where('campaign_id', campaignId)
      .whereIn('state', PENDING)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit);
    return rows.map((r) => Number(r.id));
  }

  async hasPending(campaignId: number): Promise<boolean> {
    const r = await this.db('campaign_recipients')
      .select(this.db.raw('1'))
      .where('campaign_id', campaignId)
      .whereIn('state', PENDING)
      .first();
    return Boolean(r);
  }

  /** When a recipient of the campaign last stopped waiting (sent or skipped). */
  async lastDone(campaignId: number): Promise<Date | null> {
    const r = await this.db('campaign_recipients')
      .where('campaign_id', campaignId)
      .whereNotNull('done_at')
      .max('done_at as at')
      .first();
    return (r?.at as Date | null) ?? null;
  }

  async progress(campaignId: number): Promise<Progress> {
    const rows = await this.db('campaign_recipients')
      .select('state', 'reason')
      .count('* as n')
      .where('campaign_id', campaignId)
      .groupBy('state', 'reason');
    const byState = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<RecipientState, number>;
    const skipped: Record<string, number> = {};
    for (const r of rows as Row[]) {
      byState[r.state as RecipientState] += Number(r.n);
      if (r.state === 'skipped') skipped[r.reason] = Number(r.n);
    }
    for (const [reason, n] of Object.entries((await this.exclusions([campaignId])).get(campaignId) ?? {})) {
      byState.skipped += n;
      skipped[reason] = (skipped[reason] ?? 0) + n;
    }
    const total = STATES.reduce((a, s) => a + byState[s], 0);
    const waiting = byState.queued + byState.sending;
    return { total, byState, skipped, percent: total ? Math.floor((100 * (total - waiting)) / total) : 0 };
  }

  /** For the auto-pause thresholds: messages sent, hard bounces and complaints. */
  async rates(campaignId: number, trx: Knex.Transaction) {
    const [r] = await trx('campaign_recipients')
      .where('campaign_id', campaignId)
      .select(
        trx.raw(`count(*) filter (where sent_at is not null) as sent,
          count(*) filter (where state = 'bounced') as bounced,
          count(*) filter (where complained_at is not null) as complained`),
      );
    return { sent: Number(r.sent), bounced: Number(r.bounced), complained: Number(r.complained) };
  }

  /** Sent, bounced, complained and unsubscribed per bucket (`unit` is a date_trunc unit: minute, hour, day). */
  async timeline(campaignId: number, unit: 'minute' | 'hour' | 'day'): Promise<Timeline> {
    const kinds = ['sent', 'bounced', 'complained', 'unsubscribed'] as const;
    const parts = kinds.map((k) =>
      this.db('campaign_recipients')
        .select(this.db.raw(`date_trunc(?, ${k}_at) as bucket, ? as kind`, [unit, k]))
        .count('* as n')
        .where('campaign_id', campaignId)
        .whereNotNull(`${k}_at`)
        .groupByRaw('1'),
    );
    const rows: Row[] = await this.db.unionAll(parts, true).orderBy('bucket');
    const buckets = [...new Set(rows.map((r) => (r.bucket as Date).toISOString()))];
    const series = Object.fromEntries(kinds.map((k) => [k, buckets.map(() => 0)])) as Timeline['series'];
    for (const r of rows)
      series[r.kind as (typeof kinds)[number]][buckets.indexOf(r.bucket.toISOString())] = Number(r.n);
    return { buckets, series };
  }

  /** What the list shows per campaign. */
  async totals(campaignIds: number[]): Promise<Map<number, CampaignTotals>> {
    if (!campaignIds.length) return new Map();
    const rows = await this.db('campaign_recipients')
      .select(
        'campaign_id',
        this.db.raw(
          `count(*) as recipients,
          count(*) filter (where state in (${DELIVERED.map(() => '?').join(',')})) as sent,
          count(*) filter (where state = 'bounced') as bounced,
          count(*) filter (where complained_at is not null) as complained,
          count(*) filter (where unsubscribed_at is not null) as unsubscribed`,
          DELIVERED,
        ),
      )
      .whereIn('campaign_id', campaignIds)
      .groupBy('campaign_id');
    const left = await this.exclusions(campaignIds);
    const leftOut = (id: number) => Object.values(left.get(id) ?? {}).reduce((a, b) => a + b, 0);
    const none = { recipients: 0, sent: 0, bounced: 0, complained: 0, unsubscribed: 0 };
    const out = new Map<number, CampaignTotals>(
      [...left.keys()].map((id) => [id, { ...none, recipients: leftOut(id) }]),
    );
    for (const r of rows as Row[]) {
      const id = Number(r.campaign_id);
      out.set(id, {
        recipients: Number(r.recipients) + leftOut(id),
        sent: Number(r.sent),
        bounced: Number(r.bounced),
        complained: Number(r.complained),
        unsubscribed: Number(r.unsubscribed),
      });
    }
    return out;
  }

  /** The first recipients of a campaign (for its preview). */
  async first(campaignId: number, limit: number): Promise<{ id: number; leadId: number }[]> {
    const rows = await this.db('campaign_recipients')
      .select('id', 'lead_id')
      .where('campaign_id', campaignId)
      .whereNot('state', 'skipped')
      .orderBy('id')
      .limit(limit);
    return rows.map((r) => ({ id: Number(r.id), leadId: Number(r.lead_id) }));
  }
}
