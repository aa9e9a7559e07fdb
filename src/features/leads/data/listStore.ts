// The lead list: filters, full-text search, exact e-mail/phone lookup, sort, keyset pagination and
// counts, all through the same LeadScope as single-lead access.
import type { Knex } from 'knex';
import { prepared, selected } from '../../../platform/db';
import type { DataCipher } from '../../../platform/crypto';
import type { LeadScope } from '../access';
import {
  COUNT_CAP,
  isPlain,
  type LeadFilter,
  type LeadSort,
  type LeadStatus,
  type LeadSummary,
  type Person,
} from '../model';
import { decodeCursor, encodeCursor } from './cursor';
import { filterLeads } from './filter';
import { applyScope } from './scope';
import { EXPANSIONS, searchWords, toExpandedQuery } from './search';

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

const OUTSIDE_TEAM_TTL_MS = 30_000;

export class LeadListStore {
  private readonly outsideTeam = new Map<string, { at: number; value: boolean }>();

  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {}

  private filtered(filter: LeadFilter, scope: LeadScope): Knex.QueryBuilder {
    return filterLeads(this.db, this.cipher, filter, scope);
  }

  /**
   * The filter with its search as a tsquery in which each typed prefix is replaced by the words it stands for
   * (lead_search_words): 'okafor' & ('dental' | 'dentalcare') finds the same leads as 'okafor':* & 'dental':*, but
   * lets the GIN index intersect word lists instead of gathering every entry of every word that has the prefix.
   */
  async withSearch(filter: LeadFilter): Promise<LeadFilter> {
    const words = filter.q ? searchWords(filter.q) : [];
    if (!words.length) return filter;
    const [r] = await prepared(this.db.select(this.expansions(words)));
    return { ...filter, tsquery: toExpandedQuery(words, r.expansions) };
  }

  /** For each word, up to EXPANSIONS + 1 words of lead_search_words that start with it (a JSON array of arrays). */
  private expansions(words: string[]): Knex.Raw {
    return this.db.raw(
      `(select coalesce(json_agg(array(select s.word from lead_search_words s where s.word >= w.p and s.word < w.p || chr(1114111)
         order by s.word limit ${EXPANSIONS + 1}) order by w.i), '[]') from unnest(?::text[]) with ordinality as w(p, i)) as expansions`,
      [words],
    );
  }

  /** One page in keyset order; `after` is the cursor from the previous page. */
  async page(
    filter: LeadFilter,
    scope: LeadScope,
    sort: LeadSort,
    after: string | undefined,
    size: number,
  ): Promise<{ rows: LeadSummary[]; next?: string }> {
    const cursor = after ? decodeCursor(after, sort) : undefined;
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
    const parts = await this.scopeParts(scope, candidates);
    const ids =
      parts.length === 1
        ? parts[0].clearSelect().select('leads.id')
        : this.db
            .select('p.id')
            .from(this.db.raw('((?) union all (?)) as p', parts))
            .orderBy(order('p'))
            .limit(size + 1, LITERAL);
    // The plain list's plan never depends on the values (only scope and cursor): planned once per connection. Not a
    // team's leads by name: no index has that order, and the best plan then depends on the team's size.
    const query = this.db('leads').select(SUMMARY).whereIn('leads.id', ids).orderBy(order('leads'));
    const rows = await (isPlain(filter) && (sort === 'created' || scope.kind !== 'mine')
      ? prepared(query)
      : selected(query));
    const more = rows.length > size;
    const list: LeadSummary[] = rows.slice(0, size).map((r: Record<string, any>) => ({
      id: Number(r.id),
      firstName: r.first_name,
      lastName: r.last_name,
      company: r.company,
      email: this.cipher.decryptOptional(r.email_enc),
      statusId: r.status_id,
      ownerId: r.owner_id,
      tags: r.tags,
      createdAt: r.created_at,
      lastVerifiedAt: r.last_verified_at,
    }));
    const last = list[list.length - 1];
    const next =
      more && last
        ? encodeCursor(
            sort === 'name' ? [last.lastName, last.firstName, last.id] : [last.createdAt.toISOString(), last.id],
          )
        : undefined;
    return { rows: list, next };
  }

