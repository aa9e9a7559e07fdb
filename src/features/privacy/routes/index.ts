// The privacy feature's part of the route table: the contact form and its confirmation link for anyone (the form
// carries an optional file, parsed for a session holding the page's CSRF token), the queue for compliance
// officers and administrators.
import { PUBLIC, roles } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { route, uploadForm, type RouteSpec } from '../../../http/routes';
import type { PrivacyDesk } from '../desk';
import type { PrivacyIntake } from '../intake';
import { ATTACHMENT_MAX_BYTES } from '../model';
import { contactPages } from './contact';
import { requestPages } from './requests';

const OFFICERS = roles('compliance', 'admin');

export function privacyRoutes(d: { intake: PrivacyIntake; desk: PrivacyDesk }): RouteSpec[] {
  const c = contactPages(d.intake);
  const r = requestPages(d.desk);
  const p = paths.compliance;
  return [
    route('get', paths.contact, PUBLIC, c.page),
    uploadForm(route('post', paths.contact, PUBLIC, c.post), 'attachment', ATTACHMENT_MAX_BYTES + 1, true),
    route('get', paths.contactSent, PUBLIC, c.sent),
    route('get', paths.contactConfirm, PUBLIC, c.confirmPage),
    route('post', paths.contactConfirm, PUBLIC, c.confirm),
    route('get', p.requests, OFFICERS, r.list),
    route('get', p.requestsChart, OFFICERS, r.chart),
    route('get', p.request, OFFICERS, r.show),
    route('post', p.requestNote, OFFICERS, r.note),
    route('post', p.requestState, OFFICERS, r.state),
    route('post', p.requestReply, OFFICERS, r.reply),
    route('post', p.requestExtend, OFFICERS, r.extend),
    route('get', p.requestAttachment, OFFICERS, r.attachment),
  ];
}
