// Campaign drafts: validated (lengths, one-line subject and sender, known merge fields), saved inside the access
// rule, audited. A draft's preview renders it for a sample recipient.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { User } from '../accounts';
import type { Clock } from '../../platform/clock';
import type { AudienceCounts, LeadContactService, LeadFilter } from '../leads';
import { readScope, writeScope } from './access';
import type { CampaignsStore } from './data/campaignsStore';
import type { RecipientsStore } from './data/recipientsStore';
import { mergeValues } from './message';
import {
  LIMITS,
  MERGE_FIELDS,
  type AudienceFilter,
  type Campaign,
  type CampaignDraft,
  type CampaignTotals,
  type Recipient,
} from './model';
import { mergeTagInLink, render, unknownFields, type Rendered } from './render';
import type { CampaignSettingsService } from './settings';

const ONE_LINE = /[\r\n]/;
const known = Object.keys(MERGE_FIELDS)
  .map((f) => `{{${f}}}`)
  .join(', ');

/** The problems of a draft, field by field (empty when it may be saved). */
export function draftProblems(d: CampaignDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const text = (field: Exclude<keyof CampaignDraft, 'audience'>, label: string, max: number, oneLine: boolean) => {
    const v = d[field];
    if (!v.trim()) errors[field] = `Enter the ${label}.`;
    else if (v.length > max) errors[field] = `Use at most ${max.toLocaleString('en')} characters.`;
    else if (oneLine && ONE_LINE.test(v)) errors[field] = `The ${label} must be one line.`;
  };
  text('name', 'campaign name', LIMITS.name, true);
  text('subject', 'subject', LIMITS.subject, true);
  text('senderName', 'sender name', LIMITS.senderName, true);
  text('body', 'message', LIMITS.body, false);
  for (const field of ['subject', 'body'] as const) {
    const unknown = unknownFields(d[field]);
    if (unknown.length && !errors[field]) {
      errors[field] =
        `Unknown merge field ${unknown.map((u) => `{{${u}}}`).join(', ')}: use ${known}, with a fallback like {{firstName|there}}.`;
    }
  }
  if (!errors.body && mergeTagInLink(d.body))
    errors.body = 'Merge fields cannot be used inside a link address: put them in the text.';
  return errors;
}

/** The lead list's filter for an audience (the last day included). */
export function toLeadFilter(a: AudienceFilter): LeadFilter {
  const day = (d: string, plus = 0) => new Date(Date.parse(`${d}T00:00:00Z`) + plus * 86400_000);
  return {
    statusId: a.statusId,
    ownerId: a.ownerId,
    teamId: a.teamId,
    tag: a.tag,
    source: a.source,
    createdFrom: a.createdFrom ? day(a.createdFrom) : undefined,
    createdTo: a.createdTo ? day(a.createdTo, 1) : undefined,
  };
}

export class CampaignService {
  constructor(
    private readonly db: Knex,
    private readonly campaigns: CampaignsStore,
    private readonly recipients: RecipientsStore,
    private readonly audit: AuditService,
    private readonly contact: Pick<LeadContactService, 'audience' | 'audienceBatch' | 'mergeValues'>,
    private readonly settings: CampaignSettingsService,
    private readonly clock: Clock,
  ) {}

  private async cap() {
    const s = await this.settings.get();
    return { messages: s.capMessages, days: s.capDays, now: this.clock() };
  }

  /** How many leads the campaign's audience matches inside the user's scope, eligible or left out by reason. */
  async audienceCounts(user: User, campaign: Campaign): Promise<AudienceCounts> {
    return this.contact.audience(user, toLeadFilter(campaign.audience), await this.cap());
  }

  /** The first recipients (before sending: the first eligible leads of the audience), to preview as. */
  async previewRecipients(user: User, campaign: Campaign, limit = 10) {
    let leadIds: number[];
    if (campaign.state === 'draft') {
      const cap = await this.cap();
      const members = await this.contact.audienceBatch(user, toLeadFilter(campaign.audience), cap, 0, 200);
      leadIds = members.filter((m) => !m.exclusion).map((m) => m.leadId);
    } else leadIds = (await this.recipients.first(campaign.id, limit)).map((r) => r.leadId);
    return (await this.contact.mergeValues(user, leadIds.slice(0, limit))).map((v) => ({
      leadId: v.leadId,
      label: `${v.firstName} ${v.lastName}${v.company ? `, ${v.company}` : ''}`,
      values: mergeValues(v),
    }));
  }

  async list(user: User): Promise<{ campaign: Campaign; totals: CampaignTotals | undefined }[]> {
    const list = await this.campaigns.list(readScope(user));
    const totals = await this.recipients.totals(list.map((c) => c.id));
    return list.map((campaign) => ({ campaign, totals: totals.get(campaign.id) }));
  }

  progress(campaign: Campaign) {
    return this.recipients.progress(campaign.id);
  }

  /** The chart's buckets: by minute for a campaign sent within two days, else by hour. */
  timeline(campaign: Campaign) {
    const start = campaign.startedAt?.getTime() ?? this.clock().getTime();
    return this.recipients.timeline(campaign.id, this.clock().getTime() - start < 2 * 86_400_000 ? 'minute' : 'hour');
  }

  /** A campaign the user may read, or NotFound (never Forbidden: existence does not leak). */
  async get(user: User, id: number): Promise<Campaign> {
    const campaign = await this.campaigns.find(id, readScope(user));
    if (!campaign) throw new NotFoundError();
    return campaign;
  }

  /** A draft the user may change, or NotFound. */
  async getDraftForWrite(user: User, id: number): Promise<Campaign> {
    const campaign = await this.campaigns.find(id, writeScope(user));
    if (!campaign || campaign.state !== 'draft') throw new NotFoundError();
    return campaign;
  }

  async create(user: User, draft: CampaignDraft, actor: Actor): Promise<Campaign> {
    const errors = draftProblems(draft);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    return this.db.transaction(async (trx) => {
      const campaign = await this.campaigns.insert(user.id, draft, trx);
      await this.audit.record(actor, { action: 'campaign.create', targetType: 'campaign', targetId: campaign.id }, trx);
      return campaign;
    });
  }

  async update(user: User, id: number, draft: CampaignDraft, actor: Actor): Promise<void> {
    const errors = draftProblems(draft);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    await this.db.transaction(async (trx) => {
      const current = await this.campaigns.find(id, writeScope(user), trx, true);
      if (!current || !(await this.campaigns.updateDraft(id, draft, trx))) throw new NotFoundError();
      await this.audit.record(actor, { action: 'campaign.update', targetType: 'campaign', targetId: id }, trx);
    });
  }

  /** The draft rendered for a recipient. */
  preview(campaign: Campaign, recipient: Recipient): Rendered {
    return render(campaign, recipient);
  }
}
