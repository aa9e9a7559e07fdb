import type { Request, Response } from 'express';
import { actorOf, field } from '../../../http/form';
import type { AccountsDeps } from './deps';

export function forgotPasswordPage(d: AccountsDeps) {
  const { accounts } = d;
  const view = 'auth/forgot';
  const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  function get(_req: Request, res: Response) {
    res.render(view, { title: 'Forgotten password' });
  }

  /** The answer is the same whether or not an account has this address. */
  async function post(req: Request, res: Response) {
    const email = field(req, 'email');
    if (!EMAIL_RE.test(email))
      return res.status(400).render(view, {
        title: 'Forgotten password',
        values: { email },
        errors: { email: 'Enter an e-mail address like name@example.com.' },
      });
    await accounts.requestReset(email, actorOf(req));
    res.render(view, { title: 'Forgotten password', sent: true });
  }

  return { get, post };
}
