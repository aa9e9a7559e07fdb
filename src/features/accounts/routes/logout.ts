import type { Request, Response } from 'express';
import { actorOf } from '../../../http/form';
import { SESSION_COOKIE } from '../../../http/middleware/session';
import { paths } from '../../../http/paths';
import type { AccountsDeps } from './deps';

export function logoutAction({ auth, sessions }: AccountsDeps) {
  async function post(req: Request, res: Response) {
    await auth.logout(actorOf(req));
    await sessions.ended(req.sessionID);
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(SESSION_COOKIE);
    res.redirect(`${paths.login}?signedOut=1`);
  }
  return { post };
}
