// Retention's pure rules: the cut-off of an age in days or calendar months (UTC, clamped to the month's last day),
// the age read from the form, and the run's result (ids, or a sample of them past the limit).
import { expect } from 'chai';
import {
  RUN_ID_LIMIT,
  chunks,
  cutoffOf,
  readAge,
  resultOf,
  runStateOf,
  withChanged,
} from '../../src/features/retention/model';

describe('retention rules (pure)', () => {
  it('counts days exactly and months by the calendar, clamped to the end of a shorter month', () => {
    const at = new Date('2026-03-31T10:00:00Z');
    expect(cutoffOf(at, 30, 'days').toISOString()).to.equal('2026-03-01T10:00:00.000Z');
    expect(cutoffOf(at, 1, 'months').toISOString()).to.equal('2026-02-28T10:00:00.000Z');
    expect(cutoffOf(new Date('2028-03-31T00:00:00Z'), 1, 'months').toISOString()).to.equal('2028-02-29T00:00:00.000Z');
    expect(cutoffOf(at, 36, 'months').toISOString()).to.equal('2023-03-31T10:00:00.000Z');
    expect(cutoffOf(new Date('2026-01-15T00:00:00Z'), 12, 'months').toISOString()).to.equal('2025-01-15T00:00:00.000Z');
  });

  it('reads an age as a whole number within the unit’s bounds', () => {
    expect(readAge('30', 'days')).to.deep.equal({ age: 30 });
    expect(readAge(' 240 ', 'months')).to.deep.equal({ age: 240 });
    for (const bad of ['0', '241', '-1', '1.5', '1e3', '', 'x', '0x10', '999999', undefined, ['3'], { a: 1 }])
      expect(readAge(bad, 'months').error, JSON.stringify(bad)).to.equal(
        'Enter a whole number of months from 1 to 240.',
      );
    expect(readAge('3651', 'days').error).to.equal('Enter a whole number of days from 1 to 3650.');
  });

  it('keeps every id up to the limit, then the first ones as a sample with the full count', () => {
    const t = { key: 'expired_exports', unit: 'days' } as const;
    const few = resultOf(t, 30, new Date(0), ['1', '2']);
    expect(few).to.deep.include({ count: 2, ids: ['1', '2'], sampled: false });
    const many = Array.from({ length: RUN_ID_LIMIT + 5 }, (_, i) => String(i));
    const r = resultOf(t, 30, new Date(0), many, 'boom');
    expect(r).to.deep.include({ count: RUN_ID_LIMIT + 5, sampled: true, error: 'boom' });
    expect(r.ids).to.deep.equal(many.slice(0, RUN_ID_LIMIT));
  });

  it('adds each batch to a run’s result: the count exact, the ids kept up to the limit, in order', () => {
    const t = { key: 'inactive_leads', unit: 'months' } as const;
    let r = resultOf(t, 36, new Date(0), [], undefined, 'running');
    expect(r).to.deep.include({ state: 'running', count: 0, ids: [], sampled: false });
    const all = Array.from({ length: RUN_ID_LIMIT + 700 }, (_, i) => String(i + 1));
    for (let i = 0; i < all.length; i += 500) r = withChanged(r, all.slice(i, i + 500));
    expect(r).to.deep.include({ count: RUN_ID_LIMIT + 700, sampled: true, state: 'running' });
    expect(r.ids).to.deep.equal(all.slice(0, RUN_ID_LIMIT));
    expect(withChanged(resultOf(t, 36, new Date(0), ['1']), ['2'])).to.deep.include({ count: 2, ids: ['1', '2'] });
  });

  it('tells a run running, interrupted or done from its targets’ states', () => {
    const t = { key: 'expired_exports', unit: 'days' } as const;
    const of = (state: 'running' | 'done' | 'interrupted') => resultOf(t, 30, new Date(0), [], undefined, state);
    expect(runStateOf([of('done'), of('running')])).to.equal('running');
    expect(runStateOf([of('interrupted'), of('done')])).to.equal('interrupted');
    expect(runStateOf([of('done'), of('done')])).to.equal('done');
  });

  it('cuts a list into batches of at most the size', async () => {
    const out: string[][] = [];
    for await (const b of chunks(['1', '2', '3', '4', '5'], 2)) out.push(b);
    expect(out).to.deep.equal([['1', '2'], ['3', '4'], ['5']]);
  });
});
