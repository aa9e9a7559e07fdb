// Synchronizer-token CSRF protection (csrf-sync) on every state-changing request, tests included.
import { Router } from 'express';
import { csrfSync } from 'csrf-sync';

export const CSRF_FIELD = '_csrf';

export function csrf(): Router {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) =>
      ((req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD] as string | undefined) ??
      (req.headers['x-csrf-token'] as string | undefined),
  });
  const router = Router();
  router.use(csrfSynchronisedProtection);
  // Lazy: only pages that render a form create a session for the token.
  router.use((req, res, next) => {
    res.locals.csrfToken = () => generateToken(req);
    next();
  });
  return router;
}
