// Same pages, same HTML? Signs in to two running web processes over the same database (e.g. before and after
// a query change) as a staff user and as the bench admin, fetches the lead list with filters, searches and name
// order, follows "Next page" a few pages deep, opens some leads, and reports every page whose HTML differs
// (CSP nonces and CSRF tokens aside). Loopback only.
//   CRM_PASSWORD='…' node_modules/.bin/tsx bench/compare.ts http://127.0.0.1:3902 http://127.0.0.1:3903
// Same defaults as bench/leads.ts (valley_bench, Redis index 9, VAR_DIR var/bench); run bench/leads.ts once first
// (it creates the bench admin).
import { generateSync } from 'otplib';
import { loadConfig } from '../src/platform/config';
import { services } from '../src/services';

process.env.DATABASE_URL ??= 'postgres://valley:valley@127.0.0.1:5432/valley_bench';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/9';
process.env.VAR_DIR ??= 'var/bench';

const password = process.env.CRM_PASSWORD ?? '';
const [baseA, baseB] = process.argv.slice(2);
for (const b of [baseA, baseB])
  if (!b || !['127.0.0.1', 'localhost'].includes(new URL(b).hostname))
    throw new Error('usage: compare.ts http://127.0.0.1:PORT_A http://127.0.0.1:PORT_B');

type Page = { status: number; location: string | null; text: string };
type Get = (p: string, init?: RequestInit) => Promise<Page>;

async function signIn(base: string, email: string, totpSecret?: string): Promise<Get> {
  const jar = new Map<string, string>();
  const get: Get = async (p, init = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const r = await fetch(base + p, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie },
    });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return { status: r.status, location: r.headers.get('location'), text: await r.text() };
  };
  const submit = async (p: string, form: Record<string, string>) => {
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await get(p)).text)?.[1] ?? '';
    return get(p, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form, _csrf: csrf }).toString(),
    });
  };
  let r = await submit('/login', { email, password });
  if (r.location === '/login/2fa') {
    // A code is accepted once: if this step's code was just used, wait for the next step.
    for (let attempt = 1; ; attempt++) {
      r = await submit('/login/2fa', { code: generateSync({ secret: totpSecret! }) });
      if (r.status === 302 || attempt === 3) break;
      await new Promise((x) => setTimeout(x, 30_500 - (Date.now() % 30_000)));
    }
  }
  if (r.status !== 302) throw new Error(`sign-in as ${email} failed with ${r.status}`);
  return get;
}

const norm = (t: string) =>
  t
    .replace(/nonce="[^"]*"/g, '')
    .replace(/nonce-[^']*/g, '')
    .replace(/name="_csrf" value="[^"]*"/g, '');

async function main() {
  const s = services({ ...loadConfig(), LOG_LEVEL: 'silent' });
  const admin = await s.users.findByEmail('bench.admin@valley.local');
  const someLeads = (await s.platform.db('leads').select('id').orderByRaw('random()').limit(4)).map(
    (r) => `/leads/${r.id}`,
  );
  const secret = admin?.totpSecretEnc ? s.platform.cipher.decrypt(admin.totpSecretEnc) : undefined;
  await s.close();
  if (!secret) throw new Error('no bench admin with two-factor sign-in: run bench/leads.ts once first');
  const urls = [
    '/leads',
    '/leads?q=smi',
    '/leads?q=north%20log',
    '/leads?status=1&tag=enterprise&stale=1',
    '/leads?sort=name',
    '/leads?sort=name&q=pat',
    '/leads?source=Referral&team=2',
    '/leads?owner=5&stale=1',
    '/leads?from=2026-01-01&to=2026-01-31&sort=name',
    '/leads?lookup=nobody%40example.com',
    ...someLeads,
  ];
  let total = 0;
  for (const [email, totp] of [['demo.staff7@valley.local'], ['bench.admin@valley.local', secret]] as [
    string,
    string?,
  ][]) {
    const [a, b] = [await signIn(baseA, email, totp), await signIn(baseB, email, totp)];
    let pages = 0;
    let diffs = 0;
    for (const u of urls) {
      let p: string | undefined = u;
      for (let i = 0; p && i < 4; i++) {
        const x: Page = await a(p);
        const y: Page = await b(p);
        pages++;
        if (x.status !== y.status || norm(x.text) !== norm(y.text)) {
          diffs++;
          process.stdout.write(`DIFFERENT ${email} ${p} (${x.status} / ${y.status})\n`);
        }
        const next: string | undefined = /<a href="\?([^"]*after=[^"]+)" rel="next">/.exec(x.text)?.[1];
        p = next ? `/leads?${next.replace(/&amp;/g, '&')}` : undefined;
      }
    }
    total += diffs;
    process.stdout.write(`${email}: ${pages} pages compared, ${diffs} different\n`);
  }
  process.exitCode = total ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
