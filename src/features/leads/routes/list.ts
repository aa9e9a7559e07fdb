import type { Request, Response } from 'express';
import { mayBeGivenLead } from '../access';
import { readListQuery } from '../listQuery';
import { BULK_LIMIT } from '../model';
import type { LeadsDeps } from './deps';

export function leadListPage(d: LeadsDeps) {
  const { leadList, staleDays, phoneCountry } = d;
  const PAGE = 50;

  /** The list, filtered and searched inside the user's scope, one keyset page at a time. */
  async function list(req: Request, res: Response) {
    const user = req.user!;
    const { filter, sort, after, countAsked, values, errors } = readListQuery(req.query, {
      staleDays,
      phoneCountry,
      now: new Date(),
    });
    const page = await leadList.browse(user, filter, { sort, after, countAsked, size: PAGE });
    const { rows, next, count, cap, statuses, people, teams, sources } = page;
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
      query: new URLSearchParams(values).toString(),
    });
  }

  return { list };
}
