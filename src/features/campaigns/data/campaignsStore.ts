// Campaigns in PostgreSQL, read and written inside a CampaignScope (../access.ts).
import type { Knex } from 'knex';
import type { CampaignScope } from '../access';
import type { Campaign, CampaignDraft, CampaignScan, CampaignState } from '../model';

/** A campaign's recipients by outcome, as its owner's data export lists them. */
export interface OwnTotals {
  recipients: number;
  sent: number;
  bounced: number;
  complained: number;
  unsubscribed: number;
}

/** The advisory-lock namespace of writing a campaign's recipients. */
const PREPARE_LOCK = 7301;

/** What a change of state may also set. */
export interface StateFields {
  stateReason?: string | null;
  scheduledAt?: Date | null;
  startedAt?: Date;
  finishedAt?: Date;
  /** All recipients written. */
  preparedAt?: Date;
  nextRun?: boolean;
  scan?: CampaignScan;
  clearedAt?: Date | null;
}

const COLUMNS = [
  'id',
  'owner_id',
  'name',
  'subject',
  'sender_name',
  'body_md',
  'audience',
  'state',
  'state_reason',
  'scheduled_at',
  'started_at',
  'finished_at',
  'prepared_at',
  'run',
  'prepare_cursor',
  'scan',
  'cleared_at',
  'created_at',
  'updated_at',
];
type Row = Record<string, any>;
const toCampaign = (r: Row): Campaign => ({
  id: Number(r.id),
  ownerId: r.owner_id,
  name: r.name,
  subject: r.subject,
  senderName: r.sender_name,
  body: r.body_md,
  audience: r.audience ?? {},
  state: r.state,
  stateReason: r.state_reason,
  scheduledAt: r.scheduled_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  preparedAt: r.prepared_at,
  run: r.run,
  prepareCursor: Number(r.prepare_cursor),
  scan: r.scan ?? null,
  clearedAt: r.cleared_at ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toRow = (d: CampaignDraft) => ({
  name: d.name,
  subject: d.subject,
  sender_name: d.senderName,
  body_md: d.body,
  audience: JSON.stringify(d.audience),
});

/** access.ts's rule in SQL. */
function scoped(q: Knex.QueryBuilder, scope: CampaignScope): Knex.QueryBuilder {
  if (scope.kind === 'none') q.whereRaw('false');
  if (scope.kind === 'own') q.where('campaigns.owner_id', scope.userId);
  return q;
}

export class CampaignsStore {
  constructor(private readonly db: Knex) {}

  async insert(ownerId: number, draft: CampaignDraft, trx: Knex.Transaction): Promise<Campaign> {
    const [r] = await trx('campaigns')
      .insert({ ...toRow(draft), owner_id: ownerId })
      .returning(COLUMNS);
    return toCampaign(r);
  }

  /** Changes a draft (only while it is one); false when there was no such draft. */
  async updateDraft(id: number, draft: CampaignDraft, trx: Knex.Transaction): Promise<boolean> {
    const n = await trx('campaigns')
      .where({ id, state: 'draft' })
      .update({ ...toRow(draft), cleared_at: null, updated_at: trx.fn.now() });
    return n === 1;
  }

  /** The campaign inside the scope, or undefined. */
  async find(
    id: number,
    scope: CampaignScope,
    trx?: Knex.Transaction,
    forUpdate = false,
  ): Promise<Campaign | undefined> {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const q = scoped((trx ?? this.db)('campaigns').select(COLUMNS).where('campaigns.id', id), scope);
    if (forUpdate) q.forUpdate();
    const r = await q.first();
    return r ? toCampaign(r) : undefined;
  }

  /** The newest campaigns inside the scope. */
  async list(scope: CampaignScope, limit = 200): Promise<Campaign[]> {
    const rows = await scoped(this.db('campaigns').select(COLUMNS), scope).orderBy('id', 'desc').limit(limit);
    return rows.map(toCampaign);
  }

  /** Moves the campaign from one of `from` to `to`; false when it was in none of them. */
  async transition(
    id: number,
    from: CampaignState[],
    to: CampaignState,
    fields: StateFields,
    trx?: Knex.Transaction,
  ): Promise<boolean> {
    const db = trx ?? this.db;
    const change: Record<string, unknown> = { state: to, updated_at: db.fn.now() };
    if (fields.stateReason !== undefined) change.state_reason = fields.stateReason;
    if (fields.scheduledAt !== undefined) change.scheduled_at = fields.scheduledAt;
    if (fields.startedAt) change.started_at = fields.startedAt;
    if (fields.finishedAt) change.finished_at = fields.finishedAt;
    if (fields.preparedAt) change.prepared_at = fields.preparedAt;
    if (fields.nextRun) change.run = db.raw('run + 1');
    if (fields.scan) change.scan = JSON.stringify(fields.scan);
    if (fields.clearedAt !== undefined) change.cleared_at = fields.clearedAt;
    const n = await db('campaigns').where({ id }).whereIn('state', from).update(change);
    return n === 1;
  }

  /** Any campaign by id (for jobs, which act for no user). */
  findAny(id: number, trx?: Knex.Transaction, forShare = false): Promise<Campaign | undefined> {
    const q = (trx ?? this.db)('campaigns').select(COLUMNS).where({ id }).first();
    if (forShare) q.forShare();
    return q.then((r: Row | undefined) => (r ? toCampaign(r) : undefined));
  }

  /**
   * Holds, until `trx` ends, the one right to write this campaign's recipients: two start jobs (the one a send
   * enqueued and one a sweep enqueued) take turns, each batch reading the cursor the previous one left. Sends,
   * which only share-lock the campaign row, are not held up.
   */
  async lockForPrepare(id: number, trx: Knex.Transaction): Promise<void> {
    await trx.raw('select pg_advisory_xact_lock(?, ?)', [PREPARE_LOCK, id]);
  }

  /** The same lock if it is free now; false when another transaction holds it. */
  async tryLockForPrepare(id: number, trx: Knex.Transaction): Promise<boolean> {
    const r = await trx.raw<{ rows: { locked: boolean }[] }>('select pg_try_advisory_xact_lock(?, ?) as locked', [
      PREPARE_LOCK,
      id,
    ]);
    return r.rows[0].locked;
  }

  /** Scheduled campaigns due at `now`. */
  async due(now: Date, limit = 100): Promise<number[]> {
    const rows = await this.db('campaigns')
      .select('id')
      .where('state', 'scheduled')
      .where('scheduled_at', '<=', now)
      .orderBy('scheduled_at')
      .limit(limit);
    return rows.map((r) => Number(r.id));
  }

  /** Campaigns preparing or sending. */
  async active(): Promise<Campaign[]> {
    const rows = await this.db('campaigns').select(COLUMNS).whereIn('state', ['preparing', 'sending']).orderBy('id');
    return rows.map(toCampaign);
  }

  async setPrepareCursor(id: number, cursor: number, trx: Knex.Transaction): Promise<void> {
    await trx('campaigns').where({ id }).update({ prepare_cursor: cursor });
  }

  /** Campaigns of a user in the given states (for a deactivated owner, or a sender put under review). */
  /** Records a pre-send scan without a change of state (e.g. one that could not reach spamd). */
  async setScanReason(id: number, stateReason: string): Promise<void> {
    await this.db('campaigns').where({ id }).update({ state_reason: stateReason });
  }

  /** The sender's campaigns since `since` with their recipient counts (for the behaviour rules). */
  async history(ownerId: number, since: Date, exceptId: number) {
    const r = await this.db('campaign_recipients as r')
      .join('campaigns as c', 'c.id', 'r.campaign_id')
      .where('c.owner_id', ownerId)
      .whereNot('c.id', exceptId)
      .where('c.created_at', '>=', since)
      .select(
        this.db.raw('count(distinct c.id)::int as campaigns'),
        this.db.raw(`count(*) filter (where r.state in ('sent','bounced','complained','unsubscribed'))::int as sent`),
        this.db.raw(`count(*) filter (where r.state = 'bounced')::int as bounced`),
        this.db.raw(`count(*) filter (where r.state = 'complained')::int as complained`),
      )
      .first();
    const largest = await this.db('campaign_recipients as r')
      .join('campaigns as c', 'c.id', 'r.campaign_id')
      .where('c.owner_id', ownerId)
      .whereNot('c.id', exceptId)
      .where('c.created_at', '>=', since)
      .groupBy('c.id')
      .select(this.db.raw('count(*)::int as n'))
      .orderBy('n', 'desc')
      .first();
    return {
      campaigns: r?.campaigns ?? 0,
      largest: largest?.n ?? 0,
      sent: r?.sent ?? 0,
      bounced: r?.bounced ?? 0,
      complained: r?.complained ?? 0,
    };
  }

  async ownedIn(ownerId: number, states: CampaignState[], trx?: Knex.Transaction): Promise<number[]> {
    const rows = await (trx ?? this.db)('campaigns').select('id').where('owner_id', ownerId).whereIn('state', states);
    return rows.map((r) => Number(r.id));
  }
  /** How many campaigns the owner has (their data export's total). */
  async countOwned(ownerId: number, trx: Knex.Transaction): Promise<number> {
    return Number((await trx('campaigns').where('owner_id', ownerId).count<{ n: string }[]>({ n: '*' }))[0].n);
  }

  /** The owner's campaigns with their recipient counts, oldest first, a cursor (their data export). */
  async *ownedWithCounts(ownerId: number, trx: Knex.Transaction): AsyncGenerator<Campaign & { totals: OwnTotals }> {
    const q = trx('campaigns')
      .select([
        ...COLUMNS.map((c) => `campaigns.${c}`),
        't.recipients',
        't.sent',
        't.bounced',
        't.complained',
        't.unsubscribed',
      ])
      .joinRaw(
        `left join lateral (select count(*)::int as recipients,
          count(*) filter (where r.state in ('sent','bounced','complained','unsubscribed'))::int as sent,
          count(*) filter (where r.state = 'bounced')::int as bounced,
          count(*) filter (where r.complained_at is not null)::int as complained,
          count(*) filter (where r.unsubscribed_at is not null)::int as unsubscribed
          from campaign_recipients r where r.campaign_id = campaigns.id) t on true`,
      )
      .where('campaigns.owner_id', ownerId)
      .orderBy('campaigns.id');
    for await (const r of q.stream({ batchSize: 500 })) {
      const row = r as Row;
      const { recipients, sent, bounced, complained, unsubscribed } = row as Record<string, number>;
      yield { ...toCampaign(row), totals: { recipients, sent, bounced, complained, unsubscribed } };
    }
  }
}
