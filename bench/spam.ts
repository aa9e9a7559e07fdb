// `npm run bench:spam`: how well the scorer tells spam from ham on the labeled corpus (bench/corpus/), for
// SpamAssassin alone (its own verdict: score ≥ its required_score, 5.0) and for the whole scorer (SpamAssassin plus
// our content and malware rules; spam = a verdict of review or block), on the tuned part and, when
// bench/corpus/heldout exists and has messages (a blind set), on the held-out part separately; then how fast our own
// rules run on one core, against the same messages' parsing as a reference.
//
// Needs spamd (SPAMD_URL, default spamd://127.0.0.1:7830; `npm test` or `npm start` starts one).
// Options: --misses prints the messages each one gets wrong; --json prints the figures as JSON too.
import fs from 'node:fs';
import path from 'node:path';
import { messageHits, parseMessage, Scorer, verdictOf } from '../src/features/compliance/scorer';
import type { MessageFacts } from '../src/features/compliance/model';
import { SpamdClient } from '../src/platform/spamd';

const CORPUS = path.join(__dirname, 'corpus');
/** The corpus's parts, in print order; a part whose folder is missing or empty is left out. */
const PARTS = ['tuned', 'heldout'];
const args = new Set(process.argv.slice(2));

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

function messagesOf(part: string): { file: string; spam: boolean; raw: Buffer }[] {
  return (['ham', 'spam'] as const).flatMap((label) => {
    const dir = path.join(CORPUS, part, label);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((f) => ({ file: `${part}/${label}/${f}`, spam: label === 'spam', raw: fs.readFileSync(path.join(dir, f)) }));
  });
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
  const s = await speed(rows);
  console.log(
    `\nour rules: ${Math.round(s.rulesPerSec)} messages/s on one core (reference, parsing the same messages with mailparser: ${Math.round(s.parsePerSec)}/s)`,
  );
  if (args.has('--json')) console.log(JSON.stringify({ table, speed: s }, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
