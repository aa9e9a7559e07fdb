// Incidents (admins): the list with the form to open one, an incident's page with its updates and the form to
// post the next (resolving it is an update in the "resolved" state).
import type { Request, Response } from 'express';
import { actorOf, field, formAction, listField } from '../../../http/form';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { ROLES, type Role } from '../../accounts';
import { ROLES_ERROR, rolesField } from './roles';
import { INCIDENT_IMPACTS, INCIDENT_STATES, PARTS, type IncidentImpact } from '../model';
import type { IncidentService } from '../incidents';
import { STATE_LABEL } from '../texts';

const common = {
  impacts: INCIDENT_IMPACTS,
  states: INCIDENT_STATES,
  stateLabel: STATE_LABEL,
  parts: PARTS,
  roles: ROLES,
};

function roleList(req: Request): Role[] | null {
  const roles = rolesField(req);
  if (roles === undefined) throw new ValidationError({ roles: ROLES_ERROR });
  return roles;
}

export function incidentPages(incidents: IncidentService) {
  async function renderList(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
  ) {
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/incidents/index', {
      ...common,
      title: 'Incidents',
      incidents: await incidents.recent(),
      errors,
      values: { state: 'investigating', impact: 'minor', ...values },
      chosenParts: listField(req, 'parts'),
      chosenRoles: listField(req, 'roles'),
    });
  }
  async function renderIncident(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
  ) {
    const incident = await incidents.get(Number(req.params.id));
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/incidents/show', {
      ...common,
      title: incident.title,
      incident,
      errors,
      values: { state: incident.updates[0]?.state ?? 'investigating', ...values },
    });
  }

  async function open(req: Request, res: Response) {
    let id: number;
    try {
      id = await incidents.open(
        {
          title: field(req, 'title'),
          impact: field(req, 'impact') as IncidentImpact,
          parts: listField(req, 'parts'),
          roles: roleList(req),
          state: field(req, 'state'),
          body: field(req, 'body'),
        },
        actorOf(req),
      );
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const values = Object.fromEntries(['title', 'impact', 'state', 'body'].map((k) => [k, field(req, k)]));
      return renderList(req, res, err.errors, values);
    }
    res.redirect(url(paths.admin.incident, { id }));
  }

  const update = formAction(
    (req) => incidents.update(Number(req.params.id), field(req, 'state'), field(req, 'body'), actorOf(req)),
    renderIncident,
    'Update posted. Affected users are being told.',
    (req) => url(paths.admin.incident, { id: Number(req.params.id) }),
  );

  return {
    list: (req: Request, res: Response) => renderList(req, res),
    show: (req: Request, res: Response) => renderIncident(req, res),
    open,
    update,
  };
}
