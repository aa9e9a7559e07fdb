// Where a process's CPU time went, from a V8 .cpuprofile (node --cpu-prof, e.g. the worker of
// `bench/campaign.ts --worker-cpu-prof DIR`): self time by package or source folder, and the top functions.
//   node_modules/.bin/tsx bench/cpu-profile.ts DIR/CPU.….cpuprofile [--top 25] [--callers writev]
// --callers NAME: the self time of the functions called NAME, by the package or folder that called them (the
// nearest frame in node_modules or in our code), e.g. whose socket writes those were.
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, callers: { type: 'string' } },
});
if (!positionals[0]) throw new Error('usage: cpu-profile.ts FILE.cpuprofile [--top N]');
const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8')) as Profile;

/** A frame's place: node_modules/<package>, our own folder (src/…, workers), node's internals, or V8 itself. */
function place(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  const own = /\/(src\/(?:features\/[^/]+|[^/]+)|workers|bench)\//.exec(url);
  return own ? own[1] : url;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byPlace = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, us] of self) {
  const f = byId.get(id)!.callFrame;
  const p = place(f.url, f.functionName);
  byPlace.set(p, (byPlace.get(p) ?? 0) + us);
  const key = `${f.functionName || '(anonymous)'} ${p}${f.url ? `:${f.lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
process.stdout.write(
  `${(total / 1e6).toFixed(1)} s of samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s\n\nby place (self time):\n`,
);
for (const [p, us] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 20))
  process.stdout.write(`  ${pct(us)}  ${p}\n`);
process.stdout.write('\ntop functions (self time):\n');
for (const [f, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top)))
  process.stdout.write(`  ${pct(us)}  ${f}\n`);

if (opt.callers) {
  const by = new Map<string, number>();
  let sum = 0;
  for (const [id, us] of self) {
    if (byId.get(id)!.callFrame.functionName !== opt.callers) continue;
    sum += us;
    let p = parent.get(id);
    let who = '(unknown)';
    while (p !== undefined) {
      const f = byId.get(p)!.callFrame;
      if (/node_modules\/|\/(src|workers)\//.test(f.url)) {
        who = place(f.url, f.functionName);
        break;
      }
      p = parent.get(p);
    }
    by.set(who, (by.get(who) ?? 0) + us);
  }
  process.stdout.write(`\n${opt.callers} (${pct(sum).trim()} in all), by caller:\n`);
  for (const [w, us] of [...by].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${pct(us)}  ${w}\n`);
}
