// Form helpers for controllers: reading fields, the audit actor of a request, and a POST that runs one service
// call: on success flash and redirect (post/redirect/get); on a validation error re-render the page with the
// errors beside their fields and the entered values.
import type { Request, Response } from 'express';
import type { Actor } from '../platform/audit/service';
import { NotFoundError, ValidationError } from '../platform/errors';
import { flash } from './middleware/locals';

/** A real calendar day written YYYY-MM-DD (2026-02-30 and 2026-13-45 are not). */
export const isIsoDay = (v: string): boolean => {
  const d = new Date(`${v}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

const MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
/** A minute written YYYY-MM-DDTHH:MM (a datetime-local field), read as UTC; undefined unless it is a real one. */
export function utcMinute(v: string): Date | undefined {
  const m = MINUTE.exec(v);
  const at = m ? new Date(`${m[1]}T${m[2]}:00Z`) : undefined;
  return at && !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 16) === v ? at : undefined;
}

/** A row id from a path or a form: a whole number 1 … 2^31 − 1 (an integer column's range), else undefined. */
export const rowId = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : NaN;
  return n >= 1 && n <= 2 ** 31 - 1 ? n : undefined;
};

/** A path on this site to go on to (not //host, not /\host, which browsers read as another site), else `fallback`. */
export const ownPath = (u: string | null | undefined, fallback: string): string =>
  u && /^\/(?![/\\])/.test(u) ? u : fallback;

/** A field sent as one value or many (checkboxes): its string values, trimmed. */
export const listField = (req: Request, name: string): string[] => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.trim());
};

/** The audit actor of a request: who (if signed in), from which IP, under which request id. */
export const actorOf = (req: Request): Actor => ({
  userId: req.user?.id ?? null,
  ip: req.ip ?? null,
  requestId: typeof req.id === 'object' ? null : String(req.id),
});

/** A form field as a trimmed string ('' when absent or not a string). */
export const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim() : '';
};
/** A secret field (password, code) exactly as typed. */
export const secretField = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

export type Rerender = (
  req: Request,
  res: Response,
  errors: Record<string, string>,
  values: Record<string, string>,
) => Promise<void>;

/** The submitted string fields, without the CSRF token (to put back into the form). */
export const enteredValues = (req: Request): Record<string, string> =>
  Object.fromEntries(
    Object.entries((req.body ?? {}) as Record<string, unknown>).filter(
      ([k, v]) => k !== '_csrf' && typeof v === 'string',
    ),
  ) as Record<string, string>;

export const formAction =
  (run: (req: Request) => Promise<unknown>, rerender: Rerender, done: string, back: (req: Request) => string) =>
  async (req: Request, res: Response) => {
    try {
      await run(req);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return rerender(req, res, err.errors, enteredValues(req));
    }
    flash(req, 'success', done);
    res.redirect(back(req));
  };

/** A row id from the path, or a 404 (an id that cannot exist is not found, not a database error). */
export const pathId = (v: unknown): number => {
  const n = rowId(v);
  if (n === undefined) throw new NotFoundError();
  return n;
};
