// The portal's side of a maintenance window, per request: during a read-only window non-admins' writes get the
// maintenance page (503, Retry-After); during a full stop everything does but for admins; sign-in, sign-out,
// the status page and the terms stay open. And the banner every page shows: the next window that affects the
// signed-in user (unless they dismissed this revision of it) and the open incidents.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { paths } from '../../../http/paths';
import { affects, phaseOf, type MaintenanceWindow } from '../model';
import type { PortalMode } from '../mode';
import { duration, EFFECTS, windowSummary } from '../texts';
import type { MaintenanceWindows } from '../windows';

const OPEN = new Set<string>([
  paths.login,
  paths.loginSecondFactor,
  paths.logout,
  paths.status,
  paths.statusJson,
  paths.statusAtom,
  paths.terms,
  paths.privacy,
  paths.passwordForgot,
  paths.account.twoFactorSetup,
  paths.account.twoFactorCodes,
  // accepting a change of the terms (or declining it) is recorded even in a read-only window
  paths.policyAccept,
  paths.policyDecline,
]);
/** Finishing a sign-in someone was invited to or asked a reset for. */
const OPEN_PREFIXES = ['/password/reset/', '/invite/'];
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DISMISS = /^\/status\/banner\/\d+\/dismiss$/;

/** Whether this request waits for the end of the window. */
function refused(w: MaintenanceWindow, req: Request): boolean {
  const user = req.user;
  if (user?.role === 'admin' || OPEN.has(req.path) || DISMISS.test(req.path)) return false;
  if (OPEN_PREFIXES.some((p) => req.path.startsWith(p))) return false;
  if (user && !affects(w.roles, user.role)) return false;
  return w.impact === 'full_stop' || !READS.has(req.method);
}

export function maintenanceGate(mode: PortalMode, clock: () => Date): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const w = await mode.active();
    if (!w || !refused(w, req)) return next();
    const seconds = Math.max(1, Math.ceil((w.endsAt.getTime() - clock().getTime()) / 1000));
    res.status(503).set('Retry-After', String(seconds));
    if (req.accepts(['html', 'json']) === 'json') return res.json({ error: 'maintenance', until: w.endsAt });
    res.render('status/maintenance', {
      title: 'Maintenance in progress',
      write: !READS.has(req.method),
      window: w,
      effects: EFFECTS[w.impact],
      summary: windowSummary(w),
    });
  };
}

/** The revision of the window whose banner the user dismissed: from PostgreSQL once a session, then from it. */
async function dismissedRevision(req: Request, windows: MaintenanceWindows, windowId: number): Promise<number> {
  const seen = (req.session.statusDismissed ??= {});
  seen[windowId] ??= (await windows.dismissed(req.user!.id, windowId)) ?? 0;
  return seen[windowId];
}

export function statusBanner(mode: PortalMode, windows: MaintenanceWindows, clock: () => Date): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const user = req.user;
    if (!user || req.method !== 'GET') return next();
    const [w, incidents] = await Promise.all([mode.nextFor(user.role), mode.openIncidents(user.role)]);
    res.locals.statusIncidents = incidents;
    if (w && (await dismissedRevision(req, windows, w.id)) !== w.revision) {
      const now = clock();
      res.locals.statusBanner = {
        window: w,
        inProgress: phaseOf(w, now) === 'in_progress',
        summary: windowSummary(w),
        length: duration(w.startsAt, w.endsAt),
        effects: EFFECTS[w.impact],
      };
    }
    next();
  };
}
