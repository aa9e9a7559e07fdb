// Sending from a campaign's page: a test to oneself, send now or at a time (UTC), pause, resume, back to draft,
// and the progress the page polls. Each action re-renders the page with its error beside the button, or redirects.
import type { Request, Response } from 'express';
import { actorOf, field, formAction, utcMinute } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import type { CampaignSender } from '../sending';
import type { CampaignService } from '../service';
import type { RenderShow } from './pages';

/** The form's send time: null for now, else the UTC minute entered. */
export function sendTime(req: Request): Date | null {
  const when = field(req, 'when');
  if (when === 'now') return null;
  if (when !== 'later') throw new ValidationError({ when: 'Choose when to send it: now, or at a time.' });
  const v = field(req, 'scheduledAt');
  const at = utcMinute(v);
  if (!at) throw new ValidationError({ scheduledAt: 'Enter a date and time (UTC) like 2027-01-31T09:30.' });
  return at;
}

export function sendingActions(campaigns: CampaignService, sender: CampaignSender, renderShow: RenderShow) {
  const id = (req: Request) => Number(req.params.id);
  const back = (req: Request) => url(paths.campaign, { id: id(req) });
  const rerender = (req: Request, res: Response, errors: Record<string, string>, values: Record<string, string>) =>
    renderShow(req, res, { errors, values });

  const test = formAction(
    async (req) => {
      const user = req.user!;
      const campaign = await campaigns.get(user, id(req));
      const [first] = await campaigns.previewRecipients(user, campaign, 1);
      await sender.sendTest(user, campaign, first?.values ?? {});
    },
    rerender,
    'Test sent to your address.',
    back,
  );

  const CHECKED_FIRST = 'It is checked for spam and malware before the first message leaves.';

  async function send(req: Request, res: Response) {
    try {
      await sender.schedule(req.user!, id(req), sendTime(req), actorOf(req));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return rerender(req, res, err.errors, { when: field(req, 'when'), scheduledAt: field(req, 'scheduledAt') });
    }
    const later = field(req, 'when') === 'later';
    flash(req, 'success', `${later ? 'Campaign scheduled.' : 'Sending started.'} ${CHECKED_FIRST}`);
    res.redirect(back(req));
  }

  const pause = formAction((req) => sender.pause(req.user!, id(req), actorOf(req)), rerender, 'Campaign paused.', back);
  const resume = formAction(
    (req) => sender.resume(req.user!, id(req), actorOf(req)),
    rerender,
    'Sending resumed.',
    back,
  );
  const cancel = formAction((req) => sender.cancel(req.user!, id(req), actorOf(req)), rerender, 'Back to draft.', back);

  async function progress(req: Request, res: Response) {
    const campaign = await campaigns.get(req.user!, id(req));
    const p = await campaigns.progress(campaign);
    res.set('cache-control', 'no-store').json({ state: campaign.state, ...p });
  }

  return { test, send, pause, resume, cancel, progress };
}
