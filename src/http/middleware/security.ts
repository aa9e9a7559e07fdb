// helmet with a nonce-based CSP (no inline script anywhere); HSTS on every response that came over TLS (directly or
// through a trusted proxy's X-Forwarded-Proto), whatever NODE_ENV says.
import crypto from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { ServerResponse } from 'node:http';

export function security(production: boolean): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString('base64');
    next();
  });
  router.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: [
            "'self'",
            (_req, res) => `'nonce-${(res as ServerResponse & { locals: Record<string, string> }).locals.cspNonce}'`,
          ],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: production ? [] : null,
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: false,
    }),
  );
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 3600, includeSubDomains: true });
  router.use((req, res, next) => (req.secure ? hsts(req, res, next) : next()));
  return router;
}

/** Pages and answers of the portal carry personal data: no browser or proxy keeps a copy (static files, mounted
 * before this, keep their own max-age). */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};
