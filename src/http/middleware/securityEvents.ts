// Refusals that may be attempts to bypass security go into the audit log, where the compliance feature's detector
// counts them per user: a lead URL that is not found (outside the user's scope looks the same) and a failed CSRF
// check. The error then goes on to the one error handler.
import type { ErrorRequestHandler } from 'express';
import type { AuditService } from '../../platform/audit/service';
import { NotFoundError } from '../../platform/errors';
import { actorOf } from '../form';

const LEAD_URL = /^\/leads\/[^/]+/;

export function securityEvents(audit: AuditService): ErrorRequestHandler {
  return (err, req, _res, next) => {
    const userId = req.user?.id ?? req.session?.userId ?? null;
    const action =
      (err as { code?: string })?.code === 'EBADCSRFTOKEN'
        ? 'security.csrf_failure'
        : err instanceof NotFoundError && req.user && LEAD_URL.test(req.path)
          ? 'lead.not_found'
          : null;
    if (!action || !userId) return next(err);
    const actor = { ...actorOf(req), userId };
    audit
      .record(actor, { action, targetType: 'path', targetId: req.path.slice(0, 200), details: { method: req.method } })
      .then(
        () => next(err),
        () => next(err),
      );
  };
}
