// The unread count in every page's header (signed-in GET pages only: one indexed count).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { NotificationCenter } from '../service';

export const unreadBadge =
  (center: NotificationCenter): RequestHandler =>
  async (req: Request, res: Response, next: NextFunction) => {
    if (req.user && req.method === 'GET') res.locals.unreadNotifications = await center.unread(req.user.id);
    next();
  };
