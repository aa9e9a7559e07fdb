// The pre-send check campaigns pass (their ContentGate): SpamAssassin and our rules over the campaign rendered for
// a sample of its recipients, plus its audience; a campaign held or blocked raises a flag for the compliance
// officers, and one sent back for changes is held again when its sender resubmits it.
import type { Knex } from 'knex';
import type { Clock } from '../../platform/clock';
import { SpamdUnavailableError } from '../../platform/spamd';
import type { CampaignScan, ContentGate, PreSendInput } from '../campaigns';
import type { FlagsStore } from './data/flagsStore';
import type { Hit, ScoreResult } from './model';
import { audienceHits, messageHits, verdictOf, type Scorer } from './scorer';

/** The hits of every sample, each rule once at its highest weight. */
function merged(lists: Hit[][]): Hit[] {
  const byRule = new Map<string, Hit>();
  for (const h of lists.flat()) if (!byRule.has(h.rule) || byRule.get(h.rule)!.weight < h.weight) byRule.set(h.rule, h);
  return [...byRule.values()].sort((a, b) => b.weight - a.weight);
}

/** What the sender reads first: the heaviest reasons in plain words. */
export const summaryOf = (r: ScoreResult) =>
  r.hits
    .filter((h) => h.weight > 0)
    .slice(0, 3)
    .map((h) => h.explanation)
    .join(' ');

export class PreSendGate implements ContentGate {
  constructor(
    private readonly db: Knex,
    private readonly scorer: Scorer,
    private readonly flags: FlagsStore,
    private readonly clock: Clock,
  ) {}

  /** Scores the input (a pure function of it, for benchmarks and the gate alike). */
  async score(input: PreSendInput): Promise<ScoreResult> {
    const perMessage = await Promise.all(
      input.messages.map(async (m) => [
        ...(await this.scorer.spamAssassinHits(m.raw)),
        ...(await messageHits(m.facts)),
      ]),
    );
    return verdictOf([...merged(perMessage), ...audienceHits(input.audience)]);
  }

  async check(input: PreSendInput): Promise<{ scan: CampaignScan; summary: string } | { unavailable: string }> {
    let result: ScoreResult;
    try {
      result = await this.score(input);
    } catch (err) {
      if (err instanceof SpamdUnavailableError) return { unavailable: 'the spam scanner (spamd) does not answer.' };
      throw err;
    }
    const c = input.campaign;
    const now = this.clock();
    const evidence = { sample: input.messages.map((m) => m.label) };
    const verdict = await this.db.transaction(async (trx) => {
      const live = await this.flags.liveForCampaign(c.id, trx);
      // resubmitted after changes were asked for: the officer who asked sees it again, whatever it scores
      const v = live && result.verdict === 'pass' ? 'review' : result.verdict;
      if (live) await this.flags.reopen(live.id, { ...result, verdict: v, evidence }, trx);
      else if (v !== 'pass')
        await this.flags.insert(
          {
            kind: 'campaign',
            campaignId: c.id,
            userId: c.ownerId,
            state: v === 'block' ? 'blocked' : 'open',
            verdict: v,
            score: result.score,
            hits: result.hits,
            evidence,
            rulesVersion: result.rulesVersion,
            createdAt: now,
          },
          trx,
        );
      return v;
    });
    const summary =
      summaryOf(result) || (verdict === 'review' ? 'it was sent back for changes and needs a new look.' : '');
    return { scan: { ...result, verdict, at: now.toISOString() }, summary };
  }
}
