// Request id on every log line (pino-http), and the services this app was built with.
import crypto from 'node:crypto';
import { Router } from 'express';
import pinoHttp from 'pino-http';
import type { Services } from '../services';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestContext(services: Services): Router {
  const router = Router();
  router.use(
    pinoHttp({
      logger: services.log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && SAFE_ID.test(given) ? given : crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Only method, path (no query string: it may carry personal data) and status.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url?.startsWith('/public/') === true },
    }),
  );
  router.use((req, _res, next) => {
    req.services = services;
    next();
  });
  return router;
}
