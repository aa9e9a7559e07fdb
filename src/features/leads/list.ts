// The lead list: one keyset page of the leads a user may see, filtered and searched, with the choices the page
// offers (statuses, people, teams, sources) and the count when it is cheap enough or asked for.
import type { User } from '../accounts';
import { readScope } from './access';
import type { LeadListStore } from './data/listStore';
import { ASKED_COUNT_CAP, COUNT_CAP, isPlain, type LeadFilter, type LeadSort } from './model';

export interface BrowseOptions {
  sort: LeadSort;
  after?: string;
  /** The user clicked "Count them": count up to ASKED_COUNT_CAP. */
  countAsked: boolean;
  size: number;
}

export class LeadListService {
  constructor(private readonly list: LeadListStore) {}

  async browse(user: User, input: LeadFilter, opts: BrowseOptions) {
    const filter = { ...input };
    const scope = readScope(user);
    // A search's typed prefixes are expanded into the words they stand for first (withSearch), and unless a count is
    // asked for (which needs the expanded search itself), the page's choices come in the same round trip.
    const early = filter.q && !opts.countAsked ? await this.list.searchWithChoices(filter, scope) : undefined;
    if (early) Object.assign(filter, early.filter);
    else if (filter.q) Object.assign(filter, await this.list.withSearch(filter));
    // A first page with no next page holds every match: its length is the count. The whole scope is counted up to
    // COUNT_CAP in the same query as the page and its choices (statuses, people, teams, sources). Beyond that, and
    // for a filter or search with more than a page of matches, the count is made when asked for (`count=1`, up to
    // ASKED_COUNT_CAP): counting may have to read every lead in the scope, which would cost every page view far more
    // than the page itself (BENCHMARKS.md).
    const cap = opts.countAsked ? ASKED_COUNT_CAP : COUNT_CAP;
    const counting = opts.countAsked || isPlain(filter);
    const page = await this.list.page(
      filter,
      scope,
      opts.sort,
      opts.after,
      opts.size,
      counting ? cap : undefined,
      early?.choices,
    );
    const more = Boolean(opts.after || page.next);
    const count = more ? (counting ? page.count : undefined) : page.rows.length;
    const { rows, next, statuses, people, teams, sources } = page;
    return { rows, next, count, cap, statuses, people, teams, sources };
  }

  /** Statuses, every user's name, role and team, and the teams: what a lead page names. */
  async names() {
    const { statuses, people, teams } = await this.list.choices();
    return { statuses, people, teams };
  }
}
