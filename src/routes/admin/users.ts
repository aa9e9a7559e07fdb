import type { Request, Response } from 'express';
import { ROLES } from '../../data/usersRepo';
import { ValidationError } from '../../errors';
import { flash } from '../../middleware/locals';
import { paths, url } from '../../paths';
import { actorOf, field } from '../actor';
import { formAction, type Rerender } from '../formAction';

const idParam = (req: Request) => Number(req.params.id);

export async function list(req: Request, res: Response) {
  res.render('admin/users', { title: 'Users', users: await req.services.users.list() });
}

export function inviteForm(_req: Request, res: Response) {
  res.render('admin/invite', { title: 'Invite a user', roles: ROLES, values: { role: 'staff' } });
}

export async function invite(req: Request, res: Response) {
  const values = { email: field(req, 'email'), name: field(req, 'name'), role: field(req, 'role') };
  try {
    await req.services.users.invite(values, actorOf(req));
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return res.status(400).render('admin/invite', { title: 'Invite a user', roles: ROLES, values, errors: err.errors });
  }
  flash(req, 'success', `Invitation sent to ${values.email}.`);
  res.redirect(paths.admin.users);
}

async function renderUser(req: Request, res: Response, errors: Record<string, string> = {}) {
  const shown = await req.services.users.get(idParam(req));
  const teams = await req.services.organisation.teams.list();
  res.status(Object.keys(errors).length ? 400 : 200).render('admin/user', { title: shown.name, shown, roles: ROLES, teams, errors });
}

export async function show(req: Request, res: Response) {
  await renderUser(req, res);
}

const toUser = (req: Request) => url(paths.admin.user, { id: idParam(req) });
const rerender: Rerender = (req, res, errors) => renderUser(req, res, errors);

export const changeRole = formAction((req) => req.services.users.changeRole(idParam(req), field(req, 'role'), actorOf(req)), rerender, 'Role changed. The user was signed out and will sign in again with the new role.', toUser);
export const deactivate = formAction((req) => req.services.users.deactivate(idParam(req), actorOf(req)), rerender, 'User deactivated. Their sessions ended.', toUser);
export const reactivate = formAction((req) => req.services.users.reactivate(idParam(req), actorOf(req)), rerender, 'User reactivated.', toUser);
