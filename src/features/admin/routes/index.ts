// The admin tools' part of the route table: the audit log viewer and the local mailbox. The job board
// (queuesBoard) is mounted by the app under /admin/queues with its own admin-only rule.
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import { auditPage } from './audit';
import type { AdminDeps } from './deps';
import { mailboxPages } from './mailbox';

export function adminRoutes(d: AdminDeps): RouteSpec[] {
  const audit = auditPage(d);
  const mailbox = mailboxPages(d);
  return [
    route('get', paths.admin.audit, roles('admin', 'compliance'), audit.get),
    route('get', paths.admin.mail, roles('admin'), mailbox.list),
    route('get', paths.admin.mailMessage, roles('admin'), mailbox.show),
  ];
}
