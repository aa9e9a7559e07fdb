// Teams and lead statuses (admins only).
import type { Request, Response } from 'express';
import { flash } from '../../middleware/locals';
import { paths, url } from '../../paths';
import { actorOf, field } from '../actor';
import { formAction } from '../formAction';

async function renderTeams(req: Request, res: Response, errors: Record<string, string> = {}, values: Record<string, string> = {}) {
  res.status(Object.keys(errors).length ? 400 : 200).render('admin/teams', { title: 'Teams', teams: await req.services.organisation.teams.list(), errors, values });
}
async function renderStatuses(req: Request, res: Response, errors: Record<string, string> = {}, values: Record<string, string> = {}) {
  res.status(Object.keys(errors).length ? 400 : 200).render('admin/statuses', { title: 'Lead statuses', statuses: await req.services.organisation.statuses.list(), errors, values });
}

export const teams = (req: Request, res: Response) => renderTeams(req, res);
export const createTeam = formAction((req) => req.services.organisation.createTeam(field(req, 'name'), actorOf(req)), renderTeams, 'Team created.', () => paths.admin.teams);
export const statuses = (req: Request, res: Response) => renderStatuses(req, res);
export const addStatus = formAction((req) => req.services.organisation.addStatus(field(req, 'label'), actorOf(req)), renderStatuses, 'Status added.', () => paths.admin.statuses);
export const renameStatus = formAction(
  (req) => req.services.organisation.renameStatus(Number(req.params.id), field(req, `label-${req.params.id}`), actorOf(req)),
  renderStatuses,
  'Status renamed.',
  () => paths.admin.statuses,
);

export async function userTeam(req: Request, res: Response) {
  const raw = field(req, 'teamId');
  const id = Number(req.params.id);
  await req.services.organisation.assignTeam(id, raw ? Number(raw) : null, actorOf(req));
  flash(req, 'success', 'Team changed. Their lead access follows at once.');
  res.redirect(url(paths.admin.user, { id }));
}
