import type { Request, Response } from 'express';
import { ValidationError } from '../../errors';
import { flash } from '../../middleware/locals';
import { paths } from '../../paths';
import { MIN_LENGTH, MIN_LENGTH_WITH_2FA } from '../../services/passwords';
import { actorOf, secretField } from '../actor';

const render = (req: Request, res: Response, errors = {}) =>
  res.status(Object.keys(errors).length ? 400 : 200).render('account/password', { title: 'Change password', errors, minLength: req.user!.totpEnabledAt ? MIN_LENGTH_WITH_2FA : MIN_LENGTH });

export function get(req: Request, res: Response) {
  render(req, res);
}

export async function post(req: Request, res: Response) {
  try {
    req.session.epoch = await req.services.accounts.changePassword(
      req.user!,
      secretField(req, 'current'),
      secretField(req, 'password'),
      secretField(req, 'confirm'),
      actorOf(req),
      req.sessionID,
    );
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return render(req, res, err.errors);
  }
  flash(req, 'success', 'Your password was changed. Your other sessions were signed out.');
  res.redirect(paths.account.security);
}
