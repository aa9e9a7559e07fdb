import type { Request, Response } from 'express';
import { z } from 'zod';
import { mayBeGivenLead } from '../access';
import { BULK_LIMIT, normalizeEmail, normalizePhone, type LeadFilter, type LeadSort } from '../model';
import type { LeadsDeps } from './deps';

export function leadListPage(d: LeadsDeps) {
  const { leadList, staleDays, phoneCountry } = d;
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
  async function list(req: Request, res: Response) {
    const user = req.user!;
    const parsed = querySchema.safeParse(req.query);
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
      staleBefore: q.stale ? new Date(Date.now() - staleDays * 86400_000) : undefined,
      q: q.q?.trim() || undefined,
    };
    const lookup = q.lookup?.trim();
    if (lookup) {
      const normalized = lookup.includes('@') ? normalizeEmail(lookup) : normalizePhone(lookup, phoneCountry);
      if (normalized) filter.lookup = normalized;
      else errors.lookup = 'Enter a full e-mail address or phone number.';
    }
    const sort: LeadSort = q.sort ?? 'created';
    const countAsked = q.count === '1';
    const page = await leadList.browse(user, filter, { sort, after: q.after || undefined, countAsked, size: PAGE });
    const { rows, next, count, cap, statuses, people, teams, sources } = page;
    const values = Object.fromEntries(
      Object.entries(req.query).filter(([k, v]) => k !== 'after' && k !== 'count' && typeof v === 'string'),
    );
    res.status(Object.keys(errors).length ? 400 : 200).render('leads/list', {
      title: 'Leads',
      rows,
      next,
      count,
      countCap: cap,
      pageSize: PAGE,
      countAsked,
      statuses,
      statusLabel: new Map(statuses.map((s) => [s.id, s.label])),
      owners: people.filter((p) => p.role !== 'compliance'),
      // the people a bulk reassignment may go to (the same rule as the lead form's Owner)
      assignees: people.filter((p) => mayBeGivenLead(user, p)),
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

  return { list };
}
