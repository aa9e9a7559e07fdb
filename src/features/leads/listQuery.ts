// The lead list's query string read into a filter: the one parser behind the list page and the export of the
// list (the exports feature), so an export holds exactly the leads the page shows for the same values. Hostile
// input (repeated parameters, wrong types, NUL bytes, long strings) becomes a message per field, never a query.
import { z } from 'zod';
import { normalizeEmail, normalizePhone, type LeadFilter, type LeadSort } from './model';

/** The parameters that make up the filter (and its order), as the page's form sends them. */
export const FILTER_KEYS = ['q', 'lookup', 'status', 'owner', 'team', 'tag', 'source', 'from', 'to', 'stale', 'sort'];

const noNul = (s: string) => !s.includes('\u0000');
const text = (max: number) => z.string().max(max).refine(noNul).optional();
const id = z.union([z.literal(''), z.coerce.number().int().positive().max(2_147_483_647)]).optional();
const date = z.union([z.literal(''), z.iso.date()]).optional();
const querySchema = z.object({
  status: id,
  owner: id,
  team: id,
  tag: text(50),
  source: text(100),
  from: date,
  to: date,
  stale: z.enum(['', '1']).optional(),
  q: text(200),
  lookup: text(254),
  sort: z.enum(['created', 'name']).optional(),
  after: z.string().max(500).optional(),
  count: z.enum(['', '1']).optional(),
});

export interface ListQuery {
  filter: LeadFilter;
  sort: LeadSort;
  after?: string;
  countAsked: boolean;
  /** The filter's parameters as given (strings only), to show in the form and carry into links and exports. */
  values: Record<string, string>;
  errors: Record<string, string>;
}

const day = (d: string, plus = 0) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + plus);
  return t;
};

/** Reads the list's parameters at `now` (the stale cut-off is `staleDays` before it). */
export function readListQuery(raw: unknown, ctx: { staleDays: number; phoneCountry: string; now: Date }): ListQuery {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const parsed = querySchema.safeParse(input);
  const errors: Record<string, string> = {};
  if (!parsed.success)
    for (const i of parsed.error.issues) errors[String(i.path[0])] = 'Enter a valid value (dates as YYYY-MM-DD).';
  const q = parsed.success ? parsed.data : {};
  const filter: LeadFilter = {
    statusId: q.status || undefined,
    ownerId: q.owner || undefined,
    teamId: q.team || undefined,
    tag: q.tag?.trim().toLowerCase() || undefined,
    source: q.source?.trim() || undefined,
    createdFrom: q.from ? day(q.from) : undefined,
    createdTo: q.to ? day(q.to, 1) : undefined,
    staleBefore: q.stale ? new Date(ctx.now.getTime() - ctx.staleDays * 86400_000) : undefined,
    q: q.q?.trim() || undefined,
  };
  const lookup = q.lookup?.trim();
  if (lookup) {
    const normalized = lookup.includes('@') ? normalizeEmail(lookup) : normalizePhone(lookup, ctx.phoneCountry);
    if (normalized) filter.lookup = normalized;
    else errors.lookup = 'Enter a full e-mail address or phone number.';
  }
  const values = Object.fromEntries(
    Object.entries(input).filter(
      ([k, v]) => FILTER_KEYS.includes(k) && typeof v === 'string' && v.length <= 500 && noNul(v),
    ),
  ) as Record<string, string>;
  return {
    filter,
    sort: q.sort ?? 'created',
    after: q.after || undefined,
    countAsked: q.count === '1',
    values,
    errors,
  };
}
