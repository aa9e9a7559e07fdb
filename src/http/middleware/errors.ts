// 404 and the one error handler: typed errors to pages that leak nothing; never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { BadRequestError, ConflictError, DomainError, NotFoundError } from '../../platform/errors';
import { errorText } from '../../platform/logger';
import { paths } from '../paths';

export const notFound: RequestHandler = (_req, _res, next) => next(new NotFoundError());

const MESSAGES: Record<number, { title: string; text: string }> = {
  400: { title: 'Bad request', text: 'The request could not be understood. Check what you entered and try again.' },
  403: { title: 'Not allowed', text: 'You do not have permission to do that.' },
  404: { title: 'Page not found', text: 'There is no page at this address, or you cannot see it.' },
  413: { title: 'Too large', text: 'What you sent is larger than the portal accepts.' },
  503: {
    title: 'Temporarily unavailable',
    text: 'The portal cannot reach one of its services right now. Try again in a minute.',
  },
  500: { title: 'Something went wrong', text: 'The portal hit an unexpected problem. It has been logged; try again.' },
};

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: string;
  expose?: boolean;
}

function statusOf(err: unknown): number {
  if (err instanceof DomainError) return err.status;
  const e = (err ?? {}) as HttpLikeError;
  if (e.code === 'EBADCSRFTOKEN') return 403;
  if (err instanceof URIError) return 400;
  const s = e.status ?? e.statusCode;
  if (s && s >= 400 && s < 500) return s;
  // Redis or PostgreSQL unreachable, or PostgreSQL shutting down, starting up or cutting the connection (SQLSTATE
  // classes 08 and 57P0x): a clear 503, not a 500.
  if (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(e.code ?? '') ||
    /^(08|57P0)/.test(e.code ?? '') ||
    /Stream isn't writeable|Connection is closed|Connection terminated|Knex: Timeout/.test(
      String((err as Error)?.message),
    )
  )
    return 503;
  return 500;
}

export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const status = statusOf(err);
  // PostgreSQL or Redis away answers every request with 503 until it is back: one line each, not a stack each
  if (status === 503) req.log?.warn({ err: errorText(err as Error) }, 'service unavailable');
  else if (status >= 500) req.log?.error({ err }, 'request failed');
  else req.log?.info({ status, reason: (err as Error)?.name }, 'request refused');
  const base = MESSAGES[status] ?? MESSAGES[status >= 500 ? 500 : 400];
  const text =
    (err as HttpLikeError)?.code === 'EBADCSRFTOKEN'
      ? 'This form has expired or did not come from this portal. Go back, reload the page and try again.'
      : err instanceof BadRequestError || err instanceof ConflictError
        ? err.message // written for the reader: why this request cannot be done
        : base.text;
  res.status(status);
  if (req.accepts(['html', 'json']) === 'json') return res.json({ error: base.title });
  // `paths` too: errors raised before the locals middleware (CSRF, body size) still get the full page.
  res.render('error', { title: base.title, text, status, paths }, (renderErr: Error | null, html?: string) => {
    if (renderErr) return res.type('text').send(`${status} ${base.title}`);
    res.send(html);
  });
};
