// The interstitial: from a version's effective date, a signed-in user's first request (any page but sign-out,
// the policies themselves and the status page) shows its summary with links to the new text and to what
// changed, until they accept (a tick for a material change, "continue" for any other) or decline (material only:
// signed out, the admins told; the next sign-in asks again). Writes wait behind it too.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { actorOf, field, ownPath, rowId } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { BadRequestError, ValidationError } from '../../../platform/errors';
import { type AcceptanceService } from '../acceptance';
import { comparePath, versionPath } from '../editor';
import type { PublishedVersion } from '../model';
import type { PoliciesService } from '../service';

// the notifications too: the one telling of the change can be read before deciding
// and setting up two-factor sign-in, which an admin's or officer's requests are sent to until it is done
const OPEN = [
  '/terms',
  '/privacy',
  '/policies',
  '/status',
  '/contact',
  paths.notifications,
  paths.logout,
  '/account/2fa',
];
const isOpen = (p: string) => OPEN.some((o) => p === o || p.startsWith(`${o}/`) || p.startsWith(`${o}.`));

export async function renderInterstitial(
  req: Request,
  res: Response,
  policies: PoliciesService,
  v: PublishedVersion,
  next: string,
  errors: Record<string, string> = {},
) {
  const previous = await policies.previous(v);
  res.status(Object.keys(errors).length ? 400 : 200).render('policies/interstitial', {
    title: `${v.title}: version ${v.version}`,
    version: v,
    textUrl: versionPath(v),
    diffUrl: previous ? comparePath(v.kind, previous.version, v.version) : null,
    next,
    errors,
  });
}

export function policyGate(policies: PoliciesService): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const user = req.user;
    if (!user || isOpen(req.path)) return next();
    const known = req.session.policiesAccepted ?? [];
    const { pending, accepted } = await policies.pendingFor(user.id, known);
    if (accepted.length) req.session.policiesAccepted = [...known, ...accepted];
    if (!pending.length) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.redirect(303, paths.home);
    if (req.accepts(['html', 'json']) === 'json')
      return res.status(403).json({ error: 'policy-acceptance', url: paths.home });
    await renderInterstitial(req, res, policies, pending[0], req.originalUrl);
  };
}

export interface DecisionDeps {
  policies: PoliciesService;
  acceptance: AcceptanceService;
  signOut: (req: Request, res: Response) => Promise<void>;
}

export function decisionActions(d: DecisionDeps) {
  const versionId = (req: Request) => rowId(field(req, 'versionId')) ?? 0;
  /** An acceptance is the signed-in user's own: a form naming someone else is refused, changing nothing. */
  const forSelf = (req: Request) => {
    const claimed = field(req, 'userId');
    if (claimed && claimed !== String(req.user!.id)) throw new BadRequestError('You can accept only for yourself.');
  };
  const origin = (req: Request) => ({ ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 500) ?? null });
  return {
    accept: async (req: Request, res: Response) => {
      forSelf(req);
      const user = req.user!;
      const next = ownPath(field(req, 'next'), paths.home);
      try {
        const v = await d.acceptance.accept(
          user,
          versionId(req),
          field(req, 'accept') === 'yes',
          origin(req),
          actorOf(req),
        );
        req.session.policiesAccepted = [...(req.session.policiesAccepted ?? []), v.id];
        flash(req, 'success', `Thank you: your acceptance of the ${v.title} version ${v.version} is recorded.`);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const v = (await d.policies.pendingFor(user.id)).pending.find((p) => p.id === versionId(req));
        if (!v) throw err;
        return renderInterstitial(req, res, d.policies, v, next, err.errors);
      }
      res.redirect(303, next);
    },
    decline: async (req: Request, res: Response) => {
      forSelf(req);
      await d.acceptance.decline(req.user!, versionId(req), origin(req), actorOf(req));
      await d.signOut(req, res);
      res.redirect(303, `${paths.login}?declined=1`);
    },
  };
}
