// Password reset and invitation acceptance: both set a password through a single-use e-mailed link.
import type { Request, Response } from 'express';
import { ValidationError } from '../../../platform/errors';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { MIN_LENGTH, MIN_LENGTH_WITH_2FA } from '../passwords';
import { actorOf, field, secretField } from '../../../http/form';
import type { AccountsDeps } from './deps';

export function setPasswordPages(d: AccountsDeps) {
  const { accounts } = d;
  type Kind = 'reset' | 'invite';
  const titles: Record<Kind, string> = { reset: 'Choose a new password', invite: 'Welcome: choose your password' };

  function token(req: Request): string {
    return String(req.params.token ?? '');
  }

  function invalid(res: Response, kind: Kind) {
    res.status(410).render('auth/link-invalid', { title: 'This link no longer works', kind });
  }

  const getFor = (kind: Kind) => async (req: Request, res: Response) => {
    const user = await accounts.userForToken(kind, token(req));
    if (!user) return invalid(res, kind);
    res.render('auth/set-password', {
      title: titles[kind],
      kind,
      minLength: user.totpEnabledAt ? MIN_LENGTH_WITH_2FA : MIN_LENGTH,
      who: user.name,
    });
  };

  const postFor = (kind: Kind) => async (req: Request, res: Response) => {
    try {
      // joining means accepting the Terms of Use and the Privacy Policy in force: an explicit tick, recorded
      if (kind === 'invite' && field(req, 'terms') !== 'yes')
        throw new ValidationError({ terms: 'Tick to accept the Terms of Use and the Privacy Policy.' });
      const user = await accounts.setPasswordWithToken(
        kind,
        token(req),
        secretField(req, 'password'),
        secretField(req, 'confirm'),
        actorOf(req),
      );
      if (!user) return invalid(res, kind);
      if (kind === 'invite')
        await d.acceptOnJoin(user, { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 500) ?? null });
      flash(
        req,
        'success',
        kind === 'reset'
          ? 'Your password was changed. Sign in with the new one.'
          : 'Your account is ready. Sign in with your new password.',
      );
      res.redirect(paths.login);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      res
        .status(400)
        .render('auth/set-password', { title: titles[kind], kind, minLength: MIN_LENGTH, errors: err.errors });
    }
  };

  const reset = { get: getFor('reset'), post: postFor('reset') };
  const invite = { get: getFor('invite'), post: postFor('invite') };

  return { reset, invite };
}
