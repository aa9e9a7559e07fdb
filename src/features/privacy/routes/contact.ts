// /contact: the public form for questions and privacy requests (the privacy policy's Contact Us), the page that
// says what happens next (the same whatever the address, a filled honeypot too), and the confirmation link's page:
// GET shows a button (a mail scanner fetching the link confirms nothing), POST confirms.
import type { Request, Response } from 'express';
import { enteredValues, field, secretField } from '../../../http/form';
import { paths } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { COMPANY } from '../emails';
import { TooManyRequests, type PrivacyIntake, type Submission } from '../intake';
import { ATTACHMENT_MAX_BYTES, KIND_LABELS, LIMITS } from '../model';

export const HONEYPOT = 'website';

function submission(req: Request): Submission {
  const file = req.file;
  return {
    kind: field(req, 'kind'),
    name: field(req, 'name'),
    email: field(req, 'email'),
    phone: field(req, 'phone'),
    message: secretField(req, 'message').trim(),
    honeypot: field(req, HONEYPOT),
    attachment:
      req.uploadError === 'too-large' || req.uploadError === 'unreadable'
        ? req.uploadError
        : file && { name: file.originalname, content: file.buffer },
  };
}

export function contactPages(intake: PrivacyIntake) {
  function render(
    req: Request,
    res: Response,
    status = 200,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
  ) {
    res.status(status).render('privacy/contact', {
      title: 'Contact us',
      company: COMPANY,
      kinds: KIND_LABELS,
      limits: LIMITS,
      maxMb: ATTACHMENT_MAX_BYTES / 1024 / 1024,
      honeypot: HONEYPOT,
      errors,
      values,
    });
  }

  async function post(req: Request, res: Response) {
    try {
      await intake.submit(submission(req), req.ip ?? 'unknown');
    } catch (err) {
      if (err instanceof TooManyRequests)
        return render(
          req,
          res,
          429,
          { form: 'Too many messages were sent from here or for this address: try again in an hour.' },
          enteredValues(req),
        );
      if (!(err instanceof ValidationError)) throw err;
      return render(req, res, 400, err.errors, enteredValues(req));
    }
    res.redirect(303, paths.contactSent);
  }

  const sent = (_req: Request, res: Response) =>
    res.render('privacy/sent', { title: 'Message sent', company: COMPANY });

  const token = (req: Request) => (typeof req.params.token === 'string' ? req.params.token : '');

  function confirmPage(req: Request, res: Response) {
    res
      .set('referrer-policy', 'no-referrer')
      .render('privacy/confirm', { title: 'Confirm your address', token: token(req), result: null });
  }

  async function confirm(req: Request, res: Response) {
    const result = await intake.confirm(token(req), req.ip ?? null);
    res
      .status(result ? 200 : 404)
      .set('referrer-policy', 'no-referrer')
      .render('privacy/confirm', {
        title: 'Confirm your address',
        token: token(req),
        result: result ?? 'unknown',
        kinds: KIND_LABELS,
      });
  }

  return { page: (req: Request, res: Response) => render(req, res), post, sent, confirmPage, confirm };
}
