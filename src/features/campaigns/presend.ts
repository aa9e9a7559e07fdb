// The pre-send check's input: the campaign rendered for a sample of its recipients (merge fields filled, footer
// and headers as sent, attachments included) as RFC 822 messages, and its audience's facts (who it was aimed at,
// how new and how often mailed they are, role and disposable addresses in a sample, the sender's record).
import MailComposer from 'nodemailer/lib/mail-composer';
import type { BlobStore } from '../../platform/blobs';
import type { User } from '../accounts';
import type { NewMessage } from '../../platform/outbox/store';
import type { Addressee, LeadContactService } from '../leads';
import type { AttachmentsStore } from './data/attachmentsStore';
import type { CampaignsStore } from './data/campaignsStore';
import type { ReviewsStore } from './data/reviewsStore';
import { capOf } from './delivery';
import { campaignMessage, mergeValues, type MessageContext } from './message';
import type { Campaign, PreSendInput, PreSendMessage } from './model';
import { toLeadFilter } from './service';
import type { CampaignSettingsService } from './settings';
import type { RecipientTokens } from './tokens';

const DAY_MS = 86_400_000;
/** Recipients the content is rendered for, and the sample whose addresses and contacts are looked at. */
const RENDERED = 3;
const SAMPLE = 1000;
const UNCONSENTED = ['no_consent', 'withdrawn', 'suppressed', 'do_not_contact'] as const;

export interface PreSendDeps {
  campaigns: CampaignsStore;
  attachments: AttachmentsStore;
  reviews: ReviewsStore;
  settings: CampaignSettingsService;
  contact: Pick<LeadContactService, 'audience' | 'audienceBatch' | 'addressees' | 'oftenContacted'>;
  blobs: BlobStore;
  tokens: RecipientTokens;
  baseUrl: string;
}

export class PreSendFacts {
  constructor(private readonly d: PreSendDeps) {}

  async input(c: Campaign, owner: User, ready: MessageContext['settings'], now: Date): Promise<PreSendInput> {
    const cap = capOf(await this.d.settings.get(), now);
    const filter = toLeadFilter(c.audience);
    const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
    const recentFrom = filter.createdFrom && filter.createdFrom > weekAgo ? filter.createdFrom : weekAgo;
    const [counts, recent, members, review, history] = await Promise.all([
      this.d.contact.audience(owner, filter, cap),
      this.d.contact.audience(owner, { ...filter, createdFrom: recentFrom }, cap),
      this.d.contact.audienceBatch(owner, filter, cap, 0, SAMPLE * 2),
      this.d.reviews.find(c.ownerId),
      this.d.campaigns.history(c.ownerId, new Date(now.getTime() - 90 * DAY_MS), c.id),
    ]);
    const eligibleIds = members
      .filter((m) => !m.exclusion)
      .map((m) => m.leadId)
      .slice(0, SAMPLE);
    const sample = await this.d.contact.addressees(owner, eligibleIds);
    const often = await this.d.contact.oftenContacted(eligibleIds, new Date(now.getTime() - 30 * DAY_MS), 3);
    const unconsented = UNCONSENTED.reduce((n, k) => n + (counts.excluded[k] ?? 0), 0);
    const ctx = { settings: ready, sender: owner, baseUrl: this.d.baseUrl };
    const files = await this.files(c.id);
    const messages = await Promise.all(
      this.rendered(c, sample, owner, ctx).map(async ({ label, m }) => {
        const facts: PreSendMessage = {
          subject: m.subject,
          html: m.html ?? null,
          text: m.text,
          listUnsubscribe: Boolean(m.headers?.['List-Unsubscribe']),
          fromDomain: /@([^>\s]+)>?\s*$/.exec(m.from ?? '')?.[1]?.toLowerCase(),
          attachments: files,
        };
        return { label, raw: await compose(m, files), facts };
      }),
    );
    return {
      campaign: c,
      messages,
      audience: {
        matching: counts.matching,
        eligible: counts.eligible,
        unconsented,
        recent: recent.eligible,
        sample: sample.map((s) => s.email),
        oftenContacted: eligibleIds.length ? Math.round((often / eligibleIds.length) * counts.eligible) : 0,
        history,
        underReview: review?.reason ?? null,
      },
    };
  }

  /**
   * The messages of the first few sample recipients who get one (a recipient lacking a merge field without a
   * fallback gets none); with no such recipient, the campaign for its owner, else as written.
   */
  private rendered(c: Campaign, sample: Addressee[], owner: User, ctx: MessageContext) {
    const out: { label: string; m: Composable }[] = [];
    for (const to of [...sample, fallback(owner)]) {
      const ids = { recipientId: -1 - out.length, tokens: this.d.tokens };
      const built = campaignMessage(c, { email: to.email, values: mergeValues(to) }, ids, ctx);
      if (built.ok) out.push({ label: `${to.firstName} ${to.lastName}`.trim(), m: built.message });
      if (out.length >= RENDERED || (out.length && to === sample[sample.length - 1])) break;
    }
    return out.length ? out : [{ label: owner.name, m: { to: owner.email, subject: c.subject, text: c.body } }];
  }

  private async files(campaignId: number): Promise<PreSendMessage['attachments']> {
    const list = await this.d.attachments.list(campaignId);
    return Promise.all(
      list.map(async (a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: (await this.d.blobs.get(a.blobId)) ?? Buffer.alloc(0),
      })),
    );
  }
}

const fallback = (owner: User) => ({
  email: owner.email,
  firstName: owner.name,
  lastName: '',
  company: null,
  jobTitle: null,
});

type Composable = Pick<NewMessage, 'to' | 'subject' | 'text' | 'html' | 'headers' | 'from'>;

function compose(m: Composable, files: PreSendMessage['attachments']): Promise<Buffer> {
  const mail = new MailComposer({
    from: m.from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    headers: m.headers,
    attachments: files.map((f) => ({ filename: f.filename, contentType: f.contentType, content: f.content })),
  });
  return new Promise((resolve, reject) => mail.compile().build((err, out) => (err ? reject(err) : resolve(out))));
}
