// What people outside the portal reach: the unsubscribe page and its one-click POST (RFC 8058: no login, no
// cookie, no CSRF token; the signed token is the proof), and the mail-events webhook (an HMAC signature is its
// proof). GET never unsubscribes: link scanners only GET.
import express, { type Request, type Response } from 'express';
import { DomainError } from '../../../platform/errors';
import type { MailEvents } from '../events';

const tokenOf = (req: Request) => String(req.params.token).slice(0, 100);

export function publicActions(events: MailEvents) {
  async function page(req: Request, res: Response) {
    const token = tokenOf(req);
    if (token === 'test')
      return res.render('campaigns/unsubscribe', { title: 'Unsubscribe', state: 'test', token, senderName: '' });
    const target = await events.unsubscribeTarget(token);
    res.status(target ? 200 : 404).render('campaigns/unsubscribe', {
      title: 'Unsubscribe',
      state: !target ? 'invalid' : target.recipient.unsubscribedAt ? 'done' : 'ask',
      token,
      senderName: target?.senderName ?? '',
    });
  }

  async function oneClick(req: Request, res: Response) {
    const ok = await events.unsubscribe(tokenOf(req));
    const html = req.accepts(['text/plain', 'text/html']) === 'text/html';
    if (!html)
      return void res
        .status(ok ? 200 : 404)
        .type('text/plain')
        .send(ok ? 'unsubscribed\n' : 'unknown link\n');
    res.status(ok ? 200 : 404).render('campaigns/unsubscribe', {
      title: 'Unsubscribe',
      state: ok ? 'done' : 'invalid',
      token: tokenOf(req),
      senderName: '',
    });
  }

  /** Answers in JSON: 401 for a bad or stale signature, 400 for a body it cannot apply (nothing changed). */
  async function webhook(req: Request, res: Response) {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      events.verifySignature(req.get('x-valley-signature'), body);
      res.json(await events.webhook(body, req.get('content-type') ?? ''));
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      res.status(err.status).json({ error: err.message });
    }
  }

  return {
    page,
    oneClick: [express.urlencoded({ extended: false, limit: '10kb' }), oneClick],
    webhook: [express.raw({ type: () => true, limit: '10mb' }), webhook],
  };
}
