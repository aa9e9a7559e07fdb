import type { Request, Response } from 'express';
import { actorOf, field, secretField } from '../../../http/form';
import { paths } from '../../../http/paths';
import { INVALID_LOGIN, LOCKED_LOGIN } from '../auth';
import type { AccountsDeps } from './deps';
import { afterSignIn, regenerateSession, type SignInFlow } from './signIn';

export function loginPage({ auth }: AccountsDeps, flow: SignInFlow) {
  function get(req: Request, res: Response) {
    if (req.user) return res.redirect(paths.home);
    res.render('auth/login', {
      title: 'Sign in',
      signedOut: req.query.signedOut === '1',
      declined: req.query.declined === '1',
    });
  }

  async function post(req: Request, res: Response) {
    const email = field(req, 'email');
    const password = secretField(req, 'password');
    const errors: Record<string, string> = {};
    if (!email) errors.email = 'Enter your e-mail address.';
    if (!password) errors.password = 'Enter your password.';
    if (Object.keys(errors).length)
      return res.status(400).render('auth/login', { title: 'Sign in', values: { email }, errors });

    const result = await auth.checkPassword(email, password, actorOf(req));
    if (result.status !== 'ok') {
      const status = result.status === 'locked' ? 429 : 401;
      return res.status(status).render('auth/login', {
        title: 'Sign in',
        values: { email },
        errors: { form: result.status === 'locked' ? LOCKED_LOGIN : INVALID_LOGIN },
      });
    }
    const { user } = result;
    if (result.needsSecondFactor) {
      const returnTo = req.session.returnTo;
      await regenerateSession(req);
      req.session.pending = { userId: user.id, epoch: user.sessionEpoch, at: Date.now() };
      req.session.returnTo = returnTo;
      return res.redirect(paths.loginSecondFactor);
    }
    await flow.signIn(req, res, user);
    res.redirect(afterSignIn(req));
  }

  return { get, post };
}
