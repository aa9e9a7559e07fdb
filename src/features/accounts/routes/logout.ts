import type { Request, Response } from 'express';
import { actorOf } from '../../../http/form';
import { SESSION_COOKIE } from '../../../http/middleware/session';
import { paths } from '../../../http/paths';
import type { SessionService } from '../sessions';
import type { AccountsDeps } from './deps';

/** Ends the request's session (forgotten in Redis and in the user's session list) and clears its cookie. */
export async function endSession(sessions: SessionService, req: Request, res: Response): Promise<void> {
  await sessions.ended(req.sessionID);
  await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
  res.clearCookie(SESSION_COOKIE);
}

export function logoutAction({ auth, sessions }: AccountsDeps) {
  async function post(req: Request, res: Response) {
    await auth.logout(actorOf(req));
    await endSession(sessions, req, res);
    res.redirect(`${paths.login}?signedOut=1`);
  }
  return { post };
}
