// The scorer: SpamAssassin (spamd) for content, our rules (rules.ts, checks.ts) for what it does not judge, and
// the verdict from the rules file's thresholds. The same code scores a campaign before it sends and one .eml file
// from the CLI (`spam:score`).
import { simpleParser } from 'mailparser';
import { SpamdUnavailableError, type SpamdClient } from '../../platform/spamd';
import { attachmentFacts } from './attachments';
import { AUDIENCE_CHECKS, MESSAGE_CHECKS, type CheckedMessage } from './checks';
import { htmlFacts, textLinks } from './content';
import type { AudienceFacts, Hit, MessageFacts, ScoreResult } from './model';
import { RULES, RULES_BY_ID, RULES_VERSION, THRESHOLDS } from './rules';

/** spamd is not given more of a message than this (spamc's own default limit is 500 KB). */
const SPAMD_MAX = 512_000;
const MAX_ATTACHMENTS = 50;

function hitOf(id: string, detail: string): Hit {
  const r = RULES_BY_ID.get(id)!;
  return { rule: id, family: r.family, weight: r.weight, explanation: r.explanation, detail };
}

/** Our message rules' hits (hygiene, malware). */
export async function messageHits(facts: MessageFacts): Promise<Hit[]> {
  const html = facts.html ? htmlFacts(facts.html) : null;
  const links = html ? [...html.links, ...textLinks(facts.text)] : textLinks(facts.text);
  const attachments = await Promise.all(facts.attachments.slice(0, MAX_ATTACHMENTS).map(attachmentFacts));
  const m: CheckedMessage = { facts, html, links, attachments };
  return RULES.filter((r) => MESSAGE_CHECKS[r.id]).flatMap((r) => {
    const detail = MESSAGE_CHECKS[r.id](m);
    return detail ? [hitOf(r.id, detail)] : [];
  });
}

/** Our audience and behaviour rules' hits. */
export function audienceHits(a: AudienceFacts): Hit[] {
  return RULES.filter((r) => AUDIENCE_CHECKS[r.id]).flatMap((r) => {
    const detail = AUDIENCE_CHECKS[r.id](a);
    return detail ? [hitOf(r.id, detail)] : [];
  });
}

/** The verdict: block on a block rule or a score past `block`; review past `review`; else pass. */
export function verdictOf(hits: Hit[]): ScoreResult {
  const score = Math.round(hits.reduce((s, h) => s + h.weight, 0) * 10) / 10;
  const blocked = hits.some((h) => RULES_BY_ID.get(h.rule)?.block);
  const held = hits.some((h) => RULES_BY_ID.get(h.rule)?.hold);
  const verdict =
    blocked || score >= THRESHOLDS.block ? 'block' : held || score >= THRESHOLDS.review ? 'review' : 'pass';
  return { score, verdict, hits, rulesVersion: RULES_VERSION };
}

/** One RFC 822 message's facts, parsed with mailparser. */
export async function parseMessage(raw: Buffer): Promise<MessageFacts> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  return {
    subject: parsed.subject ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    text: parsed.text ?? '',
    listUnsubscribe: parsed.headers.has('list-unsubscribe'),
    fromDomain: parsed.from?.value[0]?.address?.split('@')[1]?.toLowerCase(),
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? 'unnamed',
      contentType: a.contentType,
      content: a.content,
    })),
  };
}

export class Scorer {
  constructor(private readonly spamd: Pick<SpamdClient, 'report'>) {}

  /** SpamAssassin's hits for the message (throws SpamdUnavailableError when spamd does not answer). */
  async spamAssassinHits(raw: Buffer): Promise<Hit[]> {
    const report = await this.spamd.report(raw.subarray(0, SPAMD_MAX));
    // a report whose rule lines do not add up to its score was not read right: never score it as clean
    const listed = report.hits.reduce((s, h) => s + h.score, 0);
    if (Math.abs(listed - report.score) > 0.5 + 0.05 * report.hits.length)
      throw new SpamdUnavailableError(`spamd's report lists ${listed.toFixed(1)} points of ${report.score}`);
    return report.hits
      .filter((h) => h.score !== 0)
      .map((h) => ({ rule: h.rule, family: 'spamassassin', weight: h.score, explanation: h.description }));
  }

  /** The content and malware families for one message: SpamAssassin's hits and our message rules'. */
  async scoreRaw(raw: Buffer): Promise<ScoreResult> {
    const [facts, sa] = await Promise.all([parseMessage(raw), this.spamAssassinHits(raw)]);
    return verdictOf([...sa, ...(await messageHits(facts))]);
  }
}
