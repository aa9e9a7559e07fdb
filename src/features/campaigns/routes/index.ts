// The campaigns feature's part of the route table.
import { PUBLIC, roles } from '../../../http/middleware/auth';
import { locals } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { largeForm, route, sessionlessRoute, uploadForm, type RouteSpec } from '../../../http/routes';
import type { CampaignAttachments } from '../attachments';
import { ATTACHMENT_LIMITS } from '../model';
import { attachmentActions } from './attachments';
import type { LeadListService } from '../../leads';
import type { MailEvents } from '../events';
import type { CampaignSender } from '../sending';
import type { CampaignService } from '../service';
import type { CampaignSettingsService } from '../settings';
import { campaignPages } from './pages';
import { publicActions } from './public';
import { sendingActions } from './sending';
import { settingsPage } from './settings';

const READERS = roles('staff', 'admin', 'compliance');
const WRITERS = roles('staff', 'admin');
/** A draft's form takes a message well over its 50,000-character limit, to refuse it beside the field. */
const DRAFT_FORM_LIMIT = '2mb';

export function campaignRoutes(d: {
  campaigns: CampaignService;
  settings: CampaignSettingsService;
  sender: CampaignSender;
  events: MailEvents;
  leads: Pick<LeadListService, 'names'>;
  attachments: CampaignAttachments;
}): RouteSpec[] {
  const pages = campaignPages(d.campaigns, d.settings, d.leads, d.attachments);
  const files = attachmentActions(d.attachments, pages.renderShow);
  const sending = sendingActions(d.campaigns, d.sender, pages.renderShow);
  const outside = publicActions(d.events);
  const settingsForm = settingsPage(d.settings);
  return [
    route('get', paths.campaigns, READERS, pages.list),
    route('get', paths.campaignNew, WRITERS, pages.newForm),
    largeForm(route('post', paths.campaignNew, WRITERS, pages.create), DRAFT_FORM_LIMIT),
    route('get', paths.campaign, READERS, pages.show),
    route('get', paths.campaignEdit, WRITERS, pages.editForm),
    largeForm(route('post', paths.campaignEdit, WRITERS, pages.update), DRAFT_FORM_LIMIT),
    route('post', paths.campaignTest, WRITERS, sending.test),
    route('post', paths.campaignSend, WRITERS, sending.send),
    route('post', paths.campaignPause, WRITERS, sending.pause),
    route('post', paths.campaignResume, WRITERS, sending.resume),
    route('post', paths.campaignCancel, WRITERS, sending.cancel),
    route('get', paths.campaignProgress, READERS, sending.progress),
    // a little over the file limit, so that a file just too large is told beside the field, not cut off
    uploadForm(route('post', paths.campaignAttachments, WRITERS, files.add), 'file', ATTACHMENT_LIMITS.bytes + 1),
    route('post', paths.campaignAttachmentRemove, WRITERS, files.remove),
    route('get', paths.campaignSettings, roles('admin'), settingsForm.get),
    route('post', paths.campaignSettings, roles('admin'), settingsForm.post),
    route('get', paths.unsubscribe, PUBLIC, outside.page),
    sessionlessRoute('post', paths.unsubscribe, locals, ...outside.oneClick),
    sessionlessRoute('post', paths.mailEvents, ...outside.webhook),
  ];
}
