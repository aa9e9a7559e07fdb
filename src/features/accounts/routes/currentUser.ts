// Who is signed in, checked on every request: ends sessions that are stale, revoked (epoch) or of an inactive user.
import type { RequestHandler } from 'express';
import { ABSOLUTE_SESSION_MS, mustUseTwoFactor, SEEN_WRITE_INTERVAL_MS } from '../model';
import type { AccountsDeps } from './deps';

function endSession(req: Parameters<RequestHandler>[0]): Promise<void> {
  return new Promise((resolve) => req.session.destroy(() => resolve()));
}

export function loadUser({
  users,
  sessions,
  accounts,
}: Pick<AccountsDeps, 'users' | 'sessions' | 'accounts'>): RequestHandler {
  return async (req, res, next) => {
    const { userId, epoch, startedAt } = req.session ?? {};
    if (userId === undefined) return next();
    // a database that does not answer is an error (503), never a reason to end the session
    const user = await users.get(userId);
    if (
      !user ||
      user.status !== 'active' ||
      user.sessionEpoch !== epoch ||
      !startedAt ||
      Date.now() - startedAt > ABSOLUTE_SESSION_MS
    ) {
      await sessions.ended(req.sessionID);
      await endSession(req);
      return next();
    }
    req.user = user;
    req.mustEnrolTwoFactor = !user.totpEnabledAt && mustUseTwoFactor(user);
    res.locals.user = user;
    res.locals.passwordIsOld = accounts.passwordIsOld(user);
    if (!req.session.seenAt || Date.now() - req.session.seenAt > SEEN_WRITE_INTERVAL_MS) {
      req.session.seenAt = Date.now();
      await sessions.seen(req.sessionID, req.ip ?? 'unknown');
    }
    next();
  };
}
