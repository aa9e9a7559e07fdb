// New and edit lead forms: validate, warn of possible duplicates, then save (post/redirect/get).
import type { Request, Response } from 'express';
import type { Lead } from '../../data/leadsRepo';
import { ValidationError } from '../../errors';
import { flash } from '../../middleware/locals';
import { paths, url } from '../../paths';
import { LAWFUL_BASES } from '../../services/leadInput';
import type { Duplicate } from '../../services/leads';
import { actorOf, field } from '../actor';

const idParam = (req: Request) => Number(req.params.id);
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

/** Form values of a saved lead (for the edit form). */
function valuesOf(lead: Lead): Record<string, string> {
  return {
    firstName: lead.firstName, lastName: lead.lastName, company: lead.company ?? '', jobTitle: lead.jobTitle ?? '',
    email: lead.email ?? '', phone: lead.phone ?? '', address: lead.address ?? '', notes: lead.notes ?? '',
    source: lead.source ?? '', statusId: String(lead.statusId), tags: lead.tags.join(', '), ownerId: String(lead.ownerId),
    lawfulBasis: lead.lawfulBasis, basisMethod: lead.basis.method, basisSource: lead.basis.source,
    basisObtainedAt: day(lead.basis.obtainedAt), basisWording: lead.basis.wording,
  };
}

async function render(req: Request, res: Response, opts: { lead?: Lead; values: Record<string, string>; errors?: Record<string, string>; duplicates?: Duplicate[] }) {
  const { leads, users } = req.services;
  const user = req.user!;
  const people = await users.list();
  const owners = people.filter((p) => p.role !== 'compliance' && (p.id === opts.lead?.ownerId || (p.status === 'active' && (user.role === 'admin' || p.id === user.id || (user.teamId !== null && p.teamId === user.teamId)))));
  const errors = opts.errors ?? {};
  res.status(Object.keys(errors).length ? 400 : opts.duplicates ? 409 : 200).render('leads/form', {
    title: opts.lead ? `Edit ${opts.lead.firstName} ${opts.lead.lastName}` : 'New lead',
    lead: opts.lead,
    action: opts.lead ? url(paths.leadEdit, { id: opts.lead.id }) : paths.leadNew,
    values: opts.values,
    errors,
    duplicates: opts.duplicates ?? [],
    statuses: await leads.statusList(),
    owners,
    bases: LAWFUL_BASES,
  });
}

export async function newForm(req: Request, res: Response) {
  const statuses = await req.services.leads.statusList();
  await render(req, res, { values: { statusId: String(statuses[0]?.id ?? ''), ownerId: String(req.user!.id), basisObtainedAt: day(new Date()) } });
}

export async function editForm(req: Request, res: Response) {
  const lead = await req.services.leads.getForWrite(req.user!, idParam(req));
  await render(req, res, { lead, values: valuesOf(lead) });
}

const save = (mode: 'create' | 'update') => async (req: Request, res: Response) => {
  const { leads } = req.services;
  const user = req.user!;
  const lead = mode === 'update' ? await leads.getForWrite(user, idParam(req)) : undefined;
  const body = req.body as Record<string, unknown>;
  const values = Object.fromEntries(Object.entries(body).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
  const allowDuplicate = field(req, 'confirmDuplicate') === '1';
  try {
    const result = lead ? await leads.update(user, lead.id, body, allowDuplicate, actorOf(req)) : await leads.create(user, body, allowDuplicate, actorOf(req));
    if (result.status === 'duplicates') return render(req, res, { lead, values, duplicates: result.duplicates });
    flash(req, 'success', lead ? 'Lead saved.' : 'Lead created.');
    res.redirect(url(paths.lead, { id: result.lead.id }));
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    await render(req, res, { lead, values, errors: err.errors });
  }
};

export const create = save('create');
export const update = save('update');
