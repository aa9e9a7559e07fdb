// Routes are declared with their access rule; each feature exports its part of the route table, and the
// route × role test checks the whole table against a hand-written expectation.
import { Router, type RequestHandler } from 'express';
import { authorize, type Access } from './middleware/auth';

export interface RouteSpec {
  method: 'get' | 'post';
  path: string;
  access: Access;
  handlers: RequestHandler[];
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

export function mount(specs: RouteSpec[]): Router {
  const router = Router();
  for (const spec of specs) router[spec.method](spec.path, authorize(spec.access), ...spec.handlers);
  return router;
}
