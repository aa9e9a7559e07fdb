import type { Request, Response } from 'express';
import { NotFoundError } from '../../../platform/errors';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { actorOf } from '../../../http/form';
import type { AccountsDeps } from './deps';

export function securityPage(d: AccountsDeps) {
  const { accounts, sessions } = d;
  async function get(req: Request, res: Response) {
    const user = req.user!;
    res.render('account/security', {
      title: 'Account security',
      sessions: await sessions.list(user.id),
      currentSid: req.sessionID,
      recoveryCodesLeft: user.totpEnabledAt ? await accounts.recoveryCodesLeft(user) : 0,
    });
  }

  async function revoke(req: Request, res: Response) {
    const sid = String(req.params.sid);
    if (sid === req.sessionID || !(await sessions.revoke(req.user!.id, sid, actorOf(req)))) throw new NotFoundError();
    flash(req, 'success', 'That session was signed out.');
    res.redirect(paths.account.security);
  }

  async function revokeOthers(req: Request, res: Response) {
    const n = await sessions.revokeOthers(req.user!.id, req.sessionID, actorOf(req));
    flash(req, 'success', n === 1 ? 'One other session was signed out.' : `${n} other sessions were signed out.`);
    res.redirect(paths.account.security);
  }

  return { get, revoke, revokeOthers };
}
