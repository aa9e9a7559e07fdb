// Policy versions in PostgreSQL.
import type { Knex } from 'knex';
import type { PolicyKind, PolicyVersion } from '../model';

export class PoliciesStore {
  constructor(private readonly db: Knex) {}

  async current(kind: PolicyKind): Promise<PolicyVersion | undefined> {
    const r = await this.db('policy_versions')
      .select('kind', 'version', 'title', 'body', 'published_at')
      .where({ kind })
      .orderBy('version', 'desc')
      .first();
    return r && { kind: r.kind, version: r.version, title: r.title, body: r.body, publishedAt: r.published_at };
  }
}
