// New and edit lead forms: validate, warn of possible duplicates, then save (post/redirect/get).
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { LAWFUL_BASES, type Duplicate, type Lead } from '../model';
import { parseLeadForm } from './input';
import type { LeadsDeps } from './deps';

export function leadFormPages(d: LeadsDeps) {
  const { leads, phoneCountry } = d;
  const idParam = (req: Request) => Number(req.params.id);
  const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

  /** Form values of a saved lead (for the edit form). */
  function valuesOf(lead: Lead): Record<string, string> {
    return {
      firstName: lead.firstName,
      lastName: lead.lastName,
      company: lead.company ?? '',
      jobTitle: lead.jobTitle ?? '',
      email: lead.email ?? '',
      phone: lead.phone ?? '',
      address: lead.address ?? '',
      notes: lead.notes ?? '',
      source: lead.source ?? '',
      statusId: String(lead.statusId),
      tags: lead.tags.join(', '),
      ownerId: String(lead.ownerId),
      lawfulBasis: lead.lawfulBasis,
      basisMethod: lead.basis.method,
      basisSource: lead.basis.source,
      basisObtainedAt: day(lead.basis.obtainedAt),
      basisWording: lead.basis.wording,
    };
  }

  async function render(
    req: Request,
    res: Response,
    opts: { lead?: Lead; values: Record<string, string>; errors?: Record<string, string>; duplicates?: Duplicate[] },
  ) {
    const owners = await leads.assignableOwners(req.user!, opts.lead);
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

  async function newForm(req: Request, res: Response) {
    const statuses = await leads.statusList();
    await render(req, res, {
      values: {
        statusId: String(statuses[0]?.id ?? ''),
        ownerId: String(req.user!.id),
        basisObtainedAt: day(new Date()),
      },
    });
  }

  async function editForm(req: Request, res: Response) {
    const lead = await leads.getForWrite(req.user!, idParam(req));
    await render(req, res, { lead, values: valuesOf(lead) });
  }

  const save = (mode: 'create' | 'update') => async (req: Request, res: Response) => {
    const user = req.user!;
    const lead = mode === 'update' ? await leads.getForWrite(user, idParam(req)) : undefined;
    const values = enteredValues(req);
    const allowDuplicate = field(req, 'confirmDuplicate') === '1';
    try {
      const input = parseLeadForm(req.body as Record<string, unknown>, phoneCountry);
      const result = lead
        ? await leads.update(user, lead.id, input, allowDuplicate, actorOf(req))
        : await leads.create(user, input, allowDuplicate, actorOf(req));
      if (result.status === 'duplicates') return render(req, res, { lead, values, duplicates: result.duplicates });
      flash(req, 'success', lead ? 'Lead saved.' : 'Lead created.');
      res.redirect(url(paths.lead, { id: result.lead.id }));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      await render(req, res, { lead, values, errors: err.errors });
    }
  };

  const create = save('create');
  const update = save('update');

  return { newForm, editForm, create, update };
}
