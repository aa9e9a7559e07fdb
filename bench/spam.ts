// `npm run bench:spam`: how well the scorer tells spam from ham on the labeled corpus (bench/corpus/), for
// SpamAssassin alone (its own verdict: score ≥ its required_score, 5.0) and for the whole scorer (SpamAssassin plus
// our content and malware rules; spam = a verdict of review or block), on the tuned part and, when
// bench/corpus/heldout exists and has messages (a blind set), on the held-out part separately; then how fast our own
// rules run on one core, against the same messages' parsing as a reference.
//
// Needs spamd (SPAMD_URL, default spamd://127.0.0.1:7830; `npm test` or `npm start` starts one).
// Options: --misses prints the messages each one gets wrong; --json prints the figures as JSON too.
//
// Validation split (`bash bench/spam-validate.sh`, which uses the two options below): the spamd that `npm test`
// starts has its Bayes classifier trained on all of the tuned part, so the tuned figures say little about unseen
// mail. The split puts a fixed quarter of the tuned part aside (by the SHA-256 of "ham/NAME.eml" or
// "spam/NAME.eml": first byte % 4 === 0), trains a second Bayes database on the other three quarters only, and
// scores the quarter with it: that is the figure to tune against.
//   --list-training  prints "spam|ham<TAB>path" for each training message (the script feeds them to sa-learn)
//   --validate       scores the tuned part as its two halves of the split, "training" and "validation"
//   --list-folds     prints "spam|ham<TAB>path<TAB>side" for every tuned message, side "validation" or the training
//                    side's fold "f0".."f3" (second byte of the same hash % 4), for out-of-fold Bayes (spam-folds.sh)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { messageHits, parseMessage, Scorer, verdictOf } from '../src/features/compliance/scorer';
import type { MessageFacts } from '../src/features/compliance/model';
import { SpamdClient } from '../src/platform/spamd';

const CORPUS = path.join(__dirname, 'corpus');
const args = new Set(process.argv.slice(2));
/** The corpus's parts, in print order; a part whose folder is missing or empty is left out. */
const PARTS = args.has('--validate') ? ['training', 'validation', 'heldout'] : ['tuned', 'heldout'];

/** Whether a tuned message ("ham/NAME.eml") is in the validation quarter of the split. */
const inValidation = (labelAndName: string) => createHash('sha256').update(labelAndName).digest()[0] % 4 === 0;
/** A training-side message's fold, 0..3, for out-of-fold Bayes. */
const foldOf = (labelAndName: string) => createHash('sha256').update(labelAndName).digest()[1] % 4;

interface Scored {
  part: string;
  file: string;
  spam: boolean;
  raw: Buffer;
  facts: MessageFacts;
  saSpam: boolean;
  ourSpam: boolean;
  saScore: number;
  ourScore: number;
  rules: string[];
}

function filesOf(folder: string, pick: (labelAndName: string) => boolean = () => true) {
  return (['ham', 'spam'] as const).flatMap((label) => {
    const dir = path.join(CORPUS, folder, label);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.eml') && pick(`${label}/${f}`))
      .sort()
      .map((f) => ({ label, path: path.join(dir, f), file: `${folder}/${label}/${f}` }));
  });
}

/** A part's messages: a folder of the corpus, or one side of the tuned part's validation split. */
function messagesOf(part: string): { file: string; spam: boolean; raw: Buffer }[] {
  const files =
    part === 'training' || part === 'validation'
      ? filesOf('tuned', (f) => inValidation(f) === (part === 'validation'))
      : filesOf(part);
  return files.map((f) => ({ file: f.file, spam: f.label === 'spam', raw: fs.readFileSync(f.path) }));
}

/** Runs `fn` over the items, `limit` at a time (spamd has a few children). */
async function pool<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

