// The public status page (no sign-in) in HTML, JSON and Atom, and dismissing the maintenance banner.
import type { Request, Response } from 'express';
import { field } from '../../../http/form';
import { paths } from '../../../http/paths';
import { IMPACT_LABEL } from '../model';
import type { StatusReporter } from '../report';
import type { MaintenanceWindows } from '../windows';
import { EFFECTS, STATE_LABEL, windowSummary } from '../texts';

/** A path on this site to go back to, or home. */
const localPath = (v: string) => (/^\/(?!\/)[^\s\\]*$/.test(v) ? v : paths.home);

export function publicPages(reporter: StatusReporter, windows: MaintenanceWindows, baseUrl: string) {
  async function page(req: Request, res: Response) {
    const report = await reporter.report();
    // the same for every visitor (revalidated, not stored); signed in, its header names the user: never stored
    res.set('Cache-Control', req.user ? 'no-store' : 'no-cache').render('status/index', {
      title: 'Status',
      report,
      upcoming: report.maintenance.filter((w) => w.phase === 'upcoming' || w.phase === 'in_progress').reverse(),
      past: report.maintenance.filter((w) => w.phase === 'completed' || w.phase === 'cancelled'),
      impactLabel: IMPACT_LABEL,
      stateLabel: STATE_LABEL,
      effects: EFFECTS,
      summary: windowSummary,
    });
  }
  async function json(_req: Request, res: Response) {
    res.set('Cache-Control', 'no-cache').json(reporter.json(await reporter.report()));
  }
  async function atom(_req: Request, res: Response) {
    const xml = reporter.atom(await reporter.report(), `${baseUrl}${paths.statusAtom}`);
    res.set('Cache-Control', 'no-cache').type('application/atom+xml').send(xml);
  }
  async function dismiss(req: Request, res: Response) {
    const shown = Number(field(req, 'revision'));
    const revision = await windows.dismiss(
      req.user!.id,
      Number(req.params.id),
      Number.isSafeInteger(shown) ? shown : undefined,
    );
    (req.session.statusDismissed ??= {})[req.params.id as string] = revision;
    res.redirect(localPath(field(req, 'back')));
  }
  return { page, json, atom, dismiss };
}
