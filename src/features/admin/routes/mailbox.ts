import type { Request, Response } from 'express';
import { NotFoundError } from '../../../platform/errors';
import type { AdminDeps } from './deps';

/** The local mailbox used when SMTP_URL is unset: what users would have received. */
export function mailboxPages({ mail }: AdminDeps) {
  async function list(_req: Request, res: Response) {
    res.render('admin/mail', { title: 'Local mailbox', messages: await mail.recent(), transport: mail.transportName });
  }

  async function show(req: Request, res: Response) {
    const id = Number(req.params.id);
    const message = Number.isSafeInteger(id) ? await mail.find(id) : undefined;
    if (!message || message.transport !== 'local') throw new NotFoundError();
    res.render('admin/mail-message', { title: message.subject, message });
  }

  return { list, show };
}
