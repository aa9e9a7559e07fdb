import type { Request, Response } from 'express';
import { ValidationError } from '../../../platform/errors';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { MIN_LENGTH, MIN_LENGTH_WITH_2FA } from '../passwords';
import { actorOf, secretField } from '../../../http/form';
import type { AccountsDeps } from './deps';

export function changePasswordPage(d: AccountsDeps) {
  const { accounts } = d;
  const render = (req: Request, res: Response, errors = {}) =>
    res.status(Object.keys(errors).length ? 400 : 200).render('account/password', {
      title: 'Change password',
      errors,
      minLength: req.user!.totpEnabledAt ? MIN_LENGTH_WITH_2FA : MIN_LENGTH,
    });

  function get(req: Request, res: Response) {
    render(req, res);
  }

  async function post(req: Request, res: Response) {
    try {
      req.session.epoch = await accounts.changePassword(
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

  return { get, post };
}
