// Redis behind Sentinel (REDIS_SENTINELS): a real Sentinel on loopback watches the test Redis; the portal's client
// asks it for the primary, and BullMQ queues and workers run over that connection as over a plain URL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue, Worker } from 'bullmq';
import { expect } from 'chai';
import { createRedis } from '../../src/platform/redis';
import { config } from '../support/setup';
import { freePort } from '../support/worker';
import { waitFor } from '../support/helpers';

const NAME = 'valleyprimary';

describe('Redis behind Sentinel', function () {
  this.timeout(30_000);
  let sentinel: ChildProcess | undefined;
  let dir = '';
  let target = { REDIS_URL: '', REDIS_SENTINELS: '', REDIS_SENTINEL_NAME: NAME };

  before(async function () {
    const redis = new URL(config.REDIS_URL);
    if (spawnSync('redis-server', ['--version']).status !== 0 || !['127.0.0.1', 'localhost'].includes(redis.hostname))
      return this.skip(); // no redis-server here to run a Sentinel with, or a Redis elsewhere
    const port = await freePort();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valley-sentinel-'));
    const file = path.join(dir, 'sentinel.conf');
    // Sentinel rewrites its configuration file as it learns: it must be a file of its own, writable
    fs.writeFileSync(
      file,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${NAME} 127.0.0.1 ${redis.port || 6379} 1`,
        `sentinel down-after-milliseconds ${NAME} 5000`,
      ].join('\n') + '\n',
    );
    sentinel = spawn('redis-server', [file, '--sentinel'], { stdio: 'ignore' });
    // the URL's host is not used: the Sentinels say where the primary is; its path gives the database index
    target = {
      REDIS_URL: `redis://unused.invalid${redis.pathname}`,
      REDIS_SENTINELS: `127.0.0.1:${port}`,
      REDIS_SENTINEL_NAME: NAME,
    };
    const probe = createRedis(target, { lazyConnect: true, retryStrategy: () => 200 });
    probe.on('error', () => undefined); // refused until the Sentinel listens
    await waitFor(
      () =>
        probe.connect().then(
          () => true,
          () => undefined,
        ),
      { ms: 10_000, every: 200 },
    );
    probe.disconnect();
  });
  after(() => {
    sentinel?.kill('SIGKILL');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reaches the primary the Sentinels name, in the database the URL gives', async () => {
    const r = createRedis(target);
    try {
      expect(await r.ping()).to.equal('PONG');
      expect(await r.call('role')).to.have.property('0', 'master');
      const key = `sentinel-test-${process.pid}`;
      await r.set(key, 'through the sentinel', 'EX', 60);
      // the same key, in the same database, through a plain connection to the primary
      const plain = createRedis({ ...target, REDIS_URL: config.REDIS_URL, REDIS_SENTINELS: undefined });
      expect(await plain.get(key)).to.equal('through the sentinel');
      plain.disconnect();
    } finally {
      r.disconnect();
    }
  });

  it('carries BullMQ jobs from a queue to a worker over Sentinel connections', async () => {
    const queueConnection = createRedis(target);
    const workerConnection = createRedis(target, { maxRetriesPerRequest: null });
    const prefix = `sentinel-${process.pid}`;
    const queue = new Queue('sentinel-test', { connection: queueConnection, prefix });
    const done: string[] = [];
    const run = (job: { data: { n: number } }) => Promise.resolve(void done.push(String(job.data.n)));
    const worker = new Worker('sentinel-test', run, {
      connection: workerConnection,
      prefix,
    });
    try {
      await queue.add('n', { n: 42 });
      await waitFor(() => done.length > 0 || undefined, { ms: 10_000, what: 'the job run' });
      expect(done).to.deep.equal(['42']);
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      queueConnection.disconnect();
      workerConnection.disconnect();
    }
  });
});
