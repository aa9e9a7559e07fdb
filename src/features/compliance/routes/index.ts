// The compliance feature's part of the route table: compliance officers only (staff never reach /compliance/…).
import { roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, type RouteSpec } from '../../../http/routes';
import type { UserAdminService } from '../../accounts';
import type { CampaignReview } from '../../campaigns';
import type { CaseExport } from '../case';
import type { ComplianceQueue } from '../queue';
import type { ComplianceReview } from '../review';
import { flagPages } from './flags';

const OFFICERS = roles('compliance');

export function complianceRoutes(d: {
  queue: ComplianceQueue;
  review: ComplianceReview;
  caseExport: CaseExport;
  campaigns: Pick<CampaignReview, 'find' | 'asSent'>;
  users: Pick<UserAdminService, 'find'>;
}): RouteSpec[] {
  const p = flagPages(d);
  const c = paths.compliance;
  return [
    route('get', c.flags, OFFICERS, p.list),
    route('get', c.flag, OFFICERS, p.show),
    route('post', c.flagDecide, OFFICERS, p.decide),
    route('get', c.flagCase, OFFICERS, p.caseHtml),
    route('get', c.flagCaseJson, OFFICERS, p.caseJson),
    route('post', c.userSuspend, OFFICERS, p.suspend),
    route('post', c.userReinstate, OFFICERS, p.reinstate),
    route('post', c.userTerminate, OFFICERS, p.terminate),
    route('post', c.terminationConfirm, OFFICERS, p.confirm),
  ];
}
