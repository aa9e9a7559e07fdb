// The lead list's queries, built by knex (run by listStore.ts): one page in keyset order, its counts, and the
// choices the page offers beside it, all through the same LeadScope as single-lead access.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { LeadScope } from '../access';
import { isPlain, type LeadFilter, type LeadSort } from '../model';
import { filterLeads } from './filter';
import { applyScope } from './scope';
import { EXPANSIONS } from './search';

const SUMMARY = [
  'id',
  'first_name',
  'last_name',
  'company',
  'email_enc',
  'status_id',
  'owner_id',
  'tags',
  'created_at',
  'last_verified_at',
].map((c) => `leads.${c}`);

/**
 * Limits written into the SQL instead of bound: a prepared statement's one generic plan must know how many rows
 * it wants (for an unknown limit PostgreSQL assumes a tenth of the table, and would sort the whole table).
 */
const LITERAL = { skipBinding: true };

export class LeadListQueries {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {}

  private filtered(filter: LeadFilter, scope: LeadScope): Knex.QueryBuilder {
    return filterLeads(this.db, this.cipher, filter, scope);
  }

  /** For each word, up to EXPANSIONS + 1 words of lead_search_words that start with it (a JSON array of arrays). */
  expansions(words: string[]): Knex.Raw {
    return this.db.raw(
      `(select coalesce(json_agg(array(select s.word from lead_search_words s where s.word >= w.p and s.word < w.p || chr(1114111)
         order by s.word limit ${EXPANSIONS + 1}) order by w.i), '[]') from unnest(?::text[]) with ordinality as w(p, i)) as expansions`,
      [words],
    );
  }

  pageQuery(
    filter: LeadFilter,
    scope: LeadScope,
    sort: LeadSort,
    cursor: (string | number)[] | undefined,
    size: number,
    outside: boolean,
  ): Knex.QueryBuilder {
    const keys = sort === 'name' ? ['last_name', 'first_name', 'id'] : ['created_at', 'id'];
    const order = (table: string): { column: string; order?: 'asc' | 'desc' }[] =>
      keys.map((k) => ({ column: `${table}.${k}`, order: sort === 'name' ? 'asc' : 'desc' }));
    // Which leads (ids only, so the covering list indexes can answer from the index alone), then just those rows.
    const candidates = () => {
      const q = this.filtered(filter, scope)
        .select(keys.map((k) => `leads.${k}`))
        .orderBy(order('leads'))
        .limit(size + 1, LITERAL);
      if (cursor && sort === 'name')
        q.whereRaw('(leads.last_name, leads.first_name, leads.id) > (?, ?, ?)', [cursor[0], cursor[1], cursor[2]]);
      if (cursor && sort !== 'name')
        q.whereRaw('(leads.created_at, leads.id) < (?::timestamptz, ?)', [cursor[0], cursor[1]]);
      return q;
    };
    const parts = this.scopeParts(scope, candidates, outside);
    const ids =
      parts.length === 1
        ? parts[0].clearSelect().select('leads.id')
        : this.db
            .select('p.id')
            .from(this.db.raw('((?) union all (?)) as p', parts))
            .orderBy(order('p'))
            .limit(size + 1, LITERAL);
    return this.db('leads').select(SUMMARY).whereIn('leads.id', ids).orderBy(order('leads'));
  }

  /**
   * The scope's leads as disjoint parts of `base()`, each still inside applyScope. "Mine or my team's" is an OR that
   * no index answers in order, so for staff with a team: the team's leads (one index range), and only when the user
   * owns any outside it (`outside`, after moving teams), their own leads outside the team. Otherwise the whole scope.
   */
  private scopeParts(scope: LeadScope, base: () => Knex.QueryBuilder, outside: boolean): Knex.QueryBuilder[] {
    if (scope.kind !== 'mine' || scope.teamId === null) return [base()];
    const t = scope.teamId;
    const team = base().where('leads.team_id', t);
    if (!outside) return [team];
    const own = base()
      .where('leads.owner_id', scope.userId) // implied by the scope and the next line; it lets the owner's index serve
      .where((w) => {
        w.whereNot('leads.team_id', t).orWhereNull('leads.team_id');
      });
    return [team, own];
  }

