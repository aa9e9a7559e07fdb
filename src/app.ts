// Builds a fresh Express app from the given services on every call (no module-level state).
import path from 'node:path';
import express from 'express';
import type { Services } from './services';
import { requestContext } from './http/middleware/requestContext';
import { health } from './http/middleware/health';
import { noStore, security } from './http/middleware/security';
import { webSession } from './http/middleware/session';
import { largeFormParsing, parseQuery, requestParsing, uploadParsing } from './http/middleware/parsing';
import { csrf } from './http/middleware/csrf';
import { authorize, roles } from './http/middleware/auth';
import { locals } from './http/middleware/locals';
import { errorHandler, notFound } from './http/middleware/errors';
import { securityEvents } from './http/middleware/securityEvents';
import { paths } from './http/paths';
import { viewEngine } from './http/views';
import { mount } from './http/routes';
import { loadUser, SESSION_IDLE_SECONDS } from './features/accounts';
import { queuesBoard } from './features/admin';
import { routeTable } from './routes';

const root = path.join(__dirname, '..');

export function createApp(services: Services): express.Application {
  const { config, platform } = services;
  const app = express();
  app.set('trust proxy', config.TRUST_PROXY);
  const views = path.join(root, 'views');
  app.set('views', views);
  app.set('view engine', 'ejs');
  // Includes are written from the views folder ('/partials/header') and resolved once; views read their locals
  // as variables, without `with` (src/http/views.ts).
  app.engine(
    'ejs',
    viewEngine(views, () => app.enabled('view cache')),
  );
  app.disable('x-powered-by');
  // Pages are sent with no-store (noStore below): nothing keeps them to revalidate, so no ETag (a hash of each page).
  // Static files keep theirs (express.static).
  app.set('etag', false);
  app.set('query parser', parseQuery);

  app.use(requestContext(platform.log));
  app.use(health(() => platform.health()));
  app.use(security(config.production));
  app.use('/public', express.static(path.join(root, 'public'), { maxAge: '1h' }));
  // chart.js's package "exports" hide dist/chart.umd.min.js from require.resolve: find it beside the main entry.
  const chartUmd = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  app.use('/public/vendor/chart.umd.min.js', (_req, res) => res.sendFile(chartUmd, { maxAge: '1h' }));
  app.use(noStore);
  const table = routeTable(services);
  app.use(mount(table.filter((r) => r.sessionless)));
  app.use(
    webSession({
      store: services.sessions.store,
      secret: config.sessionSecret,
      secure: config.cookieSecure,
      idleSeconds: SESSION_IDLE_SECONDS,
    }),
  );
  for (const spec of table.filter((r) => r.bodyLimit)) app.use(spec.path, largeFormParsing(spec.bodyLimit!));
  for (const { path: at, upload } of table.filter((r) => r.upload))
    app.use(at, uploadParsing(upload!.field, upload!.maxBytes, upload!.anonymous, upload!.dir));
  app.use(requestParsing(config.BODY_LIMIT));
  app.use(csrf());
  app.use(loadUser(services));
  app.use(locals);
  // a maintenance window in progress answers what it stops with its page; every page shows the banner
  app.use(services.maintenanceGate);
  app.use(services.statusBanner);
  app.use(services.backupBanner);
  // from a new version's effective date: the interstitial until the user accepts it
  app.use(services.unreadBadge);
  app.use(services.policyGate);
  app.use(paths.admin.queues, authorize(roles('admin')), queuesBoard(platform.jobs.all));
  app.use(mount(table.filter((r) => !r.sessionless)));
  app.use(notFound);
  app.use(securityEvents(platform.audit));
  app.use(errorHandler);
  return app;
}
