import type { Request, Response } from 'express';
import { NotFoundError } from '../../errors';
import { flash } from '../../middleware/locals';
import { paths } from '../../paths';
import { actorOf } from '../actor';

export async function get(req: Request, res: Response) {
  const user = req.user!;
  const { sessions, accounts } = req.services;
  res.render('account/security', {
    title: 'Account security',
    sessions: await sessions.list(user.id),
    currentSid: req.sessionID,
    recoveryCodesLeft: user.totpEnabledAt ? await accounts.recoveryCodesLeft(user) : 0,
  });
}

export async function revoke(req: Request, res: Response) {
  const sid = String(req.params.sid);
  if (sid === req.sessionID || !(await req.services.sessions.revoke(req.user!.id, sid, actorOf(req)))) throw new NotFoundError();
  flash(req, 'success', 'That session was signed out.');
  res.redirect(paths.account.security);
}

export async function revokeOthers(req: Request, res: Response) {
  const n = await req.services.sessions.revokeOthers(req.user!.id, req.sessionID, actorOf(req));
  flash(req, 'success', n === 1 ? 'One other session was signed out.' : `${n} other sessions were signed out.`);
  res.redirect(paths.account.security);
}