  /**
   * The queries whose rows count() adds up, each limited to cap + 1. The plain list is counted in scopeParts (each
   * an index range); with filters, one query over the best filter index is cheaper.
   */
  countParts(filter: LeadFilter, scope: LeadScope, cap: number, outside: boolean): Knex.QueryBuilder[] {
    const rows = () =>
      this.filtered(filter, scope)
        .select(this.db.raw('1'))
        .limit(cap + 1, LITERAL);
    return isPlain(filter) ? this.scopeParts(scope, rows, outside) : [rows()];
  }

  /** count() as one SQL expression over its parts, so a page can ask for it together with its other data. */
  countExpression(parts: Knex.QueryBuilder[], cap: number): Knex.Raw {
    if (parts.length === 1) return this.db.raw('(select count(*) from (?) t)', parts);
    return this.db.raw('least((select count(*) from (?) a) + (select count(*) from (?) b), ?)', [...parts, cap + 1]);
  }

  /** A page's rows as one JSON array, in the page's order (timestamps as ISO text). */
  pageJson(page: Knex.QueryBuilder, sort: LeadSort): Knex.Raw {
    const order = sort === 'name' ? 'p.last_name, p.first_name, p.id' : 'p.created_at desc, p.id desc';
    return this.db.raw(`(select coalesce(json_agg(p order by ${order}), '[]') from (?) p)`, [page]);
  }

  choicesQuery(
    scope: LeadScope | undefined,
    counting: { filter: LeadFilter; cap: number } | undefined,
    words: string[],
    outside: boolean,
  ): Knex.QueryBuilder {
    const sources = scope
      ? this.db.raw(`(select coalesce(json_agg(x.source order by x.source), '[]') from (?) x)`, [
          this.sourcesQuery(scope),
        ])
      : this.db.raw(`'[]'::json`);
    const q = this.db
      .select(
        this.db.raw(
          `(select coalesce(json_agg(s order by s.position), '[]') from (select id, key, label, position from lead_statuses) s) as statuses`,
        ),
      )
      .select(
        this.db.raw(
          `(select coalesce(json_agg(u order by u.name), '[]') from (select id, name, role, status, team_id as "teamId" from users) u) as people`,
        ),
      )
      .select(
        this.db.raw(
          `(select coalesce(json_agg(t order by t.name), '[]') from (select id, name from teams) t) as teams`,
        ),
      )
      .select({ sources });
    if (scope && counting) {
      const parts = this.countParts(counting.filter, scope, counting.cap, outside);
      q.select({ count: this.countExpression(parts, counting.cap) });
    }
    if (words.length) q.select(this.expansions(words));
    return q;
  }

  /**
   * The distinct sources of live leads inside the scope (first 200 by name). A loose index scan over
   * leads_source_idx visits each distinct source once (instead of reading every lead), and each is kept only
   * when a live lead inside the scope has it.
   */
  private sourcesQuery(scope: LeadScope): Knex.QueryBuilder {
    const distinct = this.db
      .raw(`(select source from leads where merged_into_id is null and source is not null order by source limit 1)
      union all
      select (select l.source from leads l where l.merged_into_id is null and l.source is not null and l.source > s.source order by l.source limit 1)
      from s where s.source is not null`);
    const probe = () => this.db('leads').select(this.db.raw('1')).whereRaw('leads.source = s.source');
    const q = this.db
      .withRecursive('s', ['source'], distinct)
      .select('s.source')
      .from('s')
      .whereNotNull('s.source')
      .orderBy('s.source')
      .limit(200, LITERAL);
    if (scope.kind === 'mine') {
      // Own leads, then the team's, each probe an index lookup (leads_source_owner_idx, leads_source_idx) and
      // each still inside applyScope: a source is kept exactly when a live lead in the scope has it.
      q.where((w) => {
        w.whereExists(applyScope(probe().where('leads.owner_id', scope.userId), scope));
        if (scope.teamId !== null) w.orWhereExists(applyScope(probe().where('leads.team_id', scope.teamId), scope));
      });
    } else q.whereExists(applyScope(probe(), scope));
    return q;
  }
}
