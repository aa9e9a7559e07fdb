// Before and after on a busy machine: the ceiling and web processes that are already running (e.g. main's and a
// branch's, over the same bench database) loaded in turn, round after round, with the pages of one scenario of
// bench/leads.ts as the staff user, so the machine's other load falls on each alike. Reports each server's median
// requests/s (and ÷ the ceiling's) and CPU ms per request (/proc/PID/stat), and the mean of the lower half.
//   CRM_PASSWORD='…' node_modules/.bin/tsx bench/interleave.ts list 4 5 ceiling=http://127.0.0.1:3920,PID \
//     http://127.0.0.1:3912,PID http://127.0.0.1:3913,PID        # scenario, rounds, seconds, then url,pid pairs
// The ceiling: PORT=3920 NODE_ENV=production node --import tsx bench/ceiling-server.ts. Detail needs IDS=1,2,3;
// paths needs PATHS=/account,/notifications.
import fs from 'node:fs';
import autocannon from 'autocannon';

const [scenario, rounds, seconds, ...given] = process.argv.slice(2);
const SCENARIOS: Record<string, string[]> = {
  list: ['/leads'],
  filter: [1, 2, 3, 4, 5, 6].flatMap((st) =>
    ['vip', 'enterprise', 'follow-up'].map((t) => `/leads?status=${st}&tag=${t}&stale=1`),
  ),
  search: ['smi', 'pat', 'ava', 'north', 'kow', 'smi acm', 'jo', 'okafor dental'].map(
    (q) => `/leads?q=${encodeURIComponent(q)}`,
  ),
  detail: (process.env.IDS ?? '')
    .split(',')
    .filter(Boolean)
    .map((id) => `/leads/${id}`),
  // any signed-in pages: PATHS=/account,/notifications
  paths: (process.env.PATHS ?? '').split(',').filter(Boolean),
};
const list = SCENARIOS[scenario];
if (!list?.length || !(Number(rounds) > 0) || !(Number(seconds) > 0) || !given.length)
  throw new Error('usage: interleave.ts list|filter|search|detail|paths ROUNDS SECONDS [ceiling=]URL,PID …');

const cpuMs = (pid: number) => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

/** The session cookie of a sign-in: the ceiling's /signin, or the portal's login form as the staff user. */
async function cookieOf(base: string, ceiling: boolean): Promise<string> {
  const pair = (r: Response) => r.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (ceiling) return pair(await fetch(`${base}/signin`, { redirect: 'manual' })).join('; ');
  const page = await fetch(`${base}/login`);
  const first = pair(page).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: first },
    body: new URLSearchParams({
      email: process.env.STAFF ?? 'demo.staff1@valley.local',
      password: process.env.CRM_PASSWORD ?? '',
      _csrf: csrf,
    }).toString(),
  });
  if (res.status !== 302) throw new Error(`sign-in on ${base} answered ${res.status}`);
  return pair(res).join('; ');
}

async function main() {
  const servers = await Promise.all(
    given.map(async (g) => {
      const ceiling = g.startsWith('ceiling=');
      const [url, pid] = g.replace(/^ceiling=/, '').split(',');
      const paths = ceiling ? ['/page'] : list;
      return { url, pid: Number(pid), ceiling, paths, cookie: await cookieOf(url, ceiling), cpu: [0], rps: [0] };
    }),
  );
  for (const s of servers) [s.cpu, s.rps] = [[], []];
  // round 0 warms each process up (JIT, pools, prepared statements) and is not counted
  for (let r = -1; r < Number(rounds); r++)
    for (const s of servers) {
      let i = 0;
      const before = cpuMs(s.pid);
      const res = await autocannon({
        url: s.url,
        connections: 32,
        duration: r < 0 ? 2 : Number(seconds),
        headers: { cookie: s.cookie },
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: s.paths[i++ % s.paths.length] }) }],
      });
      if (res.non2xx || res.errors) throw new Error(`${s.url}: ${res.non2xx} non-2xx, ${res.errors} errors`);
      if (r < 0) continue;
      s.cpu.push((cpuMs(s.pid) - before) / res.requests.total);
      s.rps.push(res.requests.average);
    }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const top = servers.find((s) => s.ceiling);
  for (const s of servers) {
    const low = [...s.cpu].sort((x, y) => x - y).slice(0, Math.ceil(s.cpu.length / 2));
    const ratio = top ? ` = ${((100 * median(s.rps)) / median(top.rps)).toFixed(1)}% of the ceiling` : '';
    process.stdout.write(
      `${scenario} ${s.url}: ${median(s.rps).toFixed(0)} req/s${ratio}, ${median(s.cpu).toFixed(2)} CPU ms/req ` +
        `(lower half ${(low.reduce((a, b) => a + b, 0) / low.length).toFixed(2)}; rounds ${s.cpu.map((x) => x.toFixed(2)).join(' ')})\n`,
    );
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
