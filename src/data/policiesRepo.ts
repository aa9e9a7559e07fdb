import type { Knex } from 'knex';

export type PolicyKind = 'terms' | 'privacy';
export interface PolicyVersion {
  kind: PolicyKind;
  version: number;
  title: string;
  body: string;
  publishedAt: Date;
}

export class PoliciesRepository {
  constructor(private readonly db: Knex) {}

  async current(kind: PolicyKind): Promise<PolicyVersion | undefined> {
    const r = await this.db('policy_versions').select('kind', 'version', 'title', 'body', 'published_at').where({ kind }).orderBy('version', 'desc').first();
    return r && { kind: r.kind, version: r.version, title: r.title, body: r.body, publishedAt: r.published_at };
  }
}
