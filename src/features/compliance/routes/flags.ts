// The review queue, a flag's page with its decisions, the account actions and the case export. Every action
// re-renders the flag's page with its error beside the reason, or redirects (post/redirect/get).
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import type { UserAdminService } from '../../accounts';
import { CAMPAIGN_STATE_LABELS, type CampaignReview } from '../../campaigns';
import type { CaseExport } from '../case';
import { FAMILIES, FAMILY_LABELS, FLAG_STATE_LABELS, type Family, type FlagState } from '../model';
import type { ComplianceQueue } from '../queue';
import type { ComplianceReview } from '../review';

interface Deps {
  queue: ComplianceQueue;
  review: ComplianceReview;
  caseExport: CaseExport;
  campaigns: Pick<CampaignReview, 'find' | 'asSent'>;
  users: Pick<UserAdminService, 'find'>;
}
type Opts = { errors?: Record<string, string>; values?: Record<string, string> };

const pick = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined =>
  allowed.includes(v as T) ? (v as T) : undefined;
const whole = (v: unknown) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

export function flagPages(d: Deps) {
  const flagId = (req: Request) => Number(req.params.id);

  async function list(req: Request, res: Response) {
    const q = req.query;
    const filter = {
      state: pick(q.state, Object.keys(FLAG_STATE_LABELS) as FlagState[]),
      family: pick(q.family, FAMILIES as readonly Family[]),
      userId: whole(q.user),
      olderThanDays: Math.min(whole(q.age) ?? 0, 3650) || undefined,
    };
    res.render('compliance/flags', {
      title: 'Compliance flags',
      rows: await d.queue.list(filter),
      chart: JSON.stringify(await d.queue.chart()),
      filter,
      terminations: await d.review.pendingTerminations(),
      stateLabels: FLAG_STATE_LABELS,
      familyLabels: FAMILY_LABELS,
    });
  }

  async function renderShow(req: Request, res: Response, opts: Opts = {}) {
    const flag = await d.review.flag(flagId(req));
    const campaign = flag.campaignId ? await d.campaigns.find(flag.campaignId) : undefined;
    const owner = await d.users.find(flag.userId);
    const errors = opts.errors ?? {};
    res.status(Object.keys(errors).length ? 400 : 200).render('compliance/flag', {
      title: `Flag #${flag.id}`,
      flag,
      campaign,
      campaignStateLabels: CAMPAIGN_STATE_LABELS,
      asSent: campaign && owner ? await d.campaigns.asSent(campaign, owner) : undefined,
      history: await d.queue.history(flag),
      terminations: (await d.review.pendingTerminations()).filter((t) => t.userId === flag.userId),
      stateLabels: FLAG_STATE_LABELS,
      familyLabels: FAMILY_LABELS,
      errors,
      values: opts.values ?? {},
    });
  }
  const show = (req: Request, res: Response) => renderShow(req, res);

  /** Runs one decision; back to the flag's page with a message, or the page again with the error. */
  const act = (run: (req: Request) => Promise<void>, done: string) => async (req: Request, res: Response) => {
    try {
      await run(req);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const back = whole(field(req, 'flagId')) ?? flagId(req);
      req.params.id = String(back);
      return renderShow(req, res, { errors: err.errors, values: enteredValues(req) });
    }
    flash(req, 'success', done);
    const back = req.path.startsWith('/compliance/flags/') ? flagId(req) : whole(field(req, 'flagId'));
    res.redirect(back ? url(paths.compliance.flag, { id: back }) : paths.compliance.flags);
  };
  const officer = (req: Request) => req.user!;
  const subjectId = (req: Request) => Number(req.params.id);
  const flagOf = (req: Request) => whole(field(req, 'flagId')) ?? null;

  const decide = act(
    (req) => d.review.decide(flagId(req), field(req, 'action'), field(req, 'reason'), officer(req), actorOf(req)),
    'Decision recorded.',
  );
  const suspend = act(
    (req) => d.review.suspend(subjectId(req), field(req, 'reason'), flagOf(req), officer(req), actorOf(req)),
    'Account suspended: its sessions ended and its campaigns stopped.',
  );
  const reinstate = act(
    (req) => d.review.reinstate(subjectId(req), field(req, 'reason'), officer(req), actorOf(req)),
    'Account reinstated.',
  );
  const terminate = act(
    (req) => d.review.requestTermination(subjectId(req), field(req, 'reason'), flagOf(req), officer(req), actorOf(req)),
    'Termination requested: a second compliance officer must confirm it.',
  );
  const confirm = act(
    (req) => d.review.confirmTermination(Number(req.params.id), officer(req), actorOf(req)),
    'Termination confirmed: the account is closed and its owner told.',
  );

  async function bundle(req: Request) {
    const flag = await d.review.flag(flagId(req));
    if (!flag) throw new NotFoundError();
    return d.caseExport.bundle(flag, new Date());
  }
  async function caseJson(req: Request, res: Response) {
    const b = await bundle(req);
    res
      .attachment(`case-flag-${b.flag.id}.json`)
      .type('application/json')
      .send(JSON.stringify(b, null, 2));
  }
  async function caseHtml(req: Request, res: Response) {
    const b = await bundle(req);
    res.render('compliance/case', { title: `Case: flag #${b.flag.id}`, bundle: b, familyLabels: FAMILY_LABELS });
  }

  return { list, show, decide, suspend, reinstate, terminate, confirm, caseJson, caseHtml };
}
