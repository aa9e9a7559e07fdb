// Builds a fresh Express app from the given services on every call (no module-level state).
import path from 'node:path';
import ejs from 'ejs';
import express from 'express';
import type { Services } from './services';
import { requestContext } from './middleware/requestContext';
import { health } from './middleware/health';
import { security } from './middleware/security';
import { webSession } from './middleware/session';
import { requestParsing } from './middleware/parsing';
import { csrf } from './middleware/csrf';
import { authorize, loadUser, roles } from './middleware/auth';
import { locals } from './middleware/locals';
import { errorHandler, notFound } from './middleware/errors';
import { mount } from './routes/registry';
import { routeTable } from './routes';
import { queuesBoard } from './routes/admin/queues';
import { paths } from './paths';

const root = path.join(__dirname, '..');

export function createApp(services: Services): express.Application {
  const app = express();
  app.set('trust proxy', services.config.TRUST_PROXY);
  const views = path.join(root, 'views');
  app.set('views', views);
  app.set('view engine', 'ejs');
  // Includes are written from the views folder ('/partials/header'), so ejs resolves them without a file-system
  // check per include per render (express's default engine call made one stat call each: 5% of a list page's CPU).
  app.engine('ejs', (file, data, cb) => ejs.renderFile(file, data as ejs.Data, { root: views, cache: app.enabled('view cache') }, cb));
  app.disable('x-powered-by');

  app.use(requestContext(services));
  app.use(health(services));
  app.use(security(services.config.production));
  app.use('/public', express.static(path.join(root, 'public'), { maxAge: '1h' }));
  // chart.js's package "exports" hide dist/chart.umd.min.js from require.resolve: find it beside the main entry.
  const chartUmd = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  app.use('/public/vendor/chart.umd.min.js', (_req, res) => res.sendFile(chartUmd, { maxAge: '1h' }));
  app.use(webSession(services));
  app.use(requestParsing(services.config.BODY_LIMIT));
  app.use(csrf());
  app.use(loadUser);
  app.use(locals);
  app.use(paths.admin.queues, authorize(roles('admin')), queuesBoard(services));
  app.use(mount(routeTable));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
