// The full pre-send check of a campaign of about 100,000 recipients over the bench data set (1,000,000 demo leads):
// its input gathered (the audience counted twice, all of it and its leads of the last 7 days, a sample of 1,000
// addresses and their recent contacts, the sender's record, three messages rendered) and scored (spamd for each
// message, our rules, the audience rules). Beside it, in the same run, the reference: one bare audience count of
// the same campaign (what the campaign page's "Count the audience" runs).
//
//   CRM_PASSWORD='…' npm run bench:presend -- [--from YYYY-MM-DD] [--as EMAIL] [--runs N]
//
// Same defaults as bench/campaign.ts (valley_bench, Redis index 9). The campaign is a draft made for the run and
// deleted after it; nothing is scheduled or flagged.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';
import { sendableSettings } from '../src/features/campaigns/message';
import { toLeadFilter } from '../src/features/campaigns/service';
import { capOf } from '../src/features/campaigns/delivery';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';

const { values: opt } = parseArgs({
  options: {
    as: { type: 'string', default: 'demo.admin@valley.local' },
    from: { type: 'string', default: '2025-12-01' },
    runs: { type: 'string', default: '3' },
  },
});

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

async function main() {
  const s = services(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  try {
    const found = await s.users.findByEmail(opt.as);
    if (!found) throw new Error(`no user ${opt.as}: seed the bench data set first (BENCHMARKS.md, Commands)`);
    const user = found;
    const settings = await s.campaignSettings.get();
    const ready = sendableSettings(settings);
    if (!ready) throw new Error('campaign settings lack a postal address or sending domain: set them first');
    const c = await s.campaigns.create(
      user,
      {
        name: `Bench: pre-send check ${new Date().toISOString()}`,
        subject: '{{firstName|Hello}}, what is new in Valley this winter',
        senderName: 'Valley Bench',
        body: [
          'Hello {{firstName|there}},',
          '',
          'Our **winter update** for {{company|your team}} is here: three new reports and a cleaner lead page.',
          '',
          'Read more on [our website](https://valley.example/winter) or just reply to this e-mail.',
        ].join('\n'),
        audience: { createdFrom: opt.from },
      },
      { userId: user.id, ip: 'bench' },
    );
    try {
      const cap = () => capOf(settings, s.platform.clock());
      console.log(`pre-send check as ${user.email}, audience created from ${opt.from}`);
      console.log('| run | audience count (reference) | gather input | score | whole check | eligible | verdict |');
      console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
      for (let run = 1; run <= Number(opt.runs); run++) {
        const count = await timed(() => s.leadContact.audience(user, toLeadFilter(c.audience), cap()));
        const input = await timed(() => s.preSendFacts.input(c, user, ready, s.platform.clock()));
        const score = await timed(() => s.gate.score(input.value));
        const a = input.value.audience;
        console.log(
          `| ${run} | ${Math.round(count.ms)} ms | ${Math.round(input.ms)} ms | ${Math.round(score.ms)} ms | ${Math.round(input.ms + score.ms)} ms | ${a.eligible} of ${a.matching} | ${score.value.verdict} (${score.value.hits.map((h) => h.rule).join(', ') || 'no hits'}) |`,
        );
      }
    } finally {
      await s.platform.db('campaigns').where({ id: c.id }).del();
    }
  } finally {
    await s.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
