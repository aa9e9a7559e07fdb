// Create the database named in the URL when it does not exist (connects to 'postgres' on the same server).
const { Client } = require('pg');
const url = new URL(process.argv[2]);
const name = decodeURIComponent(url.pathname.slice(1));
const recreate = process.argv.includes('--recreate');
if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error(`unsupported database name: ${name}`);
  process.exit(1);
}
url.pathname = '/postgres';
(async () => {
  const c = new Client({ connectionString: url.toString() });
  await c.connect();
  if (recreate) await c.query(`drop database if exists ${name} with (force)`);
  const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [name]);
  if (!rowCount) {
    await c.query(`create database ${name}`);
    console.error(`[valley] created database ${name}`);
  }
  await c.end();
})().catch((e) => {
  console.error(`[valley] ${e.message}`);
  process.exit(1);
});
