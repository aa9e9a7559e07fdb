// Request input: form bodies only, capped in size (413 above the limit, 400 when malformed), and query strings.
// Control characters (NUL and the other C0 codes but tab, line feed and carriage return, and DEL) are removed
// from every submitted value and query parameter: PostgreSQL refuses NUL in text, and none of them belongs in a
// name, an address or a note. Removing them here covers every form at once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parse } from 'node:querystring';
import express, { Router, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import { CSRF_FIELD } from './csrf';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A string without control characters (tab, line feed and carriage return stay); other values as they are. */
export function withoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROL, '') as T;
  if (Array.isArray(value)) return value.map(withoutControlCharacters) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.replace(CONTROL, ''), withoutControlCharacters(v)]),
    ) as T;
  }
  return value;
}

/** Express's 'query parser': node's querystring (Express 5's "simple" parser), cleaned. */
export const parseQuery = (query: string) => withoutControlCharacters({ ...parse(query) });

/** The parser of one route's larger form (RouteSpec.bodyLimit), for its POSTs; the general one then skips them. */
export function largeFormParsing(limit: string): RequestHandler {
  const parse = requestParsing(limit);
  return (req, res, next) => (req.method === 'POST' ? parse(req, res, next) : next());
}

export function requestParsing(limit: string): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit, parameterLimit: 1000 }));
  router.use((req, _res, next) => {
    if (req.body && typeof req.body === 'object')
      req.body = withoutControlCharacters(req.body as Record<string, unknown>);
    next();
  });
  return router;
}

/** Files streamed to `dir` (created on demand) under a random UUID; multer removes a partial one on error. */
const toDisk = (dir: string) =>
  multer.diskStorage({
    destination: (_req, _file, cb) =>
      void fs.promises.mkdir(dir, { recursive: true, mode: 0o700 }).then(
        () => cb(null, dir),
        (err: Error) => cb(err, dir),
      ),
    filename: (_req, _file, cb) => cb(null, crypto.randomUUID()),
  });

/** Does the form (its fields read so far) carry the session's CSRF token? */
function holdsToken(req: Request): boolean {
  const sent = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  const held = (req.session as { csrfToken?: unknown } | undefined)?.csrfToken;
  if (typeof sent !== 'string' || typeof held !== 'string' || sent.length !== held.length) return false;
  return crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(held));
}

/**
 * A form with one file (multipart), for one route's POSTs (RouteSpec.upload): the file in memory up to `maxBytes`
 * and the fields cleaned like any form, for a signed-in session only (or, for a public form, a session holding a
 * CSRF token). A file over the limit is not an error page: the controller finds
 * req.uploadError and says so beside the field.
 */
export function uploadParsing(fieldName: string, maxBytes: number, anonymous = false, dir?: string): RequestHandler {
  const parse = multer({
    storage: dir ? toDisk(dir) : multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 100_000, parts: 25 },
    // the fields before the file are read by now: without the session's CSRF token (our forms send it first),
    // the file is not read at all, and the CSRF check refuses the request next
    fileFilter: (req, _file, cb) => cb(null, holdsToken(req)),
  }).single(fieldName);
  return (req, res, next) => {
    // nobody signed in: no file is read into memory (the CSRF check refuses the request next); a public form
    // (`anonymous`) still needs a session holding the CSRF token its page gave
    const session = req.session as { userId?: unknown; csrfToken?: unknown } | undefined;
    const allowed = anonymous ? Boolean(session?.csrfToken) : Boolean(session?.userId);
    if (req.method !== 'POST' || !req.is('multipart/form-data') || !allowed) return next();
    // a file on disk is the handler's only if it moves it away: one left (a request refused by its role, a
    // handler that failed) is removed when the response is done
    if (dir) res.on('close', () => req.file?.path && void fs.promises.rm(req.file.path, { force: true }));
    parse(req, res, (err: unknown) => {
      if (err)
        req.uploadError =
          err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE' ? 'too-large' : 'unreadable';
      req.body = withoutControlCharacters((req.body ?? {}) as Record<string, unknown>);
      next();
    });
  };
}
