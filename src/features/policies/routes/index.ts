// The policies feature's part of the route table: the Terms of Use and the Privacy Policy (in force, by version,
// compared) readable by anyone; accepting or declining for the signed-in user; drafting and publishing for
// admins; the proof of acceptance for compliance officers and admins.
import type { Request, Response } from 'express';
import { PUBLIC, roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { largeForm, route, type RouteSpec } from '../../../http/routes';
import type { Broadcasts } from '../../notifications';
import type { AcceptanceService } from '../acceptance';
import type { PolicyEditor } from '../editor';
import type { PoliciesService } from '../service';
import { policyAdminPages } from './admin';
import { acceptancePages } from './compliance';
import { decisionActions } from './gate';
import { policyPages } from './pages';

const BEFORE_ENROLMENT = { kind: 'signedIn', beforeEnrolment: true } as const;

export interface PolicyRouteDeps {
  policies: PoliciesService;
  editor: PolicyEditor;
  acceptance: AcceptanceService;
  broadcasts: Broadcasts;
  signOut: (req: Request, res: Response) => Promise<void>;
  clock: () => Date;
}

export function policyRoutes(d: PolicyRouteDeps): RouteSpec[] {
  const p = policyPages(d.policies);
  const decide = decisionActions(d);
  const admin = policyAdminPages(d.editor, d.policies, d.broadcasts, d.clock);
  const proof = acceptancePages(d.acceptance, d.policies);
  const a = roles('admin');
  // the text of a policy may be long: refused beside its field (with what was typed), not by the "too large" page
  const form = (spec: RouteSpec) => largeForm(spec, '2mb');
  return [
    route('get', paths.terms, PUBLIC, p.terms),
    route('get', paths.privacy, PUBLIC, p.privacy),
    route('get', paths.termsVersion, PUBLIC, p.termsVersion),
    route('get', paths.privacyVersion, PUBLIC, p.privacyVersion),
    route('get', paths.termsCompare, PUBLIC, p.termsCompare),
    route('get', paths.privacyCompare, PUBLIC, p.privacyCompare),
    // before two-factor set-up too: an admin or officer asked to accept must be able to, or set-up is blocked
    route('post', paths.policyAccept, BEFORE_ENROLMENT, decide.accept),
    route('post', paths.policyDecline, BEFORE_ENROLMENT, decide.decline),
    route('get', paths.admin.terms, a, admin.list),
    form(route('post', paths.admin.terms, a, admin.create)),
    route('get', paths.admin.termsVersion, a, admin.show),
    form(route('post', paths.admin.termsVersion, a, admin.update)),
    route('post', paths.admin.termsPublish, a, admin.publish),
    route('post', paths.admin.termsWithdraw, a, admin.withdraw),
    route('get', paths.compliance.acceptance, roles('compliance', 'admin'), proof.page),
    route('get', paths.compliance.acceptanceCsv, roles('compliance', 'admin'), proof.csv),
  ];
}
