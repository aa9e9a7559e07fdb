// The admin tools: the audit log viewer, the local mailbox and the (read-only) job board.
export { adminRoutes } from './routes';
export type { AdminDeps } from './routes/deps';
export { queuesBoard } from './routes/queues';
