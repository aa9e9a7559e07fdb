// Exit 0 when the given PostgreSQL or Redis URL answers within 3 s; used by scripts/lib.sh.
const [kind, url] = process.argv.slice(2);
const fail = () => process.exit(1);
setTimeout(fail, 3000).unref();
if (kind === 'pg') {
  const { Client } = require('pg');
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2500 });
  c.connect()
    .then(() => c.query('select 1'))
    .then(() => c.end())
    .then(() => process.exit(0), fail);
} else {
  const Redis = require('ioredis').default;
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => {});
  r.connect()
    .then(() => r.ping())
    .then(() => process.exit(0), fail);
}
