// The rules file: every rule has a unique id, a family, a weight and an explanation, and its test case holds:
// its example hits it, and its counter-example (where it has one) does not.
import { expect } from 'chai';
import { AUDIENCE_CHECKS, MESSAGE_CHECKS } from '../../src/features/compliance/checks';
import type { AudienceFacts } from '../../src/features/compliance/model';
import { RULES, RULES_VERSION, THRESHOLDS, type Example } from '../../src/features/compliance/rules';
import { audienceHits, messageHits, verdictOf } from '../../src/features/compliance/scorer';
import { factsOf } from '../support/spam';

const AUDIENCE: AudienceFacts = {
  matching: 1000,
  eligible: 800,
  unconsented: 0,
  recent: 0,
  sample: ['ana@a.example'],
  oftenContacted: 0,
  history: { campaigns: 5, largest: 5000, sent: 10_000, bounced: 10, complained: 0 },
  underReview: null,
};

async function hitsOf(e: Example) {
  if (e.audience) return audienceHits({ ...AUDIENCE, ...e.audience });
  return messageHits(await factsOf(e));
}

describe('compliance rules file', () => {
  it('is versioned, with review below block, and every rule complete and checked', () => {
    expect(RULES_VERSION).to.match(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(THRESHOLDS.review).to.be.below(THRESHOLDS.block);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const r of RULES) {
      expect(r.explanation.length, r.id).to.be.above(20);
      expect(r.weight, r.id).to.be.above(0);
      expect(
        Boolean(MESSAGE_CHECKS[r.id]) !== Boolean(AUDIENCE_CHECKS[r.id]),
        `${r.id} has exactly one check`,
      ).to.equal(true);
    }
  });

  for (const rule of RULES) {
    it(`${rule.id}: its example hits it${rule.example.miss ? ', its counter-example does not' : ''}`, async () => {
      const hit = await hitsOf(rule.example.hit);
      expect(
        hit.map((h) => h.rule),
        'example',
      ).to.include(rule.id);
      if (rule.example.miss)
        expect(
          (await hitsOf(rule.example.miss)).map((h) => h.rule),
          'counter-example',
        ).not.to.include(rule.id);
    });
  }

  it('blocks on a block rule whatever the score, reviews at the review threshold, passes below it', () => {
    const hit = (rule: string, weight: number) => ({ rule, family: 'hygiene' as const, weight, explanation: 'x' });
    expect(verdictOf([hit('MAL_BLOCKED_ATTACHMENT', 0.1)]).verdict).to.equal('block');
    expect(verdictOf([hit('HYG_IP_LINK', 3.5), hit('HYG_NO_UNSUBSCRIBE', 1.5)]).verdict).to.equal('review');
    expect(verdictOf([hit('HYG_IP_LINK', 3.5)]).verdict).to.equal('pass');
    expect(verdictOf([hit('X', 15)]).verdict).to.equal('block');
    // a sender under review is held whatever SpamAssassin subtracts
    expect(verdictOf([hit('BEH_UNDER_REVIEW', 5), hit('BAYES_00', -1.5)]).verdict).to.equal('review');
  });
});
