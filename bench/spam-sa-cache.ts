// SpamAssassin's hits for a list of messages, saved as JSON, so that our own rules can be re-scored against them
// without spamd (bench/spam-folds.ts). Reads "spam|ham<TAB>path" lines on stdin; SPAMD_URL names the spamd.
//   node_modules/.bin/tsx bench/spam-sa-cache.ts OUT.json < list
import fs from 'node:fs';
import path from 'node:path';
import { Scorer } from '../src/features/compliance/scorer';
import { SpamdClient } from '../src/platform/spamd';

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: spam-sa-cache.ts OUT.json < list');
  const lines = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
  const scorer = new Scorer(new SpamdClient(process.env.SPAMD_URL ?? 'spamd://127.0.0.1:7830'));
  const cache: Record<string, { rule: string; weight: number }[]> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      while (next < lines.length) {
        const file = lines[next++].split('\t')[1];
        const hits = await scorer.spamAssassinHits(fs.readFileSync(file));
        cache[path.relative(path.join(__dirname, 'corpus'), file)] = hits.map((h) => ({
          rule: h.rule,
          weight: h.weight,
        }));
      }
    }),
  );
  fs.writeFileSync(out, JSON.stringify(cache));
  console.error(`cached SpamAssassin's hits for ${lines.length} messages in ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
