// bull-board, read-only (its API would otherwise take state-changing requests without our CSRF token).
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Services } from '../../services';
import { paths } from '../../paths';

export function queuesBoard(services: Services) {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(paths.admin.queues);
  createBullBoard({
    queues: services.jobs.all.map((q) => new BullMQAdapter(q, { readOnlyMode: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Valley CRM jobs' } },
  });
  return serverAdapter.getRouter();
}
