import type { Request, Response } from 'express';
import { ValidationError } from '../../errors';
import { flash } from '../../middleware/locals';
import { paths } from '../../paths';
import { mustUseTwoFactor } from '../../services/accounts';
import { newTotpSecret, totpQr } from '../../services/totp';
import { actorOf, field, secretField } from '../actor';
import { renewSession } from '../auth/signIn';

async function renderSetup(req: Request, res: Response, errors: Record<string, string> = {}) {
  const user = req.user!;
  if (user.totpEnabledAt) {
    return res.render('account/two-factor', { title: 'Two-factor sign-in', enrolled: true, required: mustUseTwoFactor(user), errors, codesLeft: await req.services.accounts.recoveryCodesLeft(user) });
  }
  const secret = (req.session.totpSetup ??= newTotpSecret());
  const { qrDataUrl } = await totpQr(secret, user.email);
  res.status(Object.keys(errors).length ? 400 : 200).render('account/two-factor', { title: 'Set up two-factor sign-in', enrolled: false, required: mustUseTwoFactor(user), secret, qrDataUrl, errors });
}

export async function get(req: Request, res: Response) {
  await renderSetup(req, res);
}

export async function post(req: Request, res: Response) {
  const user = req.user!;
  const secret = req.session.totpSetup;
  if (user.totpEnabledAt || !secret) return res.redirect(paths.account.twoFactorSetup);
  try {
    req.session.recoveryCodes = await req.services.accounts.enableTwoFactor(user, secret, field(req, 'code'), actorOf(req));
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return renderSetup(req, res, err.errors);
  }
  delete req.session.totpSetup;
  await renewSession(req, user, req.session.startedAt); // privilege change: new session id
  res.redirect(paths.account.twoFactorCodes);
}

/** The recovery codes, shown once right after enrolment. */
export function codes(req: Request, res: Response) {
  const list = req.session.recoveryCodes;
  if (!list) return res.redirect(paths.account.twoFactorSetup);
  delete req.session.recoveryCodes;
  res.render('account/recovery-codes', { title: 'Your recovery codes', codes: list });
}

export async function disable(req: Request, res: Response) {
  try {
    await req.services.accounts.disableTwoFactor(req.user!, secretField(req, 'password'), actorOf(req));
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return res.status(400).render('account/two-factor', {
      title: 'Two-factor sign-in', enrolled: true, required: mustUseTwoFactor(req.user!), errors: err.errors, codesLeft: await req.services.accounts.recoveryCodesLeft(req.user!),
    });
  }
  flash(req, 'success', 'Two-factor sign-in is off.');
  res.redirect(paths.account.security);
}
