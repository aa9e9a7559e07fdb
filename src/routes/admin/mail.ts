import type { Request, Response } from 'express';
import { NotFoundError } from '../../errors';

/** The local mailbox used when SMTP_URL is unset: what users would have received. */
export async function list(req: Request, res: Response) {
  const { mail } = req.services;
  res.render('admin/mail', { title: 'Local mailbox', messages: await mail.recent(), transport: mail.transportName });
}

export async function show(req: Request, res: Response) {
  const id = Number(req.params.id);
  const message = Number.isSafeInteger(id) ? await req.services.mail.find(id) : undefined;
  if (!message || message.transport !== 'local') throw new NotFoundError();
  res.render('admin/mail-message', { title: message.subject, message });
}
