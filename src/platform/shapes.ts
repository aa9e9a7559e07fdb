// Selects compiled by knex once per shape. The lead list builds the same few queries on every page, differing only
// in their values, and building and compiling them took a tenth of the page's CPU. A shape is compiled twice with
// two sets of stand-ins for its parameters, which tells each binding apart: a parameter (bound from the request's
// values from then on), a constant (the same in both), or neither, a value derived from a parameter, which makes
// the shape one that cannot be kept (compiled by knex on every run). In tests every run is also compiled by knex
// from the real values and compared, so a shape key that misses something the SQL depends on fails loudly.
import type { Knex } from 'knex';

/** A select ready for the pg connection: native SQL ($1, $2 …) and its values; it answers rows. */
export interface CompiledSelect {
  sql: string;
  values: unknown[];
}

/** Marks a value as a parameter of the shape (the builder sees a stand-in for it when the shape is compiled). */
export type Param = <T extends number | string | Date | string[] | number[]>(value: T) => T;

type Slot = { param: number } | { constant: unknown } | { array: Slot[] };
interface Shape {
  sql: string;
  slots: Slot[];
}

const MAX_SHAPES = 500;

const standIn = (v: unknown, i: number, set: number): unknown => {
  if (typeof v === 'number') return -1e15 - 2 * i - set;
  if (typeof v === 'string') return `\u0001stand-in ${set}.${i}`;
  if (v instanceof Date) return new Date(-8e15 + 2 * i + set);
  if (Array.isArray(v)) return [`\u0001stand-in ${set}.${i}`];
  throw new Error(`a shape's parameter ${i} is not a number, string, Date or array`);
};

/** Which parameter a binding stands for (by value, or by identity for a Date or an array), if any. */
function slotOf(b: unknown, ins: unknown[]): Slot | undefined {
  const i = ins.findIndex((s) => s === b || (s instanceof Date && b instanceof Date && s.getTime() === b.getTime()));
  if (i >= 0) return { param: i };
  if (Array.isArray(b) && b.length) {
    const inner = b.map((x) => slotOf(x, ins));
    if (inner.some(Boolean)) return inner.every(Boolean) ? { array: inner as Slot[] } : undefined;
  }
  return undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function valueOf(slot: Slot, values: unknown[]): unknown {
  if ('param' in slot) return values[slot.param];
  if ('constant' in slot) return slot.constant;
  return slot.array.map((s) => valueOf(s, values));
}

/** Set on a knex client by createDb({ verifyShapes }): every ShapeCache over it compares each run with knex's. */
export const VERIFY_SHAPES = Symbol('verify shapes');

export class ShapeCache {
  private readonly shapes = new Map<string, Shape | 'uncacheable'>();
  private readonly verify: boolean;

  constructor(db: Knex) {
    this.verify = Boolean((db.client as { [VERIFY_SHAPES]?: boolean })[VERIFY_SHAPES]);
  }

  /**
   * The select for `key`. `bind(param)` gives the builder's inputs, each value the SQL takes as a parameter wrapped
   * in `param`; `key` must name everything else the SQL depends on (which optional parts are present and so on).
   * Without a key, knex compiles it now.
   */
  compile<I>(
    key: string | undefined,
    bind: (param: Param) => I,
    build: (inputs: I) => Knex.QueryBuilder,
  ): CompiledSelect {
    const values: unknown[] = [];
    const inputs = bind((v) => (values.push(v), v));
    if (key === undefined) return compileNow(build(inputs));
    let shape = this.shapes.get(key);
    if (!shape) {
      shape = this.learn(key, bind, build);
      if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
      this.shapes.set(key, shape);
    }
    if (shape === 'uncacheable') return compileNow(build(inputs));
    const out = { sql: shape.sql, values: shape.slots.map((s) => valueOf(s, values)) };
    if (this.verify) {
      const now = compileNow(build(inputs));
      if (now.sql !== out.sql || !same(now.values, out.values))
        throw new Error(`shape ${key} compiled differently from knex: its key misses something the SQL depends on`);
    }
    return out;
  }

  private learn<I>(key: string, bind: (param: Param) => I, build: (inputs: I) => Knex.QueryBuilder) {
    const compiled = [0, 1].map((set) => {
      const ins: unknown[] = [];
      const inputs = bind(((v) => {
        const s = standIn(v, ins.length, set);
        ins.push(s);
        return s;
      }) as Param);
      return { ins, ...compileNow(build(inputs)) };
    });
    const [a, b] = compiled;
    const slots = a.values.map((x, k): Slot | undefined => {
      const sa = slotOf(x, a.ins);
      const sb = slotOf(b.values[k], b.ins);
      if (sa && sb) return same(sa, sb) ? sa : undefined;
      return !sa && !sb && same(x, b.values[k]) ? { constant: x } : undefined;
    });
    if (a.sql !== b.sql || a.values.length !== b.values.length || slots.some((s) => !s)) {
      if (this.verify) throw new Error(`shape ${key}: its SQL or a binding depends on a parameter's value`);
      return 'uncacheable';
    }
    return { sql: a.sql, slots: slots as Slot[] };
  }
}

/** knex's compilation of a select, as native SQL and values. */
export function compileNow(q: Knex.QueryBuilder): CompiledSelect {
  const compiled = q.toSQL();
  if (compiled.method !== 'select') throw new Error('only a select (of all its rows) has a shape');
  const { sql, bindings } = compiled.toNative();
  return { sql, values: [...bindings] };
}
