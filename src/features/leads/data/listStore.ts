// The lead list: filters, full-text search, exact e-mail/phone lookup, sort, keyset pagination and
// counts, all through the same LeadScope as single-lead access. The queries are listQueries.ts's, each compiled
// once per shape (listShapes.ts).
import type { Knex } from 'knex';
import { prepared, preparedSelect, selectedSelect } from '../../../platform/db';
import { ShapeCache, type Param } from '../../../platform/shapes';
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

/** What the list and lead pages show beside the leads (choices()). */
export interface Choices {
  statuses: LeadStatus[];
  people: Person[];
  teams: { id: number; name: string }[];
  sources: string[];
  count?: number;
}

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

  /**
   * withSearch() with, in the same round trip, the scope's choices (without a count): what a search's page shows
   * beside its leads, for page() to be given. Undefined when the search has no words to expand.
   */
  async searchWithChoices(
    filter: LeadFilter,
    scope: LeadScope,
  ): Promise<{ filter: LeadFilter; choices: Choices } | undefined> {
    const words = filter.q ? searchWords(filter.q) : [];
    if (!words.length) return undefined;
    const q = this.shapes.compile(
      `search+choices:${scopeKey(scope)}`,
      (param) => ({ s: paramScope(scope, param), w: param(words) }),
      ({ s, w }) => this.queries.choicesQuery(s, undefined, w, false),
    );
    const [{ statuses, people, teams, sources, expansions }] = await preparedSelect(this.db, q);
    return {
      filter: { ...filter, tsquery: toExpandedQuery(words, expansions) },
      choices: { statuses, people, teams, sources },
    };
  }

  /**
   * One page in keyset order (`after`: the cursor from the previous page) and, in the same round trip, choices() of
   * the scope, counting the filter up to `cap` when given: the page's rows come as one JSON array beside them.
   */
  async page(
    filter: LeadFilter,
    scope: LeadScope,
    sort: LeadSort,
    after: string | undefined,
    size: number,
    cap?: number,
    known?: Choices,
  ): Promise<{ rows: LeadSummary[]; next?: string } & Choices> {
    const cursor = after ? decodeCursor(after, sort) : undefined;
    const outside = await this.ownsOutside(scope);
    const shape = `${sort}:${size}:${cursor ? 'after' : 'first'}:${scopeKey(scope, outside)}:${filterKey(filter)}`;
    const bind = (param: Param) => ({
      f: paramFilter(filter, param),
      s: paramScope(scope, param),
      c: cursor?.map(param),
    });
    const compile = (key: string, build: (i: ReturnType<typeof bind>) => Knex.QueryBuilder) =>
      this.shapes.compile(hasShape(filter) ? key : undefined, bind, build);
    const counting = (f: LeadFilter) => (cap === undefined ? undefined : { filter: f, cap });
    const choices = ({ f, s }: ReturnType<typeof bind>) => this.queries.choicesQuery(s, counting(f), [], outside);
    const page = ({ f, s, c }: ReturnType<typeof bind>) => this.queries.pageQuery(f, s, sort, c, size, outside);
    let r: Record<string, any>;
    let rows: Record<string, any>[];
    if (isPlain(filter) && (sort === 'created' || scope.kind !== 'mine')) {
      // The plain list's plan never depends on the values (only scope and cursor): the page and its choices in one
      // statement, planned once per connection.
      const both = compile(`page+choices:${shape}:${cap ?? '-'}`, (i) =>
        choices(i).select({ rows: this.queries.pageJson(page(i), sort) }),
      );
      [r] = await preparedSelect(this.db, both);
      rows = r.rows as Record<string, any>[];
    } else {
      // A filter's page is planned for its values, and so is its count; the choices alone once per connection. Not
      // a team's leads by name either: no index has that order, and the best plan depends on the team's size.
      // Choices already known (a search's, searchWithChoices) are not asked again.
      const side = compile(`choices:${shape}:${cap ?? '-'}`, choices);
      [rows, [r]] = await Promise.all([
        selectedSelect(this.db, compile(`page:${shape}`, page)),
        known && cap === undefined
          ? [known]
          : cap !== undefined && !isPlain(filter)
            ? selectedSelect(this.db, side)
            : preparedSelect(this.db, side),
      ]);
    }
    const { list, next } = this.summaries(rows, size, sort);
    const { statuses, people, teams, sources } = r;
    return {
      rows: list,
      next,
      statuses,
      people,
      teams,
      sources,
      ...(cap === undefined ? {} : { count: Number(r.count) }),
    };
  }

  /** A page's rows (up to size + 1: one more tells there is a next page) as summaries, and the next page's cursor. */
  private summaries(rows: Record<string, any>[], size: number, sort: LeadSort) {
    const more = rows.length > size;
    const list: LeadSummary[] = rows.slice(0, size).map((row) => ({
      id: Number(row.id),
      firstName: row.first_name,
      lastName: row.last_name,
      company: row.company,
      email: this.cipher.decryptShown(row.email_enc),
      statusId: row.status_id,
      ownerId: row.owner_id,
      tags: row.tags,
      createdAt: new Date(row.created_at),
      lastVerifiedAt: row.last_verified_at ? new Date(row.last_verified_at) : null,
    }));
    const last = list[list.length - 1];
    const next =
      more && last
        ? encodeCursor(
            sort === 'name' ? [last.lastName, last.firstName, last.id] : [last.createdAt.toISOString(), last.id],
          )
        : undefined;
    return { list, next };
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

  /** What the lead pages name beside a lead: the statuses, every user and the teams (choices without a scope). */
  async choices(): Promise<Choices> {
    const q = this.shapes.compile(
      'choices',
      () => undefined,
      () => this.queries.choicesQuery(undefined, undefined, [], false),
    );
    const [{ statuses, people, teams, sources }] = await preparedSelect(this.db, q);
    return { statuses, people, teams, sources };
  }
}
