// helmet with a nonce-based CSP: no inline script anywhere.
import crypto from 'node:crypto';
import { Router } from 'express';
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
      strictTransportSecurity: production,
    }),
  );
  return router;
}
