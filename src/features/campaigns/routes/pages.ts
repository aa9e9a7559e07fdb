// Campaign pages: the list, a new draft, a draft's page with its preview, and editing a draft.
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field, secretField } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { writeScope, allows } from '../access';
import { MERGE_FIELDS, missingForSending, type Campaign, type CampaignDraft, type Recipient } from '../model';
import { mergeTags } from '../render';
import { draftProblems } from '../service';
import type { CampaignService } from '../service';
import type { CampaignSettingsService } from '../settings';
import type { LeadListService } from '../../leads';
import { audienceOf, audienceValues } from './audience';

/** Who the preview is addressed to until campaigns have audiences. */
export const SAMPLE_RECIPIENT: Recipient = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: 'Analytical Engines Ltd',
  jobTitle: 'Director',
};

const draftOf = (req: Request, audience: CampaignDraft['audience']): CampaignDraft => ({
  audience,
  name: field(req, 'name'),
  subject: field(req, 'subject'),
  senderName: field(req, 'senderName'),
  body: secretField(req, 'body'), // as typed: leading spaces and blank lines are Markdown
});
const valuesOf = (c: Campaign) => ({
  name: c.name,
  subject: c.subject,
  senderName: c.senderName,
  body: c.body,
  ...audienceValues(c),
});

/** The audience in words, for the campaign's page. */
function describeAudience(c: Campaign, names: Awaited<ReturnType<LeadListService['names']>>): string[] {
  const a = c.audience;
  const name = (list: { id: number; name?: string; label?: string }[], id: number) => {
    const found = list.find((x) => x.id === id);
    return found?.name ?? found?.label ?? `#${id}`;
  };
  return [
    a.statusId && `status ${name(names.statuses, a.statusId)}`,
    a.ownerId && `owned by ${name(names.people, a.ownerId)}`,
    a.teamId && `team ${name(names.teams, a.teamId)}`,
    a.tag && `tagged ${a.tag}`,
    a.source && `from source ${a.source}`,
    a.createdFrom && `created on or after ${a.createdFrom}`,
    a.createdTo && `created on or before ${a.createdTo}`,
  ].filter((x): x is string => Boolean(x));
}

export function campaignPages(
  campaigns: CampaignService,
  settings: CampaignSettingsService,
  leads: Pick<LeadListService, 'names'>,
) {
  /** Saves the draft the form describes; its audience's problems count like the draft's own. */
  async function saved(req: Request, save: (draft: CampaignDraft) => Promise<unknown>) {
    const { audience, errors } = audienceOf(req);
    const draft = draftOf(req, audience);
    if (Object.keys(errors).length) throw new ValidationError({ ...draftProblems(draft), ...errors });
    await save(draft);
  }

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

  async function renderForm(
    res: Response,
    opts: { campaign?: Campaign; values: Record<string, string>; errors?: Record<string, string> },
  ) {
    const errors = opts.errors ?? {};
    const { statuses, people, teams } = await leads.names();
    res.status(Object.keys(errors).length ? 400 : 200).render('campaigns/form', {
      title: opts.campaign ? `Edit ${opts.campaign.name}` : 'New campaign',
      action: opts.campaign ? url(paths.campaignEdit, { id: opts.campaign.id }) : paths.campaignNew,
      campaign: opts.campaign,
      values: opts.values,
      errors,
      mergeFields: MERGE_FIELDS,
      statuses,
      owners: people.filter((p) => p.role !== 'compliance'),
      teams,
    });
  }

  async function newForm(req: Request, res: Response) {
    await renderForm(res, { values: { senderName: req.user!.name } });
  }

  async function create(req: Request, res: Response) {
    let id = 0;
    try {
      await saved(req, async (draft) => (id = (await campaigns.create(req.user!, draft, actorOf(req))).id));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderForm(res, { values: enteredValues(req), errors: err.errors });
    }
    flash(req, 'success', 'Draft saved.');
    res.redirect(url(paths.campaign, { id }));
  }

  async function editForm(req: Request, res: Response) {
    const campaign = await campaigns.getDraftForWrite(req.user!, idParam(req));
    await renderForm(res, { campaign, values: valuesOf(campaign) });
  }

  async function update(req: Request, res: Response) {
    const campaign = await campaigns.getDraftForWrite(req.user!, idParam(req));
    try {
      await saved(req, (draft) => campaigns.update(req.user!, campaign.id, draft, actorOf(req)));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderForm(res, { campaign, values: enteredValues(req), errors: err.errors });
    }
    flash(req, 'success', 'Draft saved.');
    res.redirect(url(paths.campaign, { id: campaign.id }));
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
      counts: req.query.count === '1' ? await campaigns.audienceCounts(user, campaign) : undefined,
      audience: describeAudience(campaign, await leads.names()),
    });
  }

  return { list, newForm, create, editForm, update, show };
}