  /**
   * The scope's leads as disjoint parts of `base()`, each still inside applyScope. "Mine or my team's" is an OR that
   * no index answers in order, so for staff with a team: the team's leads (one index range), and only when the user
   * owns any outside it (after moving teams), their own leads outside the team. Otherwise the whole scope.
   */
  private async scopeParts(scope: LeadScope, base: () => Knex.QueryBuilder): Promise<Knex.QueryBuilder[]> {
    if (scope.kind !== 'mine' || scope.teamId === null) return [base()];
    const t = scope.teamId;
    const team = base().where('leads.team_id', t);
    if (!(await this.ownsOutsideTeam(scope.userId, t))) return [team];
    const outside = base()
      .where('leads.owner_id', scope.userId) // implied by the scope and the next line; it lets the owner's index serve
      .where((w) => {
        w.whereNot('leads.team_id', t).orWhereNull('leads.team_id');
      });
    return [team, outside];
  }

  /**
   * Whether the user owns live leads outside the given team (three probes of leads_owner_team_idx), remembered for
   * OUTSIDE_TEAM_TTL_MS per user and team. Such leads only arise when a user moves teams (a lead's team follows its
   * owner when it is saved or reassigned), and a move changes the team in the key: what the memory can miss is a
   * user moved away and back within that time, whose leads from the other team then show up to 30 s late.
   */
  private async ownsOutsideTeam(userId: number, teamId: number): Promise<boolean> {
    const key = `${userId}:${teamId}`;
    const known = this.outsideTeam.get(key);
    if (known && Date.now() - known.at < OUTSIDE_TEAM_TTL_MS) return known.value;
    const probe = (cond: string) =>
      `exists (select 1 from leads o where o.owner_id = ? and o.merged_into_id is null and ${cond})`;
    const [r] = await prepared(
      this.db.select(
        this.db.raw(
          `${probe('o.team_id < ?')} or ${probe('o.team_id > ?')} or ${probe('o.team_id is null')} as found`,
          [userId, teamId, userId, teamId, userId],
        ),
      ),
    );
    if (this.outsideTeam.size > 10_000) this.outsideTeam.clear();
    this.outsideTeam.set(key, { at: Date.now(), value: Boolean(r.found) });
    return Boolean(r.found);
  }

  /** How many leads match, counted up to cap + 1 (shown as "more than cap"): bounded cost at any size. */
  async count(filter: LeadFilter, scope: LeadScope, cap = COUNT_CAP): Promise<number> {
    const [r] = await this.db.select({ count: this.countExpression(await this.countParts(filter, scope, cap), cap) });
    return Number(r.count);
  }

  /**
   * The queries whose rows count() adds up, each limited to cap + 1. The plain list is counted in scopeParts (each
   * an index range); with filters, one query over the best filter index is cheaper.
   */
  private async countParts(filter: LeadFilter, scope: LeadScope, cap: number): Promise<Knex.QueryBuilder[]> {
    const rows = () =>
      this.filtered(filter, scope)
        .select(this.db.raw('1'))
        .limit(cap + 1, LITERAL);
    return isPlain(filter) ? this.scopeParts(scope, rows) : [rows()];
  }

  /** count() as one SQL expression over its parts, so a page can ask for it together with its other data. */
  private countExpression(parts: Knex.QueryBuilder[], cap: number): Knex.Raw {
    if (parts.length === 1) return this.db.raw('(select count(*) from (?) t)', parts);
    return this.db.raw('least((select count(*) from (?) a) + (select count(*) from (?) b), ?)', [...parts, cap + 1]);
  }

  /**
   * What the list and lead pages show beside the leads, in one round trip: the statuses (in their order), every
   * user's id, name, role, status and team (by name: owner names and the owner choices), the teams (by name) and, given a
   * scope, its sources (sourcesQuery), given a filter and cap too, count() of that filter, and given a search, its
   * tsquery (as withSearch(), saving a search page a round trip).
   */
  async choices(
    scope?: LeadScope,
    counting?: { filter: LeadFilter; cap: number },
    search?: string,
  ): Promise<{
    statuses: LeadStatus[];
    people: Person[];
    teams: { id: number; name: string }[];
    sources: string[];
    count?: number;
    tsquery?: string;
  }> {
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
    if (scope && counting)
      q.select({
        count: this.countExpression(await this.countParts(counting.filter, scope, counting.cap), counting.cap),
      });
    const words = search ? searchWords(search) : [];
    if (words.length) q.select(this.expansions(words));
    // Planned once per connection, except with a filtered count (its best plan depends on the filter's values).
    const [r] = await (counting && !isPlain(counting.filter) ? selected(q) : prepared(q));
    const { expansions, ...rest } = r;
    return {
      ...rest,
      ...(counting && scope ? { count: Number(r.count) } : {}),
      ...(words.length ? { tsquery: toExpandedQuery(words, expansions) } : {}),
    };
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
