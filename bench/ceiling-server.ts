// The ceiling (issue 15): the least a signed-in, server-rendered page of 50 rows costs with the portal's own
// stack — Express 5, helmet, express-session on Redis (connect-redis 7, ioredis) and EJS — and nothing else: no
// database, no CSRF, no logging. `npm run bench` starts it beside the portal and reports every portal scenario's
// requests/s as a ratio to this page's, measured in the same run.
//
//   PORT=3902 REDIS_URL=redis://127.0.0.1:6379/9 node --import tsx bench/ceiling-server.ts
import path from 'node:path';
import RedisStore from 'connect-redis';
import express from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { Redis } from 'ioredis';

const port = Number(process.env.PORT ?? 3902);
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/9');
const STATUSES = ['New', 'Contacted', 'Qualified', 'Proposal', 'Won', 'Lost'];
/** The rows a lead list page shows: the same columns, different values on each request. */
const rows = (n: number) =>
  Array.from({ length: 50 }, (_, i) => ({
    id: n * 50 + i,
    name: `Ada Lovelace ${n}-${i}`,
    company: `Analytical Engines ${i} Ltd`,
    email: `ada.${n}.${i}@example.test`,
    status: STATUSES[i % STATUSES.length],
    owner: 'Demo Staff 1',
    updated: new Date(Date.UTC(2026, 10, 1 + (i % 28))).toISOString().slice(0, 10),
    tags: ['vip', 'follow-up'].slice(0, 1 + (i % 2)),
  }));

const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));
app.set('view cache', true);
app.use(helmet());
app.use(
  session({
    name: 'ceiling.sid',
    store: new RedisStore({ client: redis, prefix: 'ceiling:sess:' }),
    secret: 'the ceiling bench, loopback only',
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: false, maxAge: 30 * 60_000 },
  }),
);
app.get('/readyz', (_req, res) => void res.send('ok'));
app.get('/signin', (req, res, next) =>
  req.session.regenerate((err) => {
    if (err) return next(err);
    (req.session as unknown as { userId: number }).userId = 1;
    res.redirect(302, '/page');
  }),
);
let n = 0;
app.get('/page', (req, res) => {
  if (!(req.session as unknown as { userId?: number }).userId) return void res.redirect(302, '/signin');
  res.render('ceiling', { title: 'Leads', user: 'Demo Staff 1', leads: rows(n++ % 1000) });
});
app.listen(port, '127.0.0.1');
