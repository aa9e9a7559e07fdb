// What a newcomer meets after `npm start`: the CLI reaches the same servers without exports (npm start records
// them in VAR_DIR/services.json), and the web process says the port it really listens on.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';

const root = path.join(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** The environment without the server URLs: what a new terminal has after `npm start` in another one. */
function bareEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, REDIS_URL: _r, ...rest } = process.env;
  return { ...rest, NODE_ENV: 'test', ...extra };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, args, { cwd: root, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('after npm start, as a newcomer', () => {
  let varDir: string;
  beforeEach(() => {
    varDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valley-newcomer-'));
  });
  afterEach(() => fs.rmSync(varDir, { recursive: true, force: true }));

  it('runs the CLI against the servers npm start recorded, with no DATABASE_URL or REDIS_URL exported', async function () {
    this.timeout(60_000);
    const without = await run(['src/cli/index.ts', 'audit:verify'], bareEnv({ VAR_DIR: varDir }));
    expect(without.code, 'nothing recorded: a clear stop').to.equal(1);
    expect(without.out).to.contain('DATABASE_URL is not set: run `npm start` once');
    fs.writeFileSync(
      path.join(varDir, 'services.json'),
      JSON.stringify({ DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL }),
    );
    const ran = await run(['src/cli/index.ts', 'audit:verify'], bareEnv({ VAR_DIR: varDir }));
    expect(ran.out).to.match(/audit chain intact: \d+ rows verified/);
    expect(ran.code).to.equal(0);
  });

  it('logs the port the web process listens on, not the default', async function () {
    this.timeout(60_000);
    const port = await freePort();
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      VAR_DIR: varDir,
      PORT: String(port),
      LOG_LEVEL: 'info',
      BASE_URL: 'http://localhost:3000',
    };
    const web: ChildProcess = spawn(tsx, ['src/server.ts'], { cwd: root, env });
    try {
      let out = '';
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line:\n${out}`)), 30_000);
        web.stdout!.on('data', (d) => {
          out += d;
          const found = out.split('\n').find((l) => l.includes('listening'));
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        });
      });
      expect(JSON.parse(line).msg).to.equal(
        `Valley CRM listening on port ${port} (users reach it at http://localhost:3000)`,
      );
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).to.equal(200);
    } finally {
      web.kill('SIGTERM');
    }
  });
});
