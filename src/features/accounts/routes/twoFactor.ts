import type { Request, Response } from 'express';
import { ValidationError } from '../../../platform/errors';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { mustUseTwoFactor } from '../model';
import { newTotpSecret, totpQr } from '../totp';
import { actorOf, field, secretField } from '../../../http/form';
import type { SignInFlow } from './signIn';
import type { AccountsDeps } from './deps';

export function twoFactorPages(d: AccountsDeps, flow: SignInFlow) {
  const { accounts } = d;
  async function renderSetup(req: Request, res: Response, errors: Record<string, string> = {}) {
    const user = req.user!;
    if (user.totpEnabledAt) {
      return res.render('account/two-factor', {
        title: 'Two-factor sign-in',
        enrolled: true,
        required: mustUseTwoFactor(user),
        errors,
        codesLeft: await accounts.recoveryCodesLeft(user),
      });
    }
    const secret = (req.session.totpSetup ??= newTotpSecret());
    const { qrDataUrl } = await totpQr(secret, user.email);
    res.status(Object.keys(errors).length ? 400 : 200).render('account/two-factor', {
      title: 'Set up two-factor sign-in',
      enrolled: false,
      required: mustUseTwoFactor(user),
      secret,
      qrDataUrl,
      errors,
    });
  }

  async function get(req: Request, res: Response) {
    await renderSetup(req, res);
  }

  async function post(req: Request, res: Response) {
    const user = req.user!;
    const secret = req.session.totpSetup;
    if (user.totpEnabledAt || !secret) return res.redirect(paths.account.twoFactorSetup);
    try {
      req.session.recoveryCodes = await accounts.enableTwoFactor(user, secret, field(req, 'code'), actorOf(req));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderSetup(req, res, err.errors);
    }
    delete req.session.totpSetup;
    await flow.renewSession(req, user, req.session.startedAt); // privilege change: new session id
    res.redirect(paths.account.twoFactorCodes);
  }

  /** The recovery codes, shown once right after enrolment. */
  function codes(req: Request, res: Response) {
    const list = req.session.recoveryCodes;
    if (!list) return res.redirect(paths.account.twoFactorSetup);
    delete req.session.recoveryCodes;
    res.render('account/recovery-codes', { title: 'Your recovery codes', codes: list });
  }

  async function disable(req: Request, res: Response) {
    try {
      await accounts.disableTwoFactor(req.user!, secretField(req, 'password'), actorOf(req));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return res.status(400).render('account/two-factor', {
        title: 'Two-factor sign-in',
        enrolled: true,
        required: mustUseTwoFactor(req.user!),
        errors: err.errors,
        codesLeft: await accounts.recoveryCodesLeft(req.user!),
      });
    }
    flash(req, 'success', 'Two-factor sign-in is off.');
    res.redirect(paths.account.security);
  }

  return { get, post, codes, disable };
}
