import express, { Router } from 'express';

/** Form bodies only, capped in size (413 above the limit, 400 when malformed). */
export function requestParsing(limit: string): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit, parameterLimit: 1000 }));
  return router;
}
