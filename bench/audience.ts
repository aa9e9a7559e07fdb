// How long a campaign audience's count takes (LeadListService.audience: match, eligible, and each exclusion), as an
// admin (every lead) and as a staff user (their team), with no filter and with a tag, over the bench data set.
//   CRM_PASSWORD='…' node_modules/.bin/tsx bench/audience.ts      (same defaults as bench/leads.ts)
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';

async function main() {
  const s = services({ ...loadConfig(), LOG_LEVEL: 'silent' });
  try {
    const admin = await s.users.findByEmail('demo.admin@valley.local');
    const staff = await s.users.findByEmail('demo.staff1@valley.local');
    if (!admin || !staff) throw new Error('no demo users: run seed:demo first (BENCHMARKS.md)');
    for (const [who, user] of [
      ['admin', admin],
      ['staff', staff],
    ] as const) {
      for (const [what, filter] of [
        ['no filter', {}],
        ['tag vip', { tag: 'vip' }],
      ] as const) {
        const times: number[] = [];
        let counts;
        for (let i = 0; i < 3; i++) {
          const t = process.hrtime.bigint();
          counts = await s.leadContact.audience(user, filter, { messages: 2, days: 7, now: new Date() });
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
        console.log(`${who} ${what}: ${times.map((t) => t.toFixed(0)).join(' / ')} ms`, JSON.stringify(counts));
      }
    }
  } finally {
    await s.close();
  }
}
void main();
