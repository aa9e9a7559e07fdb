// Privacy requests' pure rules: months added as PostgreSQL does, the queue's urgency, and the chart's figures.
import { expect } from 'chai';
import { addMonths, dueDateOf, latestDueOf, monthlyFigures, urgencyOf } from '../../src/features/privacy/model';

const DAY = 86_400_000;

describe('privacy request rules', () => {
  it('adds calendar months, clamping to the month’s last day', () => {
    expect(addMonths(new Date('2031-01-31T09:00:00Z'), 1).toISOString()).to.equal('2031-02-28T09:00:00.000Z');
    expect(addMonths(new Date('2031-05-31T09:00:00Z'), 2).toISOString()).to.equal('2031-07-31T09:00:00.000Z');
    expect(addMonths(new Date('2031-03-15T00:00:00Z'), -3).toISOString()).to.equal('2030-12-15T00:00:00.000Z');
    expect(latestDueOf(dueDateOf(new Date('2031-05-01T09:00:00Z'))).toISOString()).to.equal('2031-07-31T09:00:00.000Z');
  });

  it('marks open requests overdue or due within the week, never closed ones', () => {
    const now = new Date('2031-05-10T00:00:00Z');
    const due = (days: number) => new Date(now.getTime() + days * DAY);
    expect(urgencyOf({ state: 'new', dueAt: due(-1) }, now)).to.equal('overdue');
    expect(urgencyOf({ state: 'in_progress', dueAt: due(7) }, now)).to.equal('due_soon');
    expect(urgencyOf({ state: 'verifying', dueAt: due(8) }, now)).to.equal(null);
    expect(urgencyOf({ state: 'done', dueAt: due(-5) }, now)).to.equal(null);
  });

  it('counts requests per month by kind and the median and average days to answer', () => {
    const now = new Date('2031-05-20T00:00:00Z');
    const at = (s: string) => new Date(`${s}T00:00:00Z`);
    const figures = monthlyFigures(
      [
        { kind: 'erasure', receivedAt: at('2031-04-01'), closedAt: at('2031-04-11') },
        { kind: 'erasure', receivedAt: at('2031-04-02'), closedAt: at('2031-04-06') },
        { kind: 'access', receivedAt: at('2031-04-03'), closedAt: at('2031-04-30') },
        { kind: 'question', receivedAt: at('2031-05-01'), closedAt: null },
      ],
      now,
    );
    expect(figures.map((f) => f.month).slice(-2)).to.deep.equal(['2031-04', '2031-05']);
    const april = figures[10];
    expect(april.byKind.erasure).to.equal(2);
    expect(april.byKind.access).to.equal(1);
    expect(april.medianDays).to.equal(10);
    expect(april.averageDays).to.equal(13.7);
    expect(figures[11].byKind.question).to.equal(1);
    expect(figures[11].medianDays).to.equal(null);
  });
});