function metrics(rows: Scored[], pick: (r: Scored) => boolean) {
  const tp = rows.filter((r) => r.spam && pick(r)).length;
  const fp = rows.filter((r) => !r.spam && pick(r)).length;
  const spam = rows.filter((r) => r.spam).length;
  const ham = rows.length - spam;
  return {
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: spam ? tp / spam : 0,
    fpr: ham ? fp / ham : 0,
    tp,
    fp,
    fn: spam - tp,
    spam,
    ham,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function quality(spamd: SpamdClient): Promise<Scored[]> {
  const scorer = new Scorer(spamd);
  const all = PARTS.flatMap((part) => messagesOf(part).map((m) => ({ ...m, part })));
  if (!all.some((m) => m.part === 'heldout')) console.log('no held-out part (bench/corpus/heldout missing or empty)');
  return pool(all, 3, async (m) => {
    const [facts, report, sa] = await Promise.all([
      parseMessage(m.raw),
      spamd.report(m.raw.subarray(0, 512_000)),
      scorer.spamAssassinHits(m.raw),
    ]);
    const ours = verdictOf([...sa, ...(await messageHits(facts))]);
    return {
      ...m,
      facts,
      saSpam: report.score >= report.threshold,
      saScore: report.score,
      ourSpam: ours.verdict !== 'pass',
      ourScore: ours.score,
      rules: ours.hits.map((h) => `${h.rule}=${h.weight}`),
    };
  });
}

/** Messages per second of our message rules alone over parsed messages, and of parsing them (the reference). */
async function speed(rows: Scored[]) {
  const until = async (fn: () => Promise<unknown>, ms: number) => {
    const start = process.hrtime.bigint();
    let n = 0;
    while (Number(process.hrtime.bigint() - start) / 1e6 < ms) {
      await fn();
      n++;
    }
    return (n * 1000) / (Number(process.hrtime.bigint() - start) / 1e6);
  };
  let i = 0;
  const rulesPerSec = await until(() => messageHits(rows[i++ % rows.length].facts), 5000);
  const parsePerSec = await until(() => parseMessage(rows[i++ % rows.length].raw), 5000);
  return { rulesPerSec, parsePerSec };
}

async function main() {
  if (args.has('--list-training')) {
    for (const f of filesOf('tuned', (n) => !inValidation(n))) console.log(`${f.label}\t${f.path}`);
    return;
  }
  if (args.has('--list-folds')) {
    for (const f of filesOf('tuned')) {
      const name = `${f.label}/${path.basename(f.path)}`;
      console.log(`${f.label}\t${f.path}\t${inValidation(name) ? 'validation' : `f${foldOf(name)}`}`);
    }
    return;
  }
  const spamd = new SpamdClient(process.env.SPAMD_URL ?? 'spamd://127.0.0.1:7830');
  const t = Date.now();
  const rows = await quality(spamd);
  console.log(`scored ${rows.length} messages in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  const table: Record<string, unknown>[] = [];
  console.log('| part | messages (ham / spam) | scorer | precision | recall | false positives | FP rate |');
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: |');
  for (const part of PARTS) {
    const mine = rows.filter((r) => r.part === part);
    if (!mine.length) continue;
    for (const [name, pick] of [
      ['SpamAssassin alone', (r: Scored) => r.saSpam],
      ['whole scorer', (r: Scored) => r.ourSpam],
    ] as const) {
      const m = metrics(mine, pick);
      table.push({ part, scorer: name, ...m });
      console.log(
        `| ${part} | ${m.ham} / ${m.spam} | ${name} | ${pct(m.precision)} | ${pct(m.recall)} | ${m.fp} | ${pct(m.fpr)} |`,
      );
    }
  }
  if (args.has('--misses'))
    for (const r of rows.filter((x) => x.spam !== x.ourSpam || x.spam !== x.saSpam))
      console.log(
        `${r.file}: ${r.spam ? 'spam' : 'ham'}; SpamAssassin ${r.saScore} (${r.saSpam ? 'spam' : 'ham'}), whole ${r.ourScore} (${r.ourSpam ? 'spam' : 'ham'}): ${r.rules.join(' ')}`,
      );
  const s = args.has('--validate') ? null : await speed(rows);
  if (s)
    console.log(
      `\nour rules: ${Math.round(s.rulesPerSec)} messages/s on one core (reference, parsing the same messages with mailparser: ${Math.round(s.parsePerSec)}/s)`,
    );
  if (args.has('--json')) console.log(JSON.stringify({ table, speed: s }, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
