// /healthz: the process is up. /readyz: PostgreSQL and Redis answer (503 otherwise). For load balancers.
import { Router } from 'express';
import { paths } from '../paths';

export type HealthCheck = () => Promise<Record<string, 'ok' | 'down'>>;

export function health(check: HealthCheck): Router {
  const router = Router();
  router.get(paths.healthz, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get(paths.readyz, async (_req, res) => {
    const services = await check();
    const ok = Object.values(services).every((v) => v === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', ...services });
  });
  return router;
}
