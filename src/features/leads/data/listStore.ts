// The lead list: filters, full-text search, exact e-mail/phone lookup, sort, keyset pagination and
// counts, all through the same LeadScope as single-lead access. The queries are listQueries.ts's, each compiled
// once per shape (listShapes.ts).
import type { Knex } from 'knex';
import { prepared, preparedSelect, selectedSelect } from '../../../platform/db';
import { ShapeCache } from '../../../platform/shapes';
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
import { LeadListQueries } from './listQueries';
import { filterKey, hasShape, paramFilter, paramScope, scopeKey } from './listShapes';
import { searchWords, toExpandedQuery } from './search';

const OUTSIDE_TEAM_TTL_MS = 30_000;

export class LeadListStore {
  private readonly outsideTeam = new Map<string, { at: number; value: boolean }>();
  private readonly shapes: ShapeCache;
  private readonly queries: LeadListQueries;

  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {
    this.shapes = new ShapeCache(db);
    this.queries = new LeadListQueries(db, cipher);
  }

  /**
   * The filter with its search as a tsquery in which each typed prefix is replaced by the words it stands for
   * (lead_search_words): 'okafor' & ('dental' | 'dentalcare') finds the same leads as 'okafor':* & 'dental':*, but
   * lets the GIN index intersect word lists instead of gathering every entry of every word that has the prefix.
   */
  async withSearch(filter: LeadFilter): Promise<LeadFilter> {
    const words = filter.q ? searchWords(filter.q) : [];
    if (!words.length) return filter;
    const [r] = await prepared(this.db.select(this.queries.expansions(words)));
    return { ...filter, tsquery: toExpandedQuery(words, r.expansions) };
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
    const outside = await this.ownsOutside(scope);
    const key = `page:${sort}:${size}:${cursor ? 'after' : 'first'}:${scopeKey(scope, outside)}:${filterKey(filter)}`;
    const query = this.shapes.compile(
      hasShape(filter) ? key : undefined,
      (param) => ({ f: paramFilter(filter, param), s: paramScope(scope, param), c: cursor?.map(param) }),
      ({ f, s, c }) => this.queries.pageQuery(f, s, sort, c, size, outside),
    );
    // The plain list's plan never depends on the values (only scope and cursor): planned once per connection. Not a
    // team's leads by name: no index has that order, and the best plan then depends on the team's size.
    const rows = await (isPlain(filter) && (sort === 'created' || scope.kind !== 'mine')
      ? preparedSelect(this.db, query)
      : selectedSelect(this.db, query));
    const more = rows.length > size;
    const list: LeadSummary[] = rows.slice(0, size).map((r) => ({
      id: Number(r.id),
      firstName: r.first_name,
      lastName: r.last_name,
      company: r.company,
      email: this.cipher.decryptShown(r.email_enc),
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

  /** For a staff member with a team: whether they own live leads outside it (ownsOutsideTeam). */
  private async ownsOutside(scope: LeadScope): Promise<boolean> {
    return scope.kind === 'mine' && scope.teamId !== null && (await this.ownsOutsideTeam(scope.userId, scope.teamId));
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
    const parts = this.queries.countParts(filter, scope, cap, await this.ownsOutside(scope));
    const [r] = await this.db.select({ count: this.queries.countExpression(parts, cap) });
    return Number(r.count);
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
    const words = search ? searchWords(search) : [];
    const outside = scope && counting && isPlain(counting.filter) ? await this.ownsOutside(scope) : false;
    const key = `choices:${scope ? scopeKey(scope, outside) : '-'}:${counting ? `${filterKey(counting.filter)}:${counting.cap}` : '-'}:${words.length ? 'search' : '-'}`;
    const q = this.shapes.compile(
      !counting || hasShape(counting.filter) ? key : undefined,
      (param) => ({
        s: scope && paramScope(scope, param),
        c: counting && { filter: paramFilter(counting.filter, param), cap: counting.cap },
        w: words.length ? param(words) : words,
      }),
      ({ s, c, w }) => this.queries.choicesQuery(s, c, w, outside),
    );
    // Planned once per connection, except with a filtered count (its best plan depends on the filter's values).
    const [r] = await (counting && !isPlain(counting.filter) ? selectedSelect(this.db, q) : preparedSelect(this.db, q));
    const { statuses, people, teams, sources, expansions } = r;
    return {
      statuses,
      people,
      teams,
      sources,
      ...(counting && scope ? { count: Number(r.count) } : {}),
      ...(words.length ? { tsquery: toExpandedQuery(words, expansions) } : {}),
    };
  }
}
