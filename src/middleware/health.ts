// /healthz: the process is up. /readyz: PostgreSQL and Redis answer (503 otherwise). For load balancers.
import { Router } from 'express';
import type { Services } from '../services';
import { paths } from '../paths';

const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timeout')), ms).unref())]);

export function health(services: Services): Router {
  const router = Router();
  router.get(paths.healthz, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get(paths.readyz, async (_req, res) => {
    const [db, redis] = await Promise.all([
      within(services.db.raw('select 1'), 2000).then(() => 'ok', () => 'down'),
      within(services.redis.ping(), 2000).then(() => 'ok', () => 'down'),
    ]);
    const ok = db === 'ok' && redis === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', postgres: db, redis });
  });
  return router;
}
