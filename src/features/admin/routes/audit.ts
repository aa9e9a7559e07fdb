import type { Request, Response } from 'express';
import { z } from 'zod';
import type { AdminDeps } from './deps';

export function auditPage(d: AdminDeps) {
  const { audit, users } = d;
  const PAGE = 50;
  const date = z.union([z.literal(''), z.iso.date()]).optional();
  const filterSchema = z.object({
    user: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    action: z.string().max(64).optional(),
    from: date,
    to: date,
    before: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
  });

  /** Admins and compliance officers read and filter the log; nobody can change it from the app. */
  async function get(req: Request, res: Response) {
    const parsed = filterSchema.safeParse(req.query);
    const errors: Record<string, string> = {};
    if (!parsed.success)
      for (const i of parsed.error.issues) errors[String(i.path[0])] = 'Enter a valid value (dates as YYYY-MM-DD).';
    const q = parsed.success ? parsed.data : {};
    const to = q.to ? new Date(`${q.to}T00:00:00Z`) : undefined;
    if (to) to.setUTCDate(to.getUTCDate() + 1);
    const entries = await audit.find({
      actorId: q.user || undefined,
      action: q.action || undefined,
      from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
      to,
      beforeId: q.before || undefined,
      limit: PAGE,
    });
    const people = await users.list();
    res.status(parsed.success ? 200 : 400).render('admin/audit', {
      title: 'Audit log',
      entries,
      users: people,
      names: new Map(people.map((u) => [u.id, u.name])),
      actions: await audit.actions(),
      values: {
        user: req.query.user ?? '',
        action: req.query.action ?? '',
        from: req.query.from ?? '',
        to: req.query.to ?? '',
      },
      errors,
      nextBefore: entries.length === PAGE ? entries[entries.length - 1].id : undefined,
      verification: req.query.verify === '1' ? await audit.verify() : undefined,
    });
  }

  return { get };
}
