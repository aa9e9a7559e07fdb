// The notifications feature: in-app notifications with the unread count, e-mail preferences, broadcasts (one
// message to many users, in batches) and service announcements. Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import { AnnouncementService, type VersionLink } from './announcements';
import { Broadcasts, DEFAULT_BATCH } from './broadcasts';
import { AnnouncementsStore } from './data/announcementsStore';
import { BroadcastsStore } from './data/broadcastsStore';
import { NotificationsStore } from './data/notificationsStore';
import { unreadBadge } from './routes/badge';
import { NotificationCenter } from './service';

export type { NewBroadcast, NewNotification, NotificationKind } from './model';
export type { NotificationCenter, Recipient } from './service';
export type { AnnouncementService } from './announcements';
export type { VersionLink } from './announcements';
export { BROADCAST_MAIL_PREFIX, Broadcasts } from './broadcasts';
export { notificationRoutes } from './routes';
export { notificationJobs } from './jobs';

export const notificationStores = (db: Knex) => ({
  notifications: new NotificationsStore(db),
  broadcasts: new BroadcastsStore(db),
  announcements: new AnnouncementsStore(db),
});
export type NotificationStores = ReturnType<typeof notificationStores>;

export function createNotifications(p: Platform, stores: NotificationStores) {
  const { db, mail, jobs, clock, audit, log, config } = p;
  const broadcasts = new Broadcasts({
    db,
    store: stores.broadcasts,
    notifications: stores.notifications,
    mail,
    jobs,
    clock,
    log,
    batchSize: config.NOTICE_BATCH ?? DEFAULT_BATCH,
  });
  const center = new NotificationCenter({ db, store: stores.notifications, mail, audit, clock });
  return {
    broadcasts,
    notificationCenter: center,
    unreadBadge: unreadBadge(center),
    /** Writes in-app notifications in the caller's transaction (a feature's own fan-out). */
    writeNotifications: stores.notifications.insertMany.bind(stores.notifications),
  };
}

/** Announcements may point to a terms version: `versions` lists those they may point to. */
export function createAnnouncements(
  p: Platform,
  stores: NotificationStores,
  broadcasts: Broadcasts,
  versions: () => Promise<VersionLink[]>,
) {
  const { db, audit, clock, config } = p;
  return new AnnouncementService({
    db,
    store: stores.announcements,
    broadcasts,
    audit,
    clock,
    baseUrl: config.BASE_URL,
    versions,
  });
}
