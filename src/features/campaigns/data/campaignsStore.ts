// Campaigns in PostgreSQL, read and written inside a CampaignScope (../access.ts).
import type { Knex } from 'knex';
import type { CampaignScope } from '../access';
import type { Campaign, CampaignDraft } from '../model';

const COLUMNS = [
  'id',
  'owner_id',
  'name',
  'subject',
  'sender_name',
  'body_md',
  'audience',
  'state',
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
      .update({ ...toRow(draft), updated_at: trx.fn.now() });
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
}
