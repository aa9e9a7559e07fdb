// The organisation's campaign settings page (admins): read and validated here, saved by the settings service.
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { missingForSending, type CampaignSettings, type SettingsInput } from '../model';
import type { CampaignSettingsService } from '../settings';

/** Raw form values of the settings page. */
export type SettingsForm = Record<
  'postalAddress' | 'sendingDomain' | 'capMessages' | 'capDays' | 'ratePerMinute',
  string
>;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function whole(raw: string, min: number, max: number, field: string, errors: Record<string, string>): number {
  const n = /^\d{1,7}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    errors[field] = `Enter a whole number from ${min} to ${max.toLocaleString('en')}.`;
  return n;
}

/** The settings a form describes, or a ValidationError naming each problem beside its field. */
export function parseSettings(form: SettingsForm): SettingsInput {
  const errors: Record<string, string> = {};
  const postalAddress = form.postalAddress.trim().replace(/\r\n/g, '\n');
  if (postalAddress.length > 500) errors.postalAddress = 'Use at most 500 characters.';
  const sendingDomain = form.sendingDomain.trim().toLowerCase();
  if (sendingDomain && !DOMAIN.test(sendingDomain))
    errors.sendingDomain = 'Enter a domain name like mail.example.com (no @, no https://).';
  const input: SettingsInput = {
    postalAddress: postalAddress || null,
    sendingDomain: sendingDomain || null,
    capMessages: whole(form.capMessages, 1, 50, 'capMessages', errors),
    capDays: whole(form.capDays, 1, 90, 'capDays', errors),
    ratePerMinute: whole(form.ratePerMinute, 1, 100_000, 'ratePerMinute', errors),
  };
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return input;
}

const valuesOf = (s: CampaignSettings): Record<string, string> => ({
  postalAddress: s.postalAddress ?? '',
  sendingDomain: s.sendingDomain ?? '',
  capMessages: String(s.capMessages),
  capDays: String(s.capDays),
  ratePerMinute: String(s.ratePerMinute),
});

export function settingsPage(settings: CampaignSettingsService) {
  async function render(res: Response, values?: Record<string, string>, errors: Record<string, string> = {}) {
    const saved = await settings.get();
    res.status(Object.keys(errors).length ? 400 : 200).render('campaigns/settings', {
      title: 'Campaign settings',
      values: values ?? valuesOf(saved),
      errors,
      missing: missingForSending(saved),
    });
  }

  async function get(_req: Request, res: Response) {
    await render(res);
  }

  async function post(req: Request, res: Response) {
    const form = Object.fromEntries(
      (['postalAddress', 'sendingDomain', 'capMessages', 'capDays', 'ratePerMinute'] as const).map((k) => [
        k,
        field(req, k),
      ]),
    ) as SettingsForm;
    try {
      await settings.save(parseSettings(form), actorOf(req));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return render(res, enteredValues(req), err.errors);
    }
    flash(req, 'success', 'Campaign settings saved.');
    res.redirect(paths.campaignSettings);
  }

  return { get, post };
}
