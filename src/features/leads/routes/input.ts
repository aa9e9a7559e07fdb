// Lead form input, read and validated by the controllers: lengths, dates, e-mail, phone to E.164, the lawful
// basis and its evidence. The services take the typed result (LeadInput, ConsentInput), never a raw form.
import { z } from 'zod';
import { isIsoDay } from '../../../http/form';
import { ValidationError } from '../../../platform/errors';
import {
  LAWFUL_BASES,
  CONSENT_CHANNELS,
  normalizeEmail,
  normalizePhone,
  parseTags,
  type ConsentChannel,
  type ConsentInput,
  type Evidence,
  type LawfulBasis,
  type LeadInput,
} from '../model';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const optional = (max: number) => text(max).transform((v) => (v === '' ? null : v));
const required = (max: number, message: string) => text(max).min(1, message);
const pastDate = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    // A day that does not exist (2026-02-30, 2026-13-45) is a format error, not silently another day.
    .refine((v) => isIsoDay(v), message)
    .transform((v) => new Date(`${v}T12:00:00Z`))
    .refine((d) => d.getTime() <= Date.now() + 86400_000, 'The date cannot be in the future.');

const evidence = (prefix: string, what: string) => ({
  [`${prefix}Method`]: required(
    200,
    `Say how ${what} was obtained (for example “web form”, “signed contract”, “phone call”).`,
  ),
  [`${prefix}Source`]: required(300, `Say where ${what} was obtained (a page address, event or document).`),
  [`${prefix}ObtainedAt`]: pastDate(`Enter the date ${what} was obtained, as YYYY-MM-DD.`),
  [`${prefix}Wording`]: required(2000, `Give the wording shown to the person, or a reference to it.`),
});

const base = z.object({
  firstName: required(100, 'Enter the first name.'),
  lastName: required(100, 'Enter the last name.'),
  company: optional(200),
  jobTitle: optional(200),
  email: optional(254),
  phone: optional(40),
  address: optional(500),
  notes: optional(5000),
  source: optional(100),
  statusId: z.coerce.number({ message: 'Choose a status.' }).int().positive('Choose a status.'),
  tags: text(500).transform(parseTags),
  ownerId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
  lawfulBasis: z.enum(Object.keys(LAWFUL_BASES) as [LawfulBasis, ...LawfulBasis[]], {
    message: 'Choose the lawful basis for keeping this person’s details: a lead cannot be saved without one.',
  }),
  ...evidence('basis', 'the lawful basis'),
  emailConsent: z.string().optional(),
});
const consentFields = z.object(evidence('consent', 'marketing e-mail consent'));

export type RawForm = Record<string, unknown>;
const str = (form: RawForm, k: string) => (typeof form[k] === 'string' ? form[k] : '');

/** Validates a lead form; throws ValidationError with a message per field. */
export function parseLeadForm(form: RawForm, phoneCountry: string): LeadInput {
  const fields = Object.fromEntries(Object.keys(base.shape).map((k) => [k, str(form, k)]));
  const parsed = base.safeParse(fields);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
  const wantsConsent = str(form, 'emailConsent') === 'granted';
  const consent = wantsConsent
    ? consentFields.safeParse(Object.fromEntries(Object.keys(consentFields.shape).map((k) => [k, str(form, k)])))
    : undefined;
  if (consent && !consent.success) for (const i of consent.error.issues) errors[String(i.path[0])] ??= i.message;

  // Checked even when other fields failed, so every problem is shown at once.
  let email: string | null = null;
  let phone: string | null = null;
  const rawEmail = fields.email.trim();
  const rawPhone = fields.phone.trim();
  if (rawEmail && !errors.email) {
    email = normalizeEmail(rawEmail);
    if (!z.email().safeParse(email).success) errors.email = 'Enter an e-mail address like name@example.com.';
  }
  if (rawPhone && !errors.phone) {
    phone = normalizePhone(rawPhone, phoneCountry) ?? null;
    if (!phone)
      errors.phone = `Enter a valid phone number; without a +country prefix it is read as a ${phoneCountry} number.`;
  }
  if (wantsConsent && !rawEmail) errors.email ??= 'Marketing e-mail consent needs an e-mail address.';
  if (Object.keys(errors).length || !parsed.success) throw new ValidationError(errors);
  const d = parsed.data as z.infer<typeof base> & Record<string, unknown>;
  const ev = (o: Record<string, unknown>, p: string): Evidence => ({
    method: o[`${p}Method`] as string,
    source: o[`${p}Source`] as string,
    obtainedAt: o[`${p}ObtainedAt`] as Date,
    wording: o[`${p}Wording`] as string,
  });
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    company: d.company,
    jobTitle: d.jobTitle,
    email,
    phone,
    address: d.address,
    notes: d.notes,
    source: d.source,
    statusId: d.statusId,
    tags: d.tags,
    ownerId: typeof d.ownerId === 'number' ? d.ownerId : null,
    lawfulBasis: d.lawfulBasis,
    basis: ev(d, 'basis'),
    emailConsent: consent?.success ? ev(consent.data, 'consent') : null,
  };
}

/** Validates a consent record form (grant or withdraw, per channel). */
export function parseConsentForm(form: RawForm): ConsentInput {
  const schema = z.object({
    channel: z.enum(CONSENT_CHANNELS, { message: 'Choose a channel.' }),
    status: z.enum(['granted', 'withdrawn'], { message: 'Choose whether consent was given or withdrawn.' }),
    reason: optional(1000),
    ...evidence('consent', 'this consent decision'),
  });
  const parsed = schema.safeParse(Object.fromEntries(Object.keys(schema.shape).map((k) => [k, str(form, k)])));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
    throw new ValidationError(errors);
  }
  const d = parsed.data as Record<string, unknown>;
  return {
    channel: d.channel as ConsentChannel,
    status: d.status as 'granted' | 'withdrawn',
    reason: d.reason as string | null,
    evidence: {
      method: d.consentMethod as string,
      source: d.consentSource as string,
      obtainedAt: d.consentObtainedAt as Date,
      wording: d.consentWording as string,
    },
  };
}
