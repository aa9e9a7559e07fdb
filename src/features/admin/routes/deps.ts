// What the admin tools are given by the route factory: platform services and a read of the users.
import type { AuditService } from '../../../platform/audit/service';
import type { MailService } from '../../../platform/outbox/mail';
import type { UserAdminService } from '../../accounts';

export interface AdminDeps {
  mail: Pick<MailService, 'recent' | 'find' | 'transportName'>;
  audit: Pick<AuditService, 'find' | 'actions' | 'verify'>;
  users: Pick<UserAdminService, 'list'>;
}
