// Campaign helpers for tests: the organisation's sending settings, a draft, leads that may receive it, and a
// send run as the worker would run it (start, then each recipient's job in order).
import { expect } from 'chai';
import type { Campaign, CampaignDraft } from '../../src/features/campaigns';
import { RecipientTokens } from '../../src/features/campaigns/tokens';
import { ValidationError } from '../../src/platform/errors';
import { config, s } from './setup';
import { makeUser, waitFor, type TestUser } from './helpers';
import { createLead, today, word } from './leads';

export const SENDING_DOMAIN = 'mail.valley.test';
export const POSTAL_ADDRESS = 'Valley Ltd, 1 Mill Lane, Leeds LS1 4AB';

export async function configureSending(
  over: Partial<{ capMessages: number; capDays: number; ratePerMinute: number }> = {},
) {
  await s.campaignSettings.save(
    {
      postalAddress: POSTAL_ADDRESS,
      sendingDomain: SENDING_DOMAIN,
      capMessages: 2,
      capDays: 7,
      ratePerMinute: 60_000,
      ...over,
    },
    { userId: null },
  );
}

export const consentFields = {
  emailConsent: 'granted',
  consentMethod: 'web form',
  consentSource: 'https://valley.example/news',
  consentObtainedAt: today(),
  consentWording: 'Send me news',
};

/** A lead that may receive marketing e-mail, tagged `tag`. */
export const consentingLead = (u: TestUser, tag: string, over: Record<string, string> = {}) =>
  createLead(u, { tags: tag, ...consentFields, ...over });

export async function makeCampaign(owner: TestUser, over: Partial<CampaignDraft> = {}): Promise<Campaign> {
  const user = await s.users.get(owner.user.id);
  return s.campaigns.create(
    user,
    {
      name: `Spring ${word(6)}`,
      subject: 'News for {{company|your team}}',
      senderName: 'Sam Sender',
      body: 'Hello **{{firstName|there}}**,\n\nNew prices.\n\n[Read more](https://valley.example/spring)',
      audience: {},
      ...over,
    },
    { userId: user.id },
  );
}

/** Recipient rows of a campaign, in id order. */
export const recipientsOf = (campaignId: number) =>
  s.db('campaign_recipients').where({ campaign_id: campaignId }).orderBy('id');

/**
 * Schedules the campaign now and runs its start job; returns the queued recipients' ids. A campaign the pre-send
 * check holds (a new sender's 100 leads of this week, say) is released by a compliance officer and started again.
 */
export async function startCampaign(owner: TestUser, id: number): Promise<number[]> {
  const user = await s.users.get(owner.user.id);
  expect(await s.campaignSender.schedule(user, id, null, { userId: user.id })).to.equal('scheduled');
  await s.campaignSender.start(id);
  if ((await s.db('campaigns').where({ id }).first()).state === 'needs_review') {
    await releaseWhenHeld(id);
    await s.campaignSender.start(id);
  }
  return (await recipientsOf(id)).filter((r) => r.state === 'queued').map((r) => Number(r.id));
}

/** Runs each pending recipient's send job, as the worker would. */
export async function sendPending(id: number): Promise<void> {
  for (const r of await recipientsOf(id))
    if (r.state === 'queued' || r.state === 'sending') await s.campaignSender.sendOne(Number(r.id));
}

/** The signed references the portal makes (tests make the ones a message should carry). */
export const tokens = () => new RecipientTokens(config.unsubscribeKey);

/** The field errors a promise is refused with (a ValidationError); fails the test if it is not refused so. */
export async function problem(p: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ValidationError) return err.errors;
    throw err;
  }
  throw new Error('expected a ValidationError');
}

/** Waits for the pre-send check; if it holds the campaign for review, a compliance officer releases it. */
export async function releaseWhenHeld(campaignId: number, ms = 60_000): Promise<void> {
  const row = await waitFor(
    async () => {
      const c = await s.db('campaigns').where({ id: campaignId }).first();
      return c.state === 'scheduled' ? undefined : c;
    },
    { what: `campaign ${campaignId} checked before sending`, ms },
  );
  if (row.state !== 'needs_review') return;
  const flag = await s.db('compliance_flags').where({ campaign_id: campaignId, state: 'open' }).first();
  const officer = await s.users.get((await makeUser('compliance')).user.id);
  await s.complianceReview.decide(Number(flag.id), 'release', 'A first campaign to a known list.', officer, {
    userId: officer.id,
  });
}
