// Campaign pages: the list, a new draft, a draft's page with its preview, and editing a draft.
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field, secretField } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { writeScope, allows } from '../access';
import { MERGE_FIELDS, missingForSending, type Campaign, type CampaignDraft, type Recipient } from '../model';
import { mergeTags } from '../render';
import type { CampaignService } from '../service';
import type { CampaignSettingsService } from '../settings';

/** Who the preview is addressed to until campaigns have audiences. */
export const SAMPLE_RECIPIENT: Recipient = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: 'Analytical Engines Ltd',
  jobTitle: 'Director',
};

const draftOf = (req: Request): CampaignDraft => ({
  name: field(req, 'name'),
  subject: field(req, 'subject'),
  senderName: field(req, 'senderName'),
  body: secretField(req, 'body'), // as typed: leading spaces and blank lines are Markdown
});
const valuesOf = (c: Campaign) => ({ name: c.name, subject: c.subject, senderName: c.senderName, body: c.body });

export function campaignPages(campaigns: CampaignService, settings: CampaignSettingsService) {
  const idParam = (req: Request) => Number(req.params.id);

  async function list(req: Request, res: Response) {
    const user = req.user!;
    res.render('campaigns/list', {
      title: 'Campaigns',
      campaigns: await campaigns.list(user),
      canCompose: user.role !== 'compliance',
      missing: missingForSending(await settings.get()),
    });
  }

  function renderForm(
    res: Response,
    opts: { campaign?: Campaign; values: Record<string, string>; errors?: Record<string, string> },
  ) {
    const errors = opts.errors ?? {};
    res.status(Object.keys(errors).length ? 400 : 200).render('campaigns/form', {
      title: opts.campaign ? `Edit ${opts.campaign.name}` : 'New campaign',
      action: opts.campaign ? url(paths.campaignEdit, { id: opts.campaign.id }) : paths.campaignNew,
      campaign: opts.campaign,
      values: opts.values,
      errors,
      mergeFields: MERGE_FIELDS,
    });
  }

  function newForm(req: Request, res: Response) {
    renderForm(res, { values: { senderName: req.user!.name } });
  }

  async function create(req: Request, res: Response) {
    try {
      const campaign = await campaigns.create(req.user!, draftOf(req), actorOf(req));
      flash(req, 'success', 'Draft saved.');
      res.redirect(url(paths.campaign, { id: campaign.id }));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      renderForm(res, { values: enteredValues(req), errors: err.errors });
    }
  }

  async function editForm(req: Request, res: Response) {
    const campaign = await campaigns.getDraftForWrite(req.user!, idParam(req));
    renderForm(res, { campaign, values: valuesOf(campaign) });
  }

  async function update(req: Request, res: Response) {
    const campaign = await campaigns.getDraftForWrite(req.user!, idParam(req));
    try {
      await campaigns.update(req.user!, campaign.id, draftOf(req), actorOf(req));
      flash(req, 'success', 'Draft saved.');
      res.redirect(url(paths.campaign, { id: campaign.id }));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      renderForm(res, { campaign, values: enteredValues(req), errors: err.errors });
    }
  }

  async function show(req: Request, res: Response) {
    const user = req.user!;
    const campaign = await campaigns.get(user, idParam(req));
    const withoutFallback = [
      ...new Set(
        mergeTags(`${campaign.subject}\n${campaign.body}`)
          .filter((t) => !t.fallback)
          .map((t) => t.field),
      ),
    ];
    res.render('campaigns/show', {
      title: campaign.name,
      campaign,
      preview: campaigns.preview(campaign, SAMPLE_RECIPIENT),
      sample: SAMPLE_RECIPIENT,
      withoutFallback: withoutFallback.map((f) => MERGE_FIELDS[f as keyof typeof MERGE_FIELDS] ?? f),
      canEdit: campaign.state === 'draft' && allows(writeScope(user), campaign),
      missing: missingForSending(await settings.get()),
    });
  }

  return { list, newForm, create, editForm, update, show };
}
