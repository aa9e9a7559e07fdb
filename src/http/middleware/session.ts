// Sessions in Redis (connect-redis): named cookie, idle timeout (rolling), lax same-site.
import { Router } from 'express';
import session, { type Store } from 'express-session';

export const SESSION_COOKIE = 'valley.sid';

export function webSession(opts: { store: Store; secret: string; secure: boolean; idleSeconds: number }): Router {
  const router = Router();
  router.use(
    session({
      name: SESSION_COOKIE,
      store: opts.store,
      secret: opts.secret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      // Secure always in production; elsewhere whenever the request came over TLS ('auto' reads req.secure)
      cookie: { httpOnly: true, sameSite: 'lax', secure: opts.secure || 'auto', maxAge: opts.idleSeconds * 1000 },
    }),
  );
  return router;
}
