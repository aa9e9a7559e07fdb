import type { Request, Response } from 'express';
import { paths } from '../../paths';
import { SESSION_COOKIE } from '../../middleware/session';
import { actorOf } from '../actor';

export async function post(req: Request, res: Response) {
  const { auth, sessions } = req.services;
  await auth.logout(actorOf(req));
  await sessions.ended(req.sessionID);
  await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
  res.clearCookie(SESSION_COOKIE);
  res.redirect(`${paths.login}?signedOut=1`);
}
