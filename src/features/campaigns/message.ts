// One campaign e-mail as the outbox sends it: the rendered parts with the organisation's postal address and a
// working unsubscribe link in both, RFC 8058 one-click headers, a Message-ID and a VERP return path that name the
// recipient row (signed), From on the sending domain, Reply-To the sender's own address.
import { escapeHtml as escape } from '../../platform/markdown';
import type { NewMessage } from '../../platform/outbox/store';
import type { Addressee } from '../leads';
import {
  missingForSending,
  type Campaign,
  type CampaignAttachment,
  type CampaignSettings,
  type Recipient,
} from './model';
import { render } from './render';
import type { RecipientTokens } from './tokens';

export interface Sender {
  name: string;
  email: string;
}
/** What a message is built from besides the campaign: the settings, the sender and where the portal is. */
export interface MessageContext {
  settings: CampaignSettings & { postalAddress: string; sendingDomain: string };
  sender: Sender;
  baseUrl: string;
  /** Files sent with every message. */
  attachments?: CampaignAttachment[];
}

/** Settings with everything a message needs (postal address and sending domain), or undefined. */
export function sendableSettings(s: CampaignSettings): MessageContext['settings'] | undefined {
  if (missingForSending(s).length || !s.postalAddress || !s.sendingDomain) return undefined;
  return { ...s, postalAddress: s.postalAddress, sendingDomain: s.sendingDomain };
}

export const mergeValues = (a: Pick<Addressee, 'firstName' | 'lastName' | 'company' | 'jobTitle'>): Recipient => ({
  firstName: a.firstName,
  lastName: a.lastName,
  company: a.company,
  jobTitle: a.jobTitle,
});

/** The From header: the sender's name on the sending domain's campaigns address. */
const from = (c: Campaign, ctx: MessageContext) =>
  `${JSON.stringify(c.senderName)} <campaigns@${ctx.settings.sendingDomain}>`;

function withFooter(parts: { html: string; text: string }, unsubscribeUrl: string, ctx: MessageContext, test: boolean) {
  const address = ctx.settings.postalAddress;
  const why = test
    ? 'This is a test message: its unsubscribe link only works in the campaign itself.'
    : 'You receive this because you agreed to e-mail from us.';
  const text = `${parts.text}\n\n--\n${address}\n${why}\nUnsubscribe: ${unsubscribeUrl}\n`;
  const html = `<!doctype html><html><body>${parts.html}<hr><p style="font-size:12px;color:#555">${escape(address).replace(/\n/g, '<br>')}<br>${escape(why)} <a href="${escape(unsubscribeUrl)}">Unsubscribe</a></p></body></html>`;
  return { html, text };
}

/**
 * The message for one recipient, or the merge fields it lacks. `ref` names the recipient (bounce purpose) and
 * `unsubscribeToken` is its unsubscribe token; a test message has neither and goes to the sender.
 */
export function campaignMessage(
  c: Campaign,
  to: { email: string; values: Recipient },
  ids: { recipientId: number; tokens: RecipientTokens } | { test: true },
  ctx: MessageContext,
): { ok: true; message: NewMessage } | { ok: false; missing: string[] } {
  const rendered = render(c, to.values);
  if (!rendered.ok) return { ok: false, missing: rendered.missing };
  const domain = ctx.settings.sendingDomain;
  const test = 'test' in ids;
  const token = test ? 'test' : ids.tokens.make(ids.recipientId, 'unsubscribe');
  const unsubscribeUrl = `${ctx.baseUrl}/u/${token}`;
  const parts = withFooter(rendered, unsubscribeUrl, ctx, test);
  const headers = {
    'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:unsubscribe@${domain}?subject=unsubscribe%20${token}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  const attachments = ctx.attachments?.map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    blobId: a.blobId,
  }));
  const base = { to: to.email, ...parts, headers, from: from(c, ctx), replyTo: ctx.sender.email, attachments };
  if (test) return { ok: true, message: { ...base, kind: 'campaign-test', subject: `[Test] ${rendered.subject}` } };
  const ref = ids.tokens.make(ids.recipientId, 'bounce');
  return {
    ok: true,
    message: {
      ...base,
      kind: 'campaign',
      subject: rendered.subject,
      dedupeKey: `campaign-recipient-${ids.recipientId}`,
      messageId: `<${ref}@${domain}>`,
      envelopeFrom: `bounce+${ref}@${domain}`,
    },
  };
}
