// The notifications feature's part of the route table: the notification center and the e-mail preferences for
// every signed-in user, the "What's changed" page, and the announcements admins post.
import { roles, SIGNED_IN } from '../../../http/middleware/auth';
import { paths } from '../../../http/paths';
import { largeForm, route, type RouteSpec } from '../../../http/routes';
import type { AnnouncementService } from '../announcements';
import type { Broadcasts } from '../broadcasts';
import type { NotificationCenter } from '../service';
import { announcementPages } from './announcements';
import { notificationPages } from './pages';

export interface NotificationRouteDeps {
  center: NotificationCenter;
  announcements: AnnouncementService;
  broadcasts: Broadcasts;
}

export function notificationRoutes(d: NotificationRouteDeps): RouteSpec[] {
  const p = notificationPages(d.center, d.announcements);
  const a = announcementPages(d.announcements, d.broadcasts);
  return [
    route('get', paths.notifications, SIGNED_IN, p.list),
    route('post', paths.notificationsReadAll, SIGNED_IN, p.readAll),
    route('post', paths.notificationRead, SIGNED_IN, p.read),
    route('get', paths.account.notifications, SIGNED_IN, p.prefs),
    route('post', paths.account.notifications, SIGNED_IN, p.savePrefs),
    route('get', paths.changes, SIGNED_IN, p.changes),
    route('get', paths.admin.announcements, roles('admin'), a.list),
    largeForm(route('post', paths.admin.announcements, roles('admin'), a.post), '2mb'),
  ];
}
