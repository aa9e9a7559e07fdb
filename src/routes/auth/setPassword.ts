// Password reset and invitation acceptance: both set a password through a single-use e-mailed link.
import type { Request, Response } from 'express';
import { ValidationError } from '../../errors';
import { flash } from '../../middleware/locals';
import { paths } from '../../paths';
import { MIN_LENGTH, MIN_LENGTH_WITH_2FA } from '../../services/passwords';
import { actorOf, secretField } from '../actor';

type Kind = 'reset' | 'invite';
const titles: Record<Kind, string> = { reset: 'Choose a new password', invite: 'Welcome: choose your password' };

function token(req: Request): string {
  return String(req.params.token ?? '');
}

function invalid(res: Response, kind: Kind) {
  res.status(410).render('auth/link-invalid', { title: 'This link no longer works', kind });
}

const getFor = (kind: Kind) => async (req: Request, res: Response) => {
  const user = await req.services.accounts.userForToken(kind, token(req));
  if (!user) return invalid(res, kind);
  res.render('auth/set-password', { title: titles[kind], kind, minLength: user.totpEnabledAt ? MIN_LENGTH_WITH_2FA : MIN_LENGTH, who: user.name });
};

const postFor = (kind: Kind) => async (req: Request, res: Response) => {
  try {
    const user = await req.services.accounts.setPasswordWithToken(kind, token(req), secretField(req, 'password'), secretField(req, 'confirm'), actorOf(req));
    if (!user) return invalid(res, kind);
    flash(req, 'success', kind === 'reset' ? 'Your password was changed. Sign in with the new one.' : 'Your account is ready. Sign in with your new password.');
    res.redirect(paths.login);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    res.status(400).render('auth/set-password', { title: titles[kind], kind, minLength: MIN_LENGTH, errors: err.errors });
  }
};

export const reset = { get: getFor('reset'), post: postFor('reset') };
export const invite = { get: getFor('invite'), post: postFor('invite') };
