// What the load benchmarks share (bench/leads.ts, bench/load.ts): the web process and the ceiling started as
// `node --import tsx` (so /proc/PID/stat is the server's own), a cookie jar over fetch that signs in through the
// real forms, the server's CPU and RSS from /proc, and a user with two-factor sign-in enrolled when needed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Config } from '../../src/platform/config';
import type { Services } from '../../src/services';
import type { Role } from '../../src/features/accounts';
import { newTotpSecret } from '../../src/features/accounts/totp';

const ROOT = path.join(__dirname, '..', '..');

/** Starts `tsx src/server.ts` as production would run it (view cache on), plain HTTP on loopback. */
export async function startServer(config: Config, port: number, flags: string[] = []): Promise<ChildProcess> {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    BASE_URL: `http://127.0.0.1:${port}`,
    COOKIE_SECURE: 'false',
    SESSION_SECRET: config.sessionSecret,
    DATA_KEYS: config.dataKeys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
    BLIND_INDEX_KEY: config.blindIndexKey.toString('utf8'),
    UNSUBSCRIBE_KEY: config.unsubscribeKey.toString('utf8'),
    MAIL_WEBHOOK_SECRET: config.mailWebhookSecret,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  await assertFree(port);
  return started(spawnNode('src/server.ts', env, flags), port);
}

/** Refuses a port something already answers on: its /readyz would otherwise pass for the new process's. */
async function assertFree(port: number): Promise<void> {
  const answered = await fetch(`http://127.0.0.1:${port}/readyz`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`port ${port} is in use by another process: choose another with --port`);
}

/** The web process's Node options as the Procfile sets them (its heap limits), for the portal and the ceiling. */
const WEB_NODE_OPTIONS =
  /^web: NODE_OPTIONS="([^"]*)"/m.exec(fs.readFileSync(path.join(ROOT, 'Procfile'), 'utf8'))?.[1] ?? '';

/** `node --import tsx <script>`: the child is the server itself, so /proc/PID/stat counts its CPU. */
const spawnNode = (script: string, env: NodeJS.ProcessEnv, flags: string[] = []) =>
  spawn(process.execPath, [...WEB_NODE_OPTIONS.split(' ').filter(Boolean), ...flags, '--import', 'tsx', script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

/** The ceiling's server on `port`, on the bench's Redis. */
export async function startCeiling(port: number): Promise<ChildProcess> {
  await assertFree(port);
  return started(
    spawnNode('bench/ceiling-server.ts', { ...process.env, PORT: String(port), NODE_ENV: 'production' }),
    port,
  );
}

async function started(child: ChildProcess, port: number): Promise<ChildProcess> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web process exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`the process on port ${port} did not become ready in 60 s`);
}

/** A tiny cookie jar over fetch with manual redirects. */
/** The ceiling's server on `port`, its session signed in: what both benches measure it with. */
export async function signedInCeiling(port: number): Promise<{ server: ChildProcess; base: string; cookie: string }> {
  const server = await startCeiling(port);
  const base = `http://127.0.0.1:${port}`;
  const b = new Browser(base);
  if ((await b.request('/signin')).status !== 302 || (await b.request('/page')).status !== 200) {
    server.kill('SIGTERM');
    throw new Error('the ceiling did not sign in');
  }
  return { server, base, cookie: b.cookie };
}

export class Browser {
  private jar = new Map<string, string>();
  constructor(private readonly base: string) {}
  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async request(p: string, init: RequestInit = {}): Promise<{ status: number; location: string | null; text: string }> {
    const res = await fetch(this.base + p, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookie, 'user-agent': 'valley-bench' },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  }
  /** Opens the form's page `p`, then posts `form` with the page's CSRF token to `action` (the page itself). */
  async submit(p: string, form: Record<string, string>, action = p) {
    const page = await this.request(p);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
    if (!csrf) throw new Error(`no CSRF token on ${p} (status ${page.status})`);
    return this.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form, _csrf: csrf }).toString(),
    });
  }
}

export interface SignInAs {
  email: string;
  totpSecret?: string;
}

/** Signs in through /login (and /login/2fa), like a person would; returns the signed-in browser. */
export async function signIn(base: string, who: SignInAs, password: string): Promise<Browser> {
  const b = new Browser(base);
  let res = await b.submit('/login', { email: who.email, password });
  if (res.status !== 302) throw new Error(`sign-in as ${who.email} failed with ${res.status}`);
  if (res.location === '/login/2fa') {
    // A code is accepted once: when this step's code was just used (enrolment, a run seconds ago), wait for the next.
    for (let attempt = 1; ; attempt++) {
      res = await b.submit('/login/2fa', { code: generateSync({ secret: who.totpSecret! }) });
      if (res.status === 302) break;
      if (attempt === 3) throw new Error(`second factor for ${who.email} failed with ${res.status}`);
      await new Promise((r) => setTimeout(r, 30_500 - (Date.now() % 30_000)));
    }
  }
  const check = await b.request('/leads');
  if (check.status !== 200) throw new Error(`GET /leads as ${who.email} answered ${check.status} after sign-in`);
  return b;
}

/**
 * The user with this e-mail, created (with `password`) when missing; with `twoFactor`, enrolled in two-factor
 * sign-in (admins and compliance officers must use it) by a code of the previous time step, so that signing in
 * at once with the current code is not refused as a replay. Returns the user's id and TOTP secret.
 */
export async function ensureUser(
  s: Services,
  who: { email: string; name: string; role: Role },
  password: string,
  twoFactor: boolean,
): Promise<{ id: number; totpSecret?: string }> {
  let user = await s.users.findByEmail(who.email);
  if (!user) user = await s.users.create(who, password, { userId: null, ip: 'bench' });
  if (!twoFactor) return { id: user.id };
  if (!user.totpEnabledAt || !user.totpSecretEnc) {
    const secret = newTotpSecret();
    const code = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });
    await s.accounts.enableTwoFactor(user, secret, code, { userId: user.id, ip: 'bench' });
    user = await s.users.get(user.id);
  }
  return { id: user.id, totpSecret: s.platform.cipher.decrypt(user.totpSecretEnc!) };
}

/** A process's CPU time so far (user + system), in ms, from /proc/PID/stat (clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
export const rssMbOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
