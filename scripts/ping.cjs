// Exit 0 when the given PostgreSQL, Redis or spamd URL answers within 3 s; used by scripts/lib.sh.
// `pg-major URL` also prints the PostgreSQL server's major version.
const [kind, url] = process.argv.slice(2);
const fail = () => process.exit(1);
setTimeout(fail, 3000).unref();
if (kind === 'pg' || kind === 'pg-major') {
  // pg-major: prints the server's major version (for the pg_dump that matches it)
  const { Client } = require('pg');
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2500 });
  c.connect()
    .then(() => c.query(`select current_setting('server_version_num')::int / 10000 as major`))
    .then((r) => kind === 'pg-major' && process.stdout.write(`${r.rows[0].major}\n`))
    .then(() => c.end())
    .then(() => process.exit(0), fail);
} else if (kind === 'spamd') {
  const { hostname, port } = new URL(url);
  const socket = require('node:net').connect({ host: hostname, port: Number(port || 783) });
  let reply = '';
  socket.on('error', fail);
  socket.on('connect', () => socket.end('PING SPAMC/1.5\r\n\r\n'));
  socket.on('data', (c) => (reply += c));
  socket.on('end', () => process.exit(/PONG/.test(reply) ? 0 : 1));
} else {
  const Redis = require('ioredis').default;
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => {});
  r.connect()
    .then(() => r.ping())
    .then(() => process.exit(0), fail);
}
