// Only listens. Everything else is built by createApp(services()).
import { configOrExit } from './config';
import { services } from './services';
import { createApp } from './app';
import { checkEvictionPolicy } from './redis';

const config = configOrExit();
const s = services(config);
void checkEvictionPolicy(s.redis, s.log);
if (config.production && !config.SMTP_URL) s.log.warn('SMTP_URL is not set: e-mail goes to the local mailbox only');
const server = createApp(s).listen(config.PORT, () => s.log.info({ port: config.PORT }, `Valley CRM listening on ${config.BASE_URL}`));

function shutdown() {
  server.close(() => void s.close().then(() => process.exit(0)));
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
