// Teams and lead statuses (admins only).
import type { Request, Response } from 'express';
import { actorOf, field, formAction } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import type { OrganisationService } from '../service';

export function organisationPages(organisation: OrganisationService) {
  async function renderTeams(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
  ) {
    res
      .status(Object.keys(errors).length ? 400 : 200)
      .render('admin/teams', { title: 'Teams', teams: await organisation.listTeams(), errors, values });
  }
  async function renderStatuses(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
  ) {
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/statuses', {
      title: 'Lead statuses',
      statuses: await organisation.listStatuses(),
      errors,
      values,
    });
  }

  const teams = (req: Request, res: Response) => renderTeams(req, res);
  const createTeam = formAction(
    (req) => organisation.createTeam(field(req, 'name'), actorOf(req)),
    renderTeams,
    'Team created.',
    () => paths.admin.teams,
  );
  const statuses = (req: Request, res: Response) => renderStatuses(req, res);
  const addStatus = formAction(
    (req) => organisation.addStatus(field(req, 'label'), actorOf(req)),
    renderStatuses,
    'Status added.',
    () => paths.admin.statuses,
  );
  const renameStatus = formAction(
    (req) =>
      organisation.renameStatus(Number(req.params.id), field(req, `label-${String(req.params.id)}`), actorOf(req)),
    renderStatuses,
    'Status renamed.',
    () => paths.admin.statuses,
  );

  async function userTeam(req: Request, res: Response) {
    const raw = field(req, 'teamId');
    const id = Number(req.params.id);
    await organisation.assignTeam(id, raw ? Number(raw) : null, actorOf(req));
    flash(req, 'success', 'Team changed. Their lead access follows at once.');
    res.redirect(url(paths.admin.user, { id }));
  }

  return { teams, createTeam, statuses, addStatus, renameStatus, userTeam };
}
