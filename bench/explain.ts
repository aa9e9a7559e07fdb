// EXPLAIN (ANALYZE, BUFFERS) of the queries one lead page runs, captured from the app's own repositories.
//   npm run crm … (seed first), then:
//   node_modules/.bin/tsx bench/explain.ts --as demo.staff1@valley.local '/leads?status=2&tag=vip&stale=1'
//   node_modules/.bin/tsx bench/explain.ts --as bench.admin@valley.local /leads/123 [--timing]
// Same defaults as bench/leads.ts (valley_bench, Redis index 9, VAR_DIR var/bench).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';
import { ASKED_COUNT_CAP, COUNT_CAP, isPlain, readScope, type LeadFilter, type LeadSort } from '../src/features/leads';
import { repositories } from '../src/repositories';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    as: { type: 'string', default: 'demo.staff1@valley.local' },
    plans: { type: 'boolean', default: true },
    timing: { type: 'boolean', default: false },
  },
});

async function main() {
  const s = services({ ...loadConfig(), LOG_LEVEL: 'silent' });
  const list = repositories(s.platform.db, s.platform.cipher).leads.list;
  const captured: { sql: string; bindings: unknown[] }[] = [];
  let capturing = false;
  try {
    const user = await s.users.findByEmail(opt.as);
    if (!user) throw new Error(`no user ${opt.as}`);
    const target = new URL(positionals[0] ?? '/leads', 'http://x');
    // Every statement any pool's pg connection is sent (knex's own, and the selects run on pg directly), native SQL.
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [q, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
      if (capturing)
        captured.push(
          typeof q === 'string'
            ? { sql: q, bindings: Array.isArray(values) ? values : [] }
            : { sql: q.text, bindings: Array.isArray(q.values) ? q.values : [] },
        );
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    capturing = true;
    const started = performance.now();
    const detail = /^\/leads\/(\d+)$/.exec(target.pathname);
    if (detail) {
      const lead = await s.leads.get(user, Number(detail[1]));
      await Promise.all([
        s.leads.history(lead),
        s.leads.consents(lead),
        s.leads.possibleDuplicates(user, lead),
        list.choices(),
      ]);
    } else {
      const p = target.searchParams;
      const filter: LeadFilter = await list.withSearch({
        statusId: Number(p.get('status')) || undefined,
        tag: p.get('tag') || undefined,
        staleBefore: p.get('stale') ? new Date(Date.now() - s.config.LEAD_STALE_DAYS * 86400_000) : undefined,
        q: p.get('q') || undefined,
        lookup: p.get('lookup') || undefined,
        ownerId: Number(p.get('owner')) || undefined,
        teamId: Number(p.get('team')) || undefined,
        source: p.get('source') || undefined,
      });
      const scope = readScope(user);
      // As leads/list.ts: the page with its choices (and the count when it is the whole scope, or count=1 asks).
      const asked = p.get('count') === '1';
      await list.page(
        filter,
        scope,
        (p.get('sort') as LeadSort) || 'created',
        p.get('after') || undefined,
        50,
        isPlain(filter) || asked ? (asked ? ASKED_COUNT_CAP : COUNT_CAP) : undefined,
      );
    }
    process.stdout.write(`page queries took ${(performance.now() - started).toFixed(1)} ms (first run)\n`);
    capturing = false;
    for (const q of captured) {
      if (/^(begin|commit|rollback|set )/i.test(q.sql.trim())) continue;
      process.stdout.write(`\n-- ${q.sql.slice(0, 700)}\n-- bindings: ${JSON.stringify(q.bindings).slice(0, 300)}\n`);
      // The captured SQL is in pg's native $n form: run it on a raw connection.
      const conn = await s.platform.db.client.acquireConnection();
      let rows: Record<string, string>[];
      try {
        await conn.query('begin');
        if (/similarity|%/.test(q.sql)) await conn.query('set local pg_trgm.similarity_threshold = 0.6');
        rows = (await conn.query(`explain (analyze, buffers${opt.timing ? '' : ', timing off'}) ${q.sql}`, q.bindings))
          .rows;
        await conn.query('rollback');
      } finally {
        await s.platform.db.client.releaseConnection(conn);
      }
      const plan = rows.map((r) => r['QUERY PLAN']);
      process.stdout.write(`${(opt.plans ? plan : plan.slice(-2)).join('\n')}\n`);
    }
  } finally {
    await s.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
