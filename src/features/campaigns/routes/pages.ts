// Campaign pages: the list, a new draft, a draft's page with its preview, and editing a draft.
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field, secretField } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { writeScope, allows } from '../access';
import {
  MERGE_FIELDS,
  STATE_LABELS,
  missingForSending,
  type Campaign,
  type CampaignDraft,
  type Recipient,
  type Timeline,
} from '../model';
import { EXCLUSION_LABELS } from '../../leads';
import { mergeTags } from '../render';
import { draftProblems } from '../service';
import type { CampaignService } from '../service';
import type { CampaignSettingsService } from '../settings';
import type { LeadListService } from '../../leads';
import type { CampaignAttachments } from '../attachments';
import { audienceOf, audienceValues } from './audience';

/** Who the preview is addressed to when the audience has no eligible lead yet. */
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

/** The campaign's page again, with the errors and values of a failed action on it. */
export type RenderShow = (
  req: Request,
  res: Response,
  opts?: { errors?: Record<string, string>; values?: Record<string, string> },
) => Promise<void>;

export function campaignPages(
  campaigns: CampaignService,
  settings: CampaignSettingsService,
  leads: Pick<LeadListService, 'names'>,
  attachments: Pick<CampaignAttachments, 'list'>,
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
      stateLabels: STATE_LABELS,
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

  /** The campaign's page; a failed action on it re-renders it with its errors and the values entered. */
  async function renderShow(
    req: Request,
    res: Response,
    opts: { errors?: Record<string, string>; values?: Record<string, string> } = {},
  ) {
    const user = req.user!;
    const campaign = await campaigns.get(user, idParam(req));
    const writer = allows(writeScope(user), campaign);
    const recipients = await campaigns.previewRecipients(user, campaign);
    const as = recipients.find((r) => String(r.leadId) === req.query.as) ?? recipients[0];
    const started = !['draft', 'scheduled', 'needs_review'].includes(campaign.state);
    const errors = opts.errors ?? {};
    res.status(Object.keys(errors).length ? 400 : 200).render('campaigns/show', {
      title: campaign.name,
      campaign,
      stateLabel: STATE_LABELS[campaign.state],
      preview: campaigns.preview(campaign, as?.values ?? SAMPLE_RECIPIENT),
      previewAs: as,
      recipients,
      sample: SAMPLE_RECIPIENT,
      withoutFallback: withoutFallback(campaign),
      canEdit: campaign.state === 'draft' && writer,
      writer,
      missing: missingForSending(await settings.get()),
      counts: req.query.count === '1' && !started ? await campaigns.audienceCounts(user, campaign) : undefined,
      exclusionLabels: EXCLUSION_LABELS,
      audience: describeAudience(campaign, await leads.names()),
      progress: started ? await campaigns.progress(campaign) : undefined,
      attachments: await attachments.list(campaign.id),
      chart: started ? chartOf(await campaigns.timeline(campaign)) : undefined,
      errors,
      values: opts.values ?? {},
    });
  }

  const show = (req: Request, res: Response) => renderShow(req, res);

  return { list, newForm, create, editForm, update, show, renderShow };
}

/** The merge fields used without a fallback, by label (a lead lacking one gets no message). */
function withoutFallback(c: Campaign): string[] {
  const fields = mergeTags(`${c.subject}\n${c.body}`)
    .filter((t) => !t.fallback)
    .map((t) => t.field);
  return [...new Set(fields)].map((f) => MERGE_FIELDS[f as keyof typeof MERGE_FIELDS] ?? f);
}

const COLORS = { sent: '#1f5fbf', bounced: '#b3261e', complained: '#8a4b00', unsubscribed: '#5b5b5b' };
/** The campaign's outcomes over time, as charts.js draws them. */
function chartOf(t: Timeline): string {
  const labels = t.buckets.map((b) => b.slice(0, 16).replace('T', ' '));
  const datasets = (Object.keys(COLORS) as (keyof typeof COLORS)[]).map((k) => ({
    label: k[0].toUpperCase() + k.slice(1),
    data: t.series[k],
    color: COLORS[k],
  }));
  return JSON.stringify({ type: 'line', labels, datasets });
}
