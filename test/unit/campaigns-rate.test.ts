// The sending rate as BullMQ's limiter takes it: about a second's worth of messages per window, the window
// rounded so that the rate per minute comes out as configured.
import { expect } from 'chai';
import { rateLimit } from '../../src/features/campaigns/sweep';

describe('rateLimit (the campaigns queue limiter)', () => {
  it('keeps the configured rate per minute, including rates that are not a multiple of 60', () => {
    for (const perMinute of [1, 30, 59, 60, 119, 150, 600, 12_000, 60_000]) {
      const { max, duration } = rateLimit(perMinute);
      expect(max, `${perMinute}/min`).to.be.at.least(1);
      expect((max * 60_000) / duration, `${perMinute}/min`).to.be.closeTo(perMinute, perMinute * 0.01 + 0.01);
    }
    expect(rateLimit(119)).to.deep.equal({ max: 1, duration: 504 });
    expect(rateLimit(60_000)).to.deep.equal({ max: 1000, duration: 1000 });
  });
});
