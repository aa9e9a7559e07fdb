// Only listens. Everything else is built by createApp(services()).
import type { AddressInfo } from 'node:net';
import { configOrExit } from './platform/config';
import { checkEvictionPolicy } from './platform/redis';
import { services } from './services';
import { createApp } from './app';

const config = configOrExit();
const s = services(config);
const { log, redis } = s.platform;
void checkEvictionPolicy(redis, log);
if (config.production && !config.SMTP_URL) log.warn('SMTP_URL is not set: e-mail goes to the local mailbox only');
const server = createApp(s).listen(config.PORT, () => {
  // The port it really listens on (PORT=0 picks a free one); BASE_URL is where users reach it, maybe through a proxy.
  const { port } = server.address() as AddressInfo;
  log.info(
    { port, baseUrl: config.BASE_URL },
    `Valley CRM listening on port ${port} (users reach it at ${config.BASE_URL})`,
  );
});

function shutdown() {
  server.close(() => void s.close().then(() => process.exit(0)));
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
