// Values every page can use: paths, the signed-in user, flash messages.
import type { NextFunction, Request, Response } from 'express';
import { paths, url } from '../paths';

export type FlashKind = 'success' | 'info' | 'error';
export function flash(req: Request, kind: FlashKind, text: string): void {
  (req.session.flash ??= []).push({ kind, text });
}

export function locals(req: Request, res: Response, next: NextFunction): void {
  res.locals.paths = paths;
  res.locals.url = url;
  res.locals.user = req.user;
  res.locals.currentPath = req.path; // the header marks the current section with aria-current
  res.locals.errors = {};
  res.locals.values = {};
  res.locals.takeFlash = () => {
    const messages = req.session?.flash ?? [];
    if (req.session?.flash) delete req.session.flash;
    return messages;
  };
  next();
}
