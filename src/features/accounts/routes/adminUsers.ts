import type { Request, Response } from 'express';
import { ROLES } from '../model';
import { ValidationError } from '../../../platform/errors';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { actorOf, field } from '../../../http/form';
import { formAction, type Rerender } from '../../../http/form';
import type { AccountsDeps } from './deps';

export function userAdminPages(d: AccountsDeps) {
  const { users } = d;
  const idParam = (req: Request) => Number(req.params.id);

  async function list(req: Request, res: Response) {
    res.render('admin/users', { title: 'Users', users: await users.list() });
  }

  function inviteForm(_req: Request, res: Response) {
    res.render('admin/invite', { title: 'Invite a user', roles: ROLES, values: { role: 'staff' } });
  }

  async function invite(req: Request, res: Response) {
    const values = { email: field(req, 'email'), name: field(req, 'name'), role: field(req, 'role') };
    try {
      await users.invite(values, actorOf(req));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return res
        .status(400)
        .render('admin/invite', { title: 'Invite a user', roles: ROLES, values, errors: err.errors });
    }
    flash(req, 'success', `Invitation sent to ${values.email}.`);
    res.redirect(paths.admin.users);
  }

  async function renderUser(req: Request, res: Response, errors: Record<string, string> = {}) {
    const shown = await users.get(idParam(req));
    const teams = await d.listTeams();
    res
      .status(Object.keys(errors).length ? 400 : 200)
      .render('admin/user', { title: shown.name, shown, roles: ROLES, teams, errors });
  }

  async function show(req: Request, res: Response) {
    await renderUser(req, res);
  }

  const toUser = (req: Request) => url(paths.admin.user, { id: idParam(req) });
  const rerender: Rerender = (req, res, errors) => renderUser(req, res, errors);

  const changeRole = formAction(
    (req) => users.changeRole(idParam(req), field(req, 'role'), actorOf(req)),
    rerender,
    'Role changed. The user was signed out and will sign in again with the new role.',
    toUser,
  );
  const deactivate = formAction(
    (req) => users.deactivate(idParam(req), actorOf(req)),
    rerender,
    'User deactivated. Their sessions ended.',
    toUser,
  );
  const reactivate = formAction(
    (req) => users.reactivate(idParam(req), actorOf(req)),
    rerender,
    'User reactivated.',
    toUser,
  );

  return { list, inviteForm, invite, show, changeRole, deactivate, reactivate };
}
