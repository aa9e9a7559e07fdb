// Routes are declared with their access rule; each feature exports its part of the route table, and the
// route × role test checks the whole table against a hand-written expectation.
import { Router, type RequestHandler } from 'express';
import { authorize, PUBLIC, type Access } from './middleware/auth';

export interface RouteSpec {
  method: 'get' | 'post';
  path: string;
  access: Access;
  handlers: RequestHandler[];
  /**
   * Called by machines or by anyone without a session (a mail provider's one-click unsubscribe, a webhook): mounted
   * before sessions and CSRF; its own proof (a signed token, a signature) stands in for both.
   */
  sessionless?: true;
  /**
   * A form that may be larger than BODY_LIMIT (a campaign's message): parsed up to this instead, so that a field
   * over its own limit is refused beside the field with what was typed kept, not by a "too large" page.
   */
  bodyLimit?: string;
  /** A form with one file (multipart): its field name and largest size, parsed before the CSRF check reads it. */
  upload?: { field: string; maxBytes: number; anonymous?: boolean; dir?: string };
}

export const route = (
  method: RouteSpec['method'],
  path: string,
  access: Access,
  ...handlers: RequestHandler[]
): RouteSpec => ({
  method,
  path,
  access,
  handlers,
});

/** A route whose form may be up to `limit` (see RouteSpec.bodyLimit). */
export const largeForm = (spec: RouteSpec, limit: string): RouteSpec => ({ ...spec, bodyLimit: limit });

/** A route whose form carries one file (see RouteSpec.upload); `anonymous` for a public form (the contact form). */
export const uploadForm = (spec: RouteSpec, field: string, maxBytes: number, anonymous = false): RouteSpec => ({
  ...spec,
  upload: { field, maxBytes, ...(anonymous ? { anonymous } : {}) },
});

/** A route whose one file is streamed to `dir` under a random UUID (req.file.path), not kept in memory. */
export const diskUploadForm = (spec: RouteSpec, field: string, maxBytes: number, dir: string): RouteSpec => ({
  ...spec,
  upload: { field, maxBytes, dir },
});

/** A public route used without a session or CSRF token (see RouteSpec.sessionless). */
export const sessionlessRoute = (
  method: RouteSpec['method'],
  path: string,
  ...handlers: RequestHandler[]
): RouteSpec => ({ method, path, access: PUBLIC, handlers, sessionless: true });

export function mount(specs: RouteSpec[]): Router {
  const router = Router();
  for (const spec of specs) router[spec.method](spec.path, authorize(spec.access), ...spec.handlers);
  return router;
}
