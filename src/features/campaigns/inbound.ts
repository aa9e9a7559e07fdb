// Inbound bounces and complaints: reads a delivery status notification (RFC 3464) or an abuse report (ARF, RFC 5965)
// and says what it reports and which campaign recipients it names (refs from our VERP address and Message-ID).
// Pure: no I/O, no logging; the caller verifies each ref's signature.
import { simpleParser, type Attachment, type ParsedMail, type StructuredHeader } from 'mailparser';

export type InboundReport =
  | { kind: 'bounce'; severity: 'hard' | 'soft'; status: string; diagnostic?: string; refs: string[] }
  | { kind: 'complaint'; feedbackType: string; refs: string[] }
  /** A reply to the List-Unsubscribe mailto: address, its subject "unsubscribe TOKEN" as the link set it. */
  | { kind: 'unsubscribe'; token: string };

/** The subject the mailto: in List-Unsubscribe asks for (message.ts), with the recipient's unsubscribe token. */
const UNSUBSCRIBE_SUBJECT = /^\s*(?:re:\s*)?unsubscribe\s+(r\d{1,12}\.[A-Za-z0-9_-]{22})\s*$/i;

/** Why a message cannot be read as a report; the message is one line, with no e-mail address in it. */
export class InboundError extends Error {}

const MAX_BYTES = 10 * 1024 * 1024;
const REF = /^r\d+\.[A-Za-z0-9_-]{10,64}$/;
const VERP = /bounce\+([^\s<>@"]+)@/gi;
const LOCAL_PART = /([^\s<>@"]+)@/g;
const STATUS = /\b[245]\.\d{1,3}\.\d{1,3}\b/;
const REPORT_HEADERS = ['to', 'delivered-to', 'x-original-to', 'envelope-to'];
const DSN_TYPES = ['message/delivery-status', 'message/global-delivery-status'];
const ARF_TYPES = ['message/feedback-report'];
/** The ARF feedback types that mean the recipient did not want the message. */
const COMPLAINTS = ['abuse', 'fraud'];
const RETURNED_TYPES = ['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers'];

/** One block of "Name: value" fields, names lowercased, folded lines joined. */
type Fields = [name: string, value: string][];

export async function parseInbound(raw: Buffer | string): Promise<InboundReport> {
  const mail = await parseMime(raw);
  const contentType = mail.headers.get('content-type') as StructuredHeader | undefined;
  if (contentType?.value.toLowerCase() !== 'multipart/report') {
    const asked = UNSUBSCRIBE_SUBJECT.exec(mail.subject ?? '');
    if (asked) return { kind: 'unsubscribe', token: asked[1] };
    throw new InboundError('not a delivery status notification, abuse report or unsubscribe request');
  }
  const reportType = (contentType.params['report-type'] ?? '').toLowerCase();
  if (reportType !== 'delivery-status' && reportType !== 'feedback-report') {
    throw new InboundError(`unsupported report type: ${/^[a-z0-9-]{1,40}$/.test(reportType) ? reportType : 'none'}`);
  }
  const dsn = reportType === 'delivery-status';
  const part = findPart(mail, dsn ? DSN_TYPES : ARF_TYPES);
  if (!part) throw new InboundError(`the report is incomplete: it has no ${reportType} part`);
  const blocks = fieldBlocks(part.content.toString('utf8'));
  const report = dsn ? bounce(blocks) : complaint(blocks);
  const refs = findRefs(mail);
  if (refs.length === 0) throw new InboundError('no campaign recipient found in the report');
  return { ...report, refs };
}

async function parseMime(raw: Buffer | string): Promise<ParsedMail> {
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
  if (size > MAX_BYTES) throw new InboundError('message too large');
  if (raw.toString().trim() === '') throw new InboundError('empty message');
  try {
    // Report parts stay attachments: the delivery status is not merged into the text, nor the returned message parsed.
    return await simpleParser(raw, {
      keepDeliveryStatus: true,
      ignoreEmbedded: true,
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      checksumAlgo: false,
    });
  } catch {
    throw new InboundError('the message could not be parsed');
  }
}

function bounce(blocks: Fields[]): Omit<Extract<InboundReport, { kind: 'bounce' }>, 'refs'> {
  const recipients = blocks.slice(1); // the first block is about the message, one block follows per recipient
  const hit = recipients.find((b) => action(b) === 'failed');
  if (!hit) {
    // a delay warning is not a bounce: the server is still trying, and says so again later
    if (recipients.some((b) => action(b) === 'delayed'))
      throw new InboundError('the report says delivery is only delayed (Action: delayed): nothing to do');
    const said = recipients.map(action).find((a) => ['delivered', 'relayed', 'expanded'].includes(a));
    if (said) throw new InboundError(`the report says the message was ${said} (Action: ${said})`);
    throw new InboundError('the report has no failed recipient');
  }
  const status = STATUS.exec(field(hit, 'status') ?? '')?.[0];
  if (!status) throw new InboundError('the report has no valid Status for the failed recipient');
  const severity = status.startsWith('5') ? 'hard' : 'soft';
  const diagnostic = field(hit, 'diagnostic-code')?.slice(0, 300).trim();
  return { kind: 'bounce', severity, status, ...(diagnostic ? { diagnostic } : {}) };
}

function complaint(blocks: Fields[]): Omit<Extract<InboundReport, { kind: 'complaint' }>, 'refs'> {
  const feedbackType = (field(blocks[0] ?? [], 'feedback-type') ?? '').toLowerCase();
  if (!/^[a-z0-9-]{1,40}$/.test(feedbackType)) throw new InboundError('the abuse report has no valid Feedback-Type');
  // RFC 5965: "not-spam" says the opposite of a complaint; "virus" and "other" are not the recipient's choice
  if (!COMPLAINTS.includes(feedbackType))
    throw new InboundError(`the report is not a complaint (Feedback-Type: ${feedbackType}): nothing to do`);
  return { kind: 'complaint', feedbackType };
}

/** Refs, first seen first: our VERP address in the report's own headers, then the returned message's headers. */
function findRefs(mail: ParsedMail): string[] {
  const found: string[] = [];
  for (const { key, line } of mail.headerLines) {
    if (REPORT_HEADERS.includes(key)) found.push(...matches(line, VERP));
  }
  const returned = findPart(mail, RETURNED_TYPES);
  const headers = returned ? (fieldBlocks(returned.content.toString('utf8'))[0] ?? []) : [];
  for (const [name, value] of headers) if (name === 'message-id') found.push(...matches(value, LOCAL_PART));
  for (const [name, value] of headers) if (name === 'return-path') found.push(...matches(value, VERP));
  return [...new Set(found.filter((ref) => REF.test(ref)))];
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

function findPart(mail: ParsedMail, types: string[]): Attachment | undefined {
  return mail.attachments.find((a) => types.includes(a.contentType.toLowerCase()));
}

/** RFC 822-style field blocks separated by blank lines; a line starting with white space continues the field above. */
function fieldBlocks(text: string): Fields[] {
  const blocks: Fields[] = [];
  let block: Fields = [];
  for (const line of text.split(/\r?\n/)) {
    const last = block[block.length - 1];
    const named = /^([^\s:]+)[ \t]*:(.*)$/.exec(line);
    if (line.trim() === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else if (/^[ \t]/.test(line) && last) {
      last[1] = `${last[1]} ${line.trim()}`;
    } else if (named?.[1] && named[2] !== undefined) {
      block.push([named[1].toLowerCase(), named[2].trim()]);
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

function field(block: Fields, name: string): string | undefined {
  return block.find(([n]) => n === name)?.[1];
}

function action(block: Fields): string {
  return (field(block, 'action') ?? '').toLowerCase();
}
