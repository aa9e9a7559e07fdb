// Acceptance and decline records in PostgreSQL (append-only: a trigger refuses update, delete and truncate).
import type { Knex } from 'knex';
import type { Acceptance, AcceptanceMethod, Origin } from '../model';

export interface NotYet {
  userId: number;
  userName: string;
  userEmail: string;
  role: string;
  toldAt: Date | null;
  declinedAt: Date | null;
}

type Row = Record<string, any>;
const toAcceptance = (r: Row): Acceptance => ({
  userId: Number(r.user_id),
  userName: r.name,
  userEmail: r.email,
  role: r.role,
  versionId: Number(r.version_id),
  textSha256: r.text_sha256,
  method: r.method,
  acceptedAt: r.accepted_at,
  ip: r.ip,
  userAgent: r.user_agent,
});
const toNotYet = (r: Row): NotYet => ({
  userId: Number(r.id),
  userName: r.name,
  userEmail: r.email,
  role: r.role,
  toldAt: r.told_at ?? null,
  declinedAt: r.declined_at ?? null,
});

export class AcceptancesStore {
  constructor(private readonly db: Knex) {}

  /** Records the acceptance unless the user accepted this version before; true when recorded now. */
  async record(
    a: { userId: number; versionId: number; textSha256: string; method: AcceptanceMethod; at: Date } & Origin,
    trx: Knex.Transaction,
  ): Promise<boolean> {
    const rows = await trx('policy_acceptances')
      .insert({
        user_id: a.userId,
        version_id: a.versionId,
        text_sha256: a.textSha256,
        method: a.method,
        accepted_at: a.at,
        ip: a.ip,
        user_agent: a.userAgent,
      })
      .onConflict(['version_id', 'user_id'])
      .ignore()
      .returning('id');
    return rows.length > 0;
  }

  async decline(a: { userId: number; versionId: number; at: Date } & Origin, trx: Knex.Transaction) {
    await trx('policy_declines').insert({
      user_id: a.userId,
      version_id: a.versionId,
      declined_at: a.at,
      ip: a.ip,
      user_agent: a.userAgent,
    });
  }

  async declined(userId: number, versionId: number, trx: Knex.Transaction): Promise<boolean> {
    return Boolean(await trx('policy_declines').where({ user_id: userId, version_id: versionId }).first());
  }

  /** Of these versions, those the user accepted. */
  async acceptedBy(userId: number, versionIds: number[]): Promise<Set<number>> {
    if (!versionIds.length) return new Set();
    const rows = await this.db('policy_acceptances')
      .where({ user_id: userId })
      .whereIn('version_id', versionIds)
      .select('version_id');
    return new Set(rows.map((r) => Number(r.version_id)));
  }

  /** Who accepted the version (deactivated users too), in the order they did. */
  private acceptedQuery(versionId: number) {
    return this.db('policy_acceptances as a')
      .join('users as u', 'u.id', 'a.user_id')
      .where('a.version_id', versionId)
      .orderBy('a.accepted_at')
      .orderBy('a.id')
      .select('a.*', 'u.name', 'u.email', 'u.role');
  }

  /** Active users who have not accepted the version: when they were told (its broadcast), and any decline. */
  private notYetQuery(versionId: number, broadcastId: number | null) {
    return this.db('users as u')
      .where('u.status', 'active')
      .whereNotExists(
        (q) => void q.from('policy_acceptances as a').where('a.version_id', versionId).whereRaw('a.user_id = u.id'),
      )
      .leftJoin('notifications as n', (j) => {
        j.on('n.user_id', 'u.id').andOn('n.broadcast_id', this.db.raw('?', [broadcastId ?? -1]));
      })
      .orderBy('u.id')
      .select(
        'u.id',
        'u.name',
        'u.email',
        'u.role',
        'n.created_at as told_at',
        this.db
          .from('policy_declines as d')
          .where('d.version_id', versionId)
          .whereRaw('d.user_id = u.id')
          .max('d.declined_at')
          .as('declined_at'),
      );
  }

  /** The first `limit` of each list, and how many each holds (for a page). */
  async report(versionId: number, broadcastId: number | null, limit: number) {
    const count = async (q: Knex.QueryBuilder) =>
      Number((await this.db.from(q.clearOrder().as('q')).count<{ n: string }[]>({ n: '*' }))[0].n);
    const [accepted, notYet, acceptedCount, notYetCount] = await Promise.all([
      this.acceptedQuery(versionId).limit(limit),
      this.notYetQuery(versionId, broadcastId).limit(limit),
      count(this.acceptedQuery(versionId)),
      count(this.notYetQuery(versionId, broadcastId)),
    ]);
    return { accepted: accepted.map(toAcceptance), notYet: notYet.map(toNotYet), acceptedCount, notYetCount };
  }

  /** Both lists in full, a row at a time (a cursor: constant memory however many users). */
  async *all(versionId: number, broadcastId: number | null): AsyncGenerator<Acceptance | NotYet> {
    for await (const r of this.acceptedQuery(versionId).stream()) yield toAcceptance(r as Row);
    for await (const r of this.notYetQuery(versionId, broadcastId).stream()) yield toNotYet(r as Row);
  }

  /** Acceptances per UTC day, per version. */
  async perDay(versionIds: number[]): Promise<{ versionId: number; day: string; n: number }[]> {
    if (!versionIds.length) return [];
    const rows = await this.db('policy_acceptances')
      .whereIn('version_id', versionIds)
      .groupBy('version_id', 'day')
      .orderBy('day')
      .select(
        'version_id',
        this.db.raw(`to_char(accepted_at at time zone 'UTC', 'YYYY-MM-DD') as day`),
        this.db.raw('count(*)::int as n'),
      );
    return rows.map((r) => ({ versionId: Number(r.version_id), day: r.day, n: r.n }));
  }
}
