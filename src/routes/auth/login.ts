import type { Request, Response } from 'express';
import { INVALID_LOGIN, LOCKED_LOGIN } from '../../services/auth';
import { paths } from '../../paths';
import { actorOf, field, secretField } from '../actor';
import { afterSignIn, signIn } from './signIn';

const PENDING_MS = 5 * 60_000;

export function get(req: Request, res: Response) {
  if (req.user) return res.redirect(paths.home);
  res.render('auth/login', { title: 'Sign in', signedOut: req.query.signedOut === '1' });
}

export async function post(req: Request, res: Response) {
  const email = field(req, 'email');
  const password = secretField(req, 'password');
  const errors: Record<string, string> = {};
  if (!email) errors.email = 'Enter your e-mail address.';
  if (!password) errors.password = 'Enter your password.';
  if (Object.keys(errors).length) return res.status(400).render('auth/login', { title: 'Sign in', values: { email }, errors });

  const result = await req.services.auth.checkPassword(email, password, actorOf(req));
  if (result.status !== 'ok') {
    const status = result.status === 'locked' ? 429 : 401;
    return res.status(status).render('auth/login', { title: 'Sign in', values: { email }, errors: { form: result.status === 'locked' ? LOCKED_LOGIN : INVALID_LOGIN } });
  }
  const { user } = result;
  if (result.needsSecondFactor) {
    const returnTo = req.session.returnTo;
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.pending = { userId: user.id, epoch: user.sessionEpoch, at: Date.now() };
    req.session.returnTo = returnTo;
    return res.redirect(paths.loginSecondFactor);
  }
  await signIn(req, res, user);
  res.redirect(afterSignIn(req));
}

export async function pendingUser(req: Request) {
  const pending = req.session.pending;
  if (!pending || Date.now() - pending.at > PENDING_MS) return undefined;
  const user = await req.services.users.get(pending.userId).catch(() => undefined);
  return user && user.status === 'active' && user.sessionEpoch === pending.epoch ? user : undefined;
}
