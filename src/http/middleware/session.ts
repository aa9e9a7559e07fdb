// Sessions in Redis (connect-redis): named cookie, idle timeout, lax same-site. The cookie (and the session's
// expiry in Redis) is renewed once its remaining life is a minute short of the idle timeout, not on every
// response: re-signing and re-sending it on each page was CPU for nothing. The idle timeout is then 29–30 minutes.
import { Router } from 'express';
import session, { type Store } from 'express-session';

export const SESSION_COOKIE = 'valley.sid';
/** A session is saved again, with a new cookie, once this long has passed since its cookie was last sent. */
export const SESSION_RENEW_MS = 60_000;

export function webSession(opts: { store: Store; secret: string; secure: boolean; idleSeconds: number }): Router {
  const router = Router();
  const idleMs = opts.idleSeconds * 1000;
  router.use(
    session({
      name: SESSION_COOKIE,
      store: opts.store,
      secret: opts.secret,
      resave: false,
      saveUninitialized: false,
      rolling: false,
      // Secure always in production; elsewhere whenever the request came over TLS ('auto' reads req.secure)
      cookie: { httpOnly: true, sameSite: 'lax', secure: opts.secure || 'auto', maxAge: idleMs },
    }),
  );
  // A changed session is saved with the full idle time, and its cookie sent with it (express-session).
  router.use((req, _res, next) => {
    const left = req.session?.cookie.maxAge;
    if (typeof left === 'number' && left < idleMs - SESSION_RENEW_MS) req.session.renewedAt = Date.now();
    next();
  });
  return router;
}
