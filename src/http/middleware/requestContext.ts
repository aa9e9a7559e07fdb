// Request id on every log line (pino-http).
import crypto from 'node:crypto';
import { Router } from 'express';
import pinoHttp from 'pino-http';
import type { Logger } from '../../platform/logger';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Paths whose last segment is a secret (a reset, invitation, confirmation or unsubscribe link's token): logged without it. */
const TOKEN_PATH = /^(\/password\/reset|\/invite|\/contact\/confirm|\/u)\/[^/?]+/;
export const loggedPath = (url: string) => url.split('?')[0].replace(TOKEN_PATH, '$1/:token');

export function requestContext(logger: Logger): Router {
  const router = Router();
  router.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && SAFE_ID.test(given) ? given : crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Only method, path (no query string: it may carry personal data; no link's token) and status.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: loggedPath(String(req.url)),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url?.startsWith('/public/') === true },
    }),
  );
  return router;
}
