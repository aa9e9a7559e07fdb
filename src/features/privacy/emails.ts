// The e-mails a requester gets: the acknowledgment with the confirmation link, a reply from an officer, and the
// notice that the due date was extended (Article 12(3)). Only to the requester's own address.
import type { NewMessage } from '../../platform/outbox/store';
import { KIND_LABELS, type RequestKind } from './model';

export const COMPANY = 'Web Soft Valley Technology';
const day = (d: Date) => d.toISOString().slice(0, 10);

export function acknowledgment(
  to: string,
  r: { reference: string; kind: RequestKind; dueAt: Date },
  confirmUrl: string,
): NewMessage {
  return {
    kind: 'privacy-ack',
    to,
    subject: `Your request ${r.reference}: please confirm your e-mail address`,
    text: [
      `We received your message sent through our contact form (${KIND_LABELS[r.kind].toLowerCase()}).`,
      `Your reference: ${r.reference}`,
      '',
      'Before we act on it or tell you anything about the data we hold, please confirm that this address is yours:',
      confirmUrl,
      '',
      `We will answer by ${day(r.dueAt)}. If you did not send this request, ignore this message: nothing happens.`,
      '',
      COMPANY,
    ].join('\n'),
  };
}

export function reply(to: string, reference: string, text: string): NewMessage {
  return {
    kind: 'privacy-reply',
    to,
    subject: `Your request ${reference}`,
    text: `${text}\n\n--\n${COMPANY}, about your request ${reference}`,
  };
}

export function extension(to: string, reference: string, dueAt: Date, reason: string): NewMessage {
  return {
    kind: 'privacy-extension',
    to,
    subject: `Your request ${reference}: more time needed`,
    text: [
      `We need more time to answer your request ${reference}, as the law allows (GDPR Article 12(3)).`,
      `We will answer by ${day(dueAt)}.`,
      '',
      `Why: ${reason}`,
      '',
      COMPANY,
    ].join('\n'),
  };
}
