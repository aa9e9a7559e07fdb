import type { Request, Response } from 'express';
import { z } from 'zod';
import { ASKED_COUNT_CAP, COUNT_CAP, isPlain, type LeadFilter, type LeadSort } from '../../data/leadListRepo';
import { normalizeEmail, normalizePhone } from '../../services/leadInput';
import { BULK_LIMIT } from '../../services/leadActions';

const PAGE = 50;
const id = z.union([z.literal(''), z.coerce.number().int().positive()]).optional();
const date = z.union([z.literal(''), z.iso.date()]).optional();
const querySchema = z.object({
  status: id,
  owner: id,
  team: id,
  tag: z.string().max(50).optional(),
  source: z.string().max(100).optional(),
  from: date,
  to: date,
  stale: z.enum(['', '1']).optional(),
  q: z.string().max(200).optional(),
  lookup: z.string().max(254).optional(),
  sort: z.enum(['created', 'name']).optional(),
  after: z.string().max(500).optional(),
  count: z.enum(['', '1']).optional(),
});

const day = (d: string, plus = 0) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + plus);
  return t;
};

/** The list, filtered and searched inside the user's scope, one keyset page at a time. */
export async function list(req: Request, res: Response) {
  const { leadList, leads, config } = req.services;
  const user = req.user!;
  const parsed = querySchema.safeParse(req.query);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] = 'Enter a valid value (dates as YYYY-MM-DD).';
  const q = parsed.success ? parsed.data : {};
  const filter: LeadFilter = {
    statusId: q.status || undefined,
    ownerId: q.owner || undefined,
    teamId: q.team || undefined,
    tag: q.tag?.trim().toLowerCase() || undefined,
    source: q.source?.trim() || undefined,
    createdFrom: q.from ? day(q.from) : undefined,
    createdTo: q.to ? day(q.to, 1) : undefined,
    staleBefore: q.stale ? new Date(Date.now() - config.LEAD_STALE_DAYS * 86400_000) : undefined,
    q: q.q?.trim() || undefined,
  };
  const lookup = q.lookup?.trim();
  if (lookup) {
    const normalized = lookup.includes('@') ? normalizeEmail(lookup) : normalizePhone(lookup, config.DEFAULT_PHONE_COUNTRY);
    if (normalized) filter.lookup = normalized;
    else errors.lookup = 'Enter a full e-mail address or phone number.';
  }
  const scope = leads.scopeOf(user);
  const sort: LeadSort = q.sort ?? 'created';
  const countAsked = q.count === '1';
  // A search's prefixes are expanded before the page (withSearch): unless a count is asked for (which needs the
  // expanded search itself), in the same round trip as the page's other choices.
  const early = filter.q && !countAsked ? await leadList.choices(scope, undefined, filter.q) : undefined;
  if (early) filter.tsquery = early.tsquery;
  else if (filter.q) Object.assign(filter, await leadList.withSearch(filter));
  const page = await leadList.page(filter, scope, sort, q.after || undefined, PAGE);
  // A first page with no next page holds every match: its length is the count. The whole scope is counted up to
  // COUNT_CAP in the same query as the page's other choices (statuses, people, teams, sources). Beyond that, and
  // for a filter or search with more than a page of matches, the count is made when asked for (`count=1`, up to
  // ASKED_COUNT_CAP): counting may have to read every lead in the scope, which would cost every page view far more
  // than the page itself (BENCHMARKS.md).
  const more = Boolean(q.after || page.next);
  const cap = countAsked ? ASKED_COUNT_CAP : COUNT_CAP;
  const counting = more && (countAsked || isPlain(filter));
  const { statuses, people, teams, sources, count: total } = early ?? (await leadList.choices(scope, counting ? { filter, cap } : undefined));
  const count = counting ? total! : more ? undefined : page.rows.length;
  const values = Object.fromEntries(Object.entries(req.query).filter(([k, v]) => k !== 'after' && k !== 'count' && typeof v === 'string'));
  res.status(Object.keys(errors).length ? 400 : 200).render('leads/list', {
    title: 'Leads',
    rows: page.rows,
    next: page.next,
    count,
    countCap: cap,
    pageSize: PAGE,
    countAsked,
    statuses,
    statusLabel: new Map(statuses.map((s) => [s.id, s.label])),
    owners: people.filter((p) => p.role !== 'compliance'),
    // the people a bulk reassignment may go to (the same rule as the lead form's Owner)
    assignees: people.filter((p) => p.status === 'active' && p.role !== 'compliance' && (user.role === 'admin' || p.id === user.id || (user.teamId !== null && p.teamId === user.teamId))),
    ownerName: new Map(people.map((p) => [p.id, p.name])),
    teams,
    sources,
    values,
    errors,
    canBulk: user.role !== 'compliance',
    bulkLimit: BULK_LIMIT,
    query: new URLSearchParams(values as Record<string, string>).toString(),
  });
}
