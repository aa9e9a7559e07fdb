// Our rules re-scored against SpamAssassin hits cached by bench/spam-folds.sh (no spamd needed, seconds per run):
// the validation quarter (Bayes trained on the training side) and the training side out of fold (each fold's Bayes
// trained on the other three folds), and, with --full FILE (a cache of the whole tuned part scored by a spamd whose
// Bayes saw all of it, from spam-sa-cache.ts), the full tuned figures. --misses lists what the whole scorer gets wrong.
//   node_modules/.bin/tsx bench/spam-folds.ts [--misses] [--full var/full-sa.json]
import fs from 'node:fs';
import path from 'node:path';
import { messageHits, parseMessage, verdictOf } from '../src/features/compliance/scorer';
import type { Hit } from '../src/features/compliance/model';

const CORPUS = path.join(__dirname, 'corpus');
const DIR = path.join(__dirname, '..', 'var', 'spamassassin-folds');
type Cache = Record<string, { rule: string; weight: number }[]>;
const argv = process.argv.slice(2);
const load = (file: string): Cache => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Cache) : {});

interface Row {
  file: string;
  spam: boolean;
  flagged: boolean;
  score: number;
  rules: string[];
}

async function score(cache: Cache): Promise<Row[]> {
  return Promise.all(
    Object.entries(cache).map(async ([file, sa]) => {
      const facts = await parseMessage(fs.readFileSync(path.join(CORPUS, file)));
      const saHits: Hit[] = sa.map((h) => ({ ...h, family: 'spamassassin', explanation: '' }));
      const v = verdictOf([...saHits, ...(await messageHits(facts))]);
      return {
        file,
        spam: file.startsWith('tuned/spam/'),
        flagged: v.verdict !== 'pass',
        score: v.score,
        rules: v.hits.map((h) => `${h.rule}=${h.weight}`),
      };
    }),
  );
}

function report(name: string, rows: Row[]) {
  const spam = rows.filter((r) => r.spam);
  const ham = rows.filter((r) => !r.spam);
  const tp = spam.filter((r) => r.flagged).length;
  const fp = ham.filter((r) => r.flagged).length;
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
  console.log(
    `| ${name} | ${ham.length} / ${spam.length} | ${pct(tp, spam.length)} (${tp}/${spam.length}) | ${fp} (${pct(fp, ham.length)}) |`,
  );
}

async function main() {
  const val = await score(load(path.join(DIR, 'validation.json')));
  const oof = (await Promise.all(['f0', 'f1', 'f2', 'f3'].map((f) => score(load(path.join(DIR, `${f}.json`)))))).flat();
  const fullAt = argv.indexOf('--full');
  const full = fullAt >= 0 ? await score(load(argv[fullAt + 1])) : [];
  console.log('| side | ham / spam | recall | false positives |\n| --- | --- | ---: | ---: |');
  report('validation (Bayes on the training side)', val);
  report('training side, out-of-fold Bayes', oof);
  if (full.length) report('full tuned (Bayes on all of it)', full);
  if (argv.includes('--misses'))
    for (const [side, rows] of [
      ['val', val],
      ['oof', oof],
      ['full', full],
    ] as const)
      for (const r of rows.filter((x) => x.spam !== x.flagged).sort((a, b) => a.file.localeCompare(b.file)))
        console.log(`${side} ${r.file}: ${r.spam ? 'spam' : 'ham'} ${r.score}: ${r.rules.join(' ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
