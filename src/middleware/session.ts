// Sessions in Redis (connect-redis): named cookie, 30-minute idle timeout (rolling), lax same-site.
import { Router } from 'express';
import session from 'express-session';
import { SESSION_IDLE_SECONDS, type Services } from '../services';

export const SESSION_COOKIE = 'valley.sid';

export function webSession(services: Services): Router {
  const router = Router();
  router.use(
    session({
      name: SESSION_COOKIE,
      store: services.sessions.store,
      secret: services.config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: services.config.cookieSecure, maxAge: SESSION_IDLE_SECONDS * 1000 },
    }),
  );
  return router;
}
