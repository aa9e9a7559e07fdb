// Policy versions in PostgreSQL (a trigger keeps a published version's text and dates as they were).
import type { Knex } from 'knex';
import type { DraftInput, PolicyKind, PolicyVersion, PublishedVersion } from '../model';

type Row = Record<string, unknown>;
const toVersion = (r: Row): PolicyVersion => ({
  id: Number(r.id),
  kind: r.kind as PolicyKind,
  version: r.version == null ? null : Number(r.version),
  title: r.title as string,
  body: r.body as string,
  summary: r.summary as string,
  material: Boolean(r.material),
  state: r.state as PolicyVersion['state'],
  effectiveAt: (r.effective_at as Date | null) ?? null,
  publishedAt: (r.published_at as Date | null) ?? null,
  withdrawnAt: (r.withdrawn_at as Date | null) ?? null,
  textSha256: (r.text_sha256 as string | null) ?? null,
  broadcastId: r.broadcast_id == null ? null : Number(r.broadcast_id),
  createdAt: r.created_at as Date,
});

const draftRow = (d: DraftInput, title: string) => ({
  kind: d.kind,
  title,
  body: d.body,
  summary: d.summary,
  material: d.material,
  effective_at: d.effectiveAt,
});

export class PoliciesStore {
  constructor(private readonly db: Knex) {}

  /** Every published version (in force, past or scheduled), newest first. */
  async published(): Promise<PublishedVersion[]> {
    const rows = await this.db('policy_versions').where({ state: 'published' }).orderBy('version', 'desc');
    return rows.map(toVersion) as PublishedVersion[];
  }

  /** Every version of every kind, drafts and withdrawn ones too, newest first. */
  async all(): Promise<PolicyVersion[]> {
    const rows = await this.db('policy_versions').orderByRaw('version desc nulls first, id desc');
    return rows.map(toVersion);
  }

  async find(id: number, trx?: Knex.Transaction, lock = false): Promise<PolicyVersion | undefined> {
    const q = (trx ?? this.db)('policy_versions').where({ id }).first();
    if (lock) void q.forUpdate();
    const r = await q;
    return r && toVersion(r);
  }

  /** A published or withdrawn version by its number. */
  async byNumber(kind: PolicyKind, version: number): Promise<PolicyVersion | undefined> {
    const r = await this.db('policy_versions').where({ kind, version }).whereNot({ state: 'draft' }).first();
    return r && toVersion(r);
  }

  async insertDraft(d: DraftInput, title: string, createdBy: number | null, trx: Knex.Transaction) {
    const [r] = await trx('policy_versions')
      .insert({ ...draftRow(d, title), state: 'draft', created_by: createdBy })
      .returning('id');
    return Number(r.id);
  }

  async updateDraft(id: number, d: DraftInput, title: string, trx: Knex.Transaction): Promise<void> {
    await trx('policy_versions').where({ id, state: 'draft' }).update(draftRow(d, title));
  }

  /** The next version number of the kind; call under publish's lock. */
  async nextNumber(kind: PolicyKind, trx: Knex.Transaction): Promise<number> {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`policy-version-${kind}`]);
    const r = await trx('policy_versions').where({ kind }).max<{ n: number | null }>('version as n').first();
    return (r?.n ?? 0) + 1;
  }

  async publish(
    id: number,
    p: { version: number; effectiveAt: Date; publishedAt: Date; textSha256: string; broadcastId: number },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('policy_versions').where({ id, state: 'draft' }).update({
      state: 'published',
      version: p.version,
      effective_at: p.effectiveAt,
      published_at: p.publishedAt,
      text_sha256: p.textSha256,
      broadcast_id: p.broadcastId,
    });
  }

  async withdraw(id: number, now: Date, trx: Knex.Transaction): Promise<void> {
    await trx('policy_versions').where({ id, state: 'published' }).update({ state: 'withdrawn', withdrawn_at: now });
  }
}
