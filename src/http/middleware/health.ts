// /healthz: the process is up. /readyz: PostgreSQL and Redis answer (503 otherwise), for load balancers; it also
// says whether the content scanner (spamd) answers: without it the portal serves, but campaigns are held.
import { Router } from 'express';
import { paths } from '../paths';

export type HealthCheck = () => Promise<Record<string, 'ok' | 'down'>>;
/** Without these the portal cannot serve; the others only hold back some work. */
const REQUIRED = ['postgres', 'redis'];

export function health(check: HealthCheck): Router {
  const router = Router();
  router.get(paths.healthz, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get(paths.readyz, async (_req, res) => {
    const services = await check();
    const ok = REQUIRED.every((k) => services[k] !== 'down');
    const all = Object.values(services).every((v) => v === 'ok');
    const notes =
      services.spamd === 'down' ? { contentScan: 'unavailable: campaigns are held until spamd answers' } : {};
    res.status(ok ? 200 : 503).json({ status: ok ? (all ? 'ok' : 'degraded') : 'unavailable', ...services, ...notes });
  });
  return router;
}
