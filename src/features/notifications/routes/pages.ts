// The notification center (/notifications, mark one or all read), the e-mail preferences
// (/account/notifications) and the "What's changed" page (/changes).
import type { Request, Response } from 'express';
import { actorOf, field, ownPath, pathId } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { renderMarkdown } from '../../../platform/markdown';
import type { AnnouncementService } from '../announcements';
import { KIND_LABEL, OPTIONAL_KINDS, SERVICE_KINDS, type OptionalKind } from '../model';
import type { NotificationCenter } from '../service';

/** ?page=N, 1 unless it is a whole number from 1 up. */
export const pageOf = (req: Request): number => {
  const n = Number(req.query.page);
  return Number.isSafeInteger(n) && n > 0 ? n : 1;
};

export function notificationPages(center: NotificationCenter, announcements: AnnouncementService) {
  return {
    list: async (req: Request, res: Response) => {
      const page = await center.page(req.user!.id, pageOf(req));
      res.render('notifications/index', { title: 'Notifications', page, kindLabel: KIND_LABEL });
    },
    read: async (req: Request, res: Response) => {
      const target = await center.read(req.user!.id, pathId(req.params.id));
      res.redirect(303, ownPath(target, paths.notifications));
    },
    readAll: async (req: Request, res: Response) => {
      const n = await center.readAll(req.user!.id);
      flash(req, 'success', n ? `${n} marked read.` : 'Nothing was unread.');
      res.redirect(303, paths.notifications);
    },
    prefs: async (req: Request, res: Response) => {
      res.render('account/notifications', {
        title: 'Notification e-mails',
        prefs: await center.prefs(req.user!.id),
        optional: OPTIONAL_KINDS,
        service: SERVICE_KINDS,
        kindLabel: KIND_LABEL,
      });
    },
    savePrefs: async (req: Request, res: Response) => {
      const choices = Object.fromEntries(OPTIONAL_KINDS.map((k) => [k, field(req, k) === 'on'])) as Record<
        OptionalKind,
        boolean
      >;
      await center.savePrefs(req.user!.id, choices, actorOf(req));
      flash(req, 'success', 'Your e-mail choices are saved.');
      res.redirect(303, paths.account.notifications);
    },
    changes: async (req: Request, res: Response) => {
      const page = await announcements.page(req.user!.role, pageOf(req));
      const versions = new Map((await announcements.versions()).map((v) => [v.id, v]));
      res.render('notifications/changes', {
        title: "What's changed",
        page: {
          ...page,
          items: page.items.map((a) => ({
            ...a,
            html: renderMarkdown(a.body),
            version: a.policyVersionId ? versions.get(a.policyVersionId) : undefined,
          })),
        },
      });
    },
  };
}
