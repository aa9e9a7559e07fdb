import type { Request, Response } from 'express';
import { actorOf, field } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { LOCKED_LOGIN } from '../auth';
import type { AccountsDeps } from './deps';
import { afterSignIn, type SignInFlow } from './signIn';

const view = 'auth/second-factor';

function expired(req: Request, res: Response) {
  delete req.session.pending;
  flash(req, 'info', 'Your sign-in took too long. Enter your e-mail address and password again.');
  res.redirect(paths.login);
}

export function secondFactorPage({ auth }: AccountsDeps, flow: SignInFlow) {
  async function get(req: Request, res: Response) {
    if (!(await flow.pendingUser(req))) return expired(req, res);
    res.render(view, { title: 'Two-factor sign-in' });
  }

  async function post(req: Request, res: Response) {
    const user = await flow.pendingUser(req);
    if (!user) return expired(req, res);
    const code = field(req, 'code');
    if (!code)
      return res.status(400).render(view, {
        title: 'Two-factor sign-in',
        errors: { code: 'Enter the 6-digit code from your app, or a recovery code.' },
      });
    if (await auth.isLocked(user.email, req.ip ?? 'unknown'))
      return res.status(429).render(view, { title: 'Two-factor sign-in', errors: { code: LOCKED_LOGIN } });
    if (!(await auth.checkSecondFactor(user, code, actorOf(req)))) {
      return res.status(401).render(view, {
        title: 'Two-factor sign-in',
        errors: { code: 'That code is not right. Enter the code your app shows now, or an unused recovery code.' },
      });
    }
    delete req.session.pending;
    await flow.signIn(req, res, user);
    res.redirect(afterSignIn(req));
  }

  return { get, post };
}
