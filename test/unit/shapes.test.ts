// Selects compiled once per shape (src/platform/shapes.ts): the values bound on later runs, derived values refused,
// and a key that misses something caught when verifying.
import { expect } from 'chai';
import knex, { type Knex } from 'knex';
import { compileNow, ShapeCache, VERIFY_SHAPES, type Param } from '../../src/platform/shapes';

const db = knex({ client: 'pg' });
const verifying = () => {
  const v = knex({ client: 'pg' });
  (v.client as { [VERIFY_SHAPES]?: boolean })[VERIFY_SHAPES] = true;
  return v;
};

interface In {
  owner: number;
  since?: Date;
  tag?: string;
  words: string[];
}
const bind = (i: In) => (param: Param) => ({
  owner: param(i.owner),
  since: i.since && param(i.since),
  tag: i.tag && param(i.tag),
  words: param(i.words),
});
const build =
  (on: Knex) =>
  (i: In): Knex.QueryBuilder => {
    const q = on('leads')
      .select('id')
      .where('owner_id', i.owner)
      .where('status', 'new')
      .limit(5, { skipBinding: true });
    if (i.since) q.where('created_at', '>=', i.since);
    if (i.tag) q.whereRaw('tags @> ?::text[]', [[i.tag]]);
    return q.whereRaw('word = any(?::text[])', [i.words]);
  };
const keyOf = (i: In) => `t:${i.since ? 'since' : '-'}:${i.tag ? 'tag' : '-'}`;

describe('shapes: selects compiled once per shape', () => {
  it('binds each run’s own values into the SQL compiled once, constants kept', () => {
    const shapes = new ShapeCache(db);
    const runs: In[] = [
      { owner: 7, since: new Date('2026-01-02T00:00:00Z'), tag: 'vip', words: ['a', 'b'] },
      { owner: 9, since: new Date('2026-03-04T00:00:00Z'), tag: 'cold', words: ['c'] },
      { owner: 9, words: [] },
      { owner: 11, words: ['d'] },
    ];
    for (const i of runs) {
      const got = shapes.compile(keyOf(i), bind(i), build(db));
      expect(got).to.deep.equal(compileNow(build(db)(i)));
    }
  });

  it('compiles a shape whose binding is derived from a parameter by knex every time (and says so when verifying)', () => {
    const derived = (on: Knex) => (i: { owner: number }) =>
      on('leads')
        .select('id')
        .where('owner_id', i.owner + 1);
    const shapes = new ShapeCache(db);
    for (const owner of [1, 2]) {
      const got = shapes.compile('d', (param) => ({ owner: param(owner) }), derived(db));
      expect(got.values).to.deep.equal([owner + 1]);
    }
    const v = verifying();
    expect(() => new ShapeCache(v).compile('d', (param) => ({ owner: param(1) }), derived(v))).to.throw(
      /depends on a parameter/,
    );
  });

  it('fails loudly, when verifying, on a key that misses an optional part', () => {
    const v = verifying();
    const shapes = new ShapeCache(v);
    shapes.compile('same key', bind({ owner: 1, words: [] }), build(v));
    expect(() => shapes.compile('same key', bind({ owner: 1, tag: 'x', words: [] }), build(v))).to.throw(
      /key misses something/,
    );
  });

  it('compiles now without a key', () => {
    const shapes = new ShapeCache(db);
    const i = { owner: 3, words: ['x'] };
    expect(shapes.compile(undefined, bind(i), build(db))).to.deep.equal(compileNow(build(db)(i)));
  });
});
