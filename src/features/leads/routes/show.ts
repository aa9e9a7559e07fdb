// The lead page and its one-button actions: verify, consent records, compliance fields, merge, bulk.
import type { Request, Response } from 'express';
import { actorOf, field, formAction } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canChangeCompliance, canWrite } from '../access';
import { CHANNEL_LABELS, CONSENT_CHANNELS, LAWFUL_BASES, currentConsent, type BulkAction } from '../model';
import { historyRows } from './historyView';
import { parseConsentForm } from './input';
import type { LeadsDeps } from './deps';

export function leadPages(d: LeadsDeps) {
  const { leads, leadActions, leadList } = d;
  const idParam = (req: Request) => Number(req.params.id);

  async function render(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
  ) {
    const user = req.user!;
    const lead = await leads.get(user, idParam(req));
    const [history, consents, duplicates, { statuses, people, teams }] = await Promise.all([
      leads.history(lead),
      leads.consents(lead),
      leads.possibleDuplicates(user, lead),
      leadList.names(),
    ]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    res.status(Object.keys(errors).length ? 400 : 200).render('leads/show', {
      title: `${lead.firstName} ${lead.lastName}`,
      lead,
      history: historyRows(history, { statuses, people: names, teams }),
      consents,
      current: currentConsent(consents),
      channels: CONSENT_CHANNELS,
      channelLabels: CHANNEL_LABELS,
      duplicates,
      status: statuses.find((s) => s.id === lead.statusId),
      names,
      bases: LAWFUL_BASES,
      canWrite: canWrite(user, lead),
      canCompliance: canChangeCompliance(user),
      errors,
      values,
    });
  }

  async function show(req: Request, res: Response) {
    try {
      await render(req, res);
      await leads
        .recordView(idParam(req), actorOf(req))
        .catch((err: Error) => req.log.warn({ err: err.message }, 'lead view not audited'));
    } catch (err) {
      // Only a lead that is not there may have been merged: an old link goes to the kept lead, when visible.
      const target = err instanceof NotFoundError ? await leads.mergedInto(req.user!, idParam(req)) : undefined;
      if (!target) throw err;
      flash(req, 'info', `Lead #${idParam(req)} was merged into this lead.`);
      res.redirect(url(paths.lead, { id: target }));
    }
  }

  const toLead = (req: Request) => url(paths.lead, { id: idParam(req) });

  const verify = formAction(
    (req) => leads.verify(req.user!, idParam(req), actorOf(req)),
    render,
    'Marked as verified today.',
    toLead,
  );
  const consent = formAction(
    (req) =>
      leadActions.recordConsent(
        req.user!,
        idParam(req),
        parseConsentForm(req.body as Record<string, unknown>),
        actorOf(req),
      ),
    render,
    'Consent record added.',
    toLead,
  );
  // Its reason field is `dncReason`: the consent form on the same page has its own `reason`.
  const compliance = formAction(
    (req) =>
      leadActions
        .setDoNotContact(
          req.user!,
          idParam(req),
          field(req, 'doNotContact') === '1',
          field(req, 'dncReason'),
          actorOf(req),
        )
        .catch((err: unknown) => {
          throw err instanceof ValidationError && err.errors.reason
            ? new ValidationError({ dncReason: err.errors.reason })
            : err;
        }),
    render,
    'Do-not-contact updated.',
    toLead,
  );

  /** Confirmation page: merge the other lead into this one. */
  async function mergeForm(req: Request, res: Response) {
    const user = req.user!;
    const winner = await leads.getForWrite(user, idParam(req));
    const loser = await leads.getForWrite(user, Number(req.query.other));
    res.render('leads/merge', { title: 'Merge leads', winner, loser });
  }

  async function merge(req: Request, res: Response) {
    const other = Number(field(req, 'other'));
    await leadActions.merge(req.user!, idParam(req), other, actorOf(req));
    flash(req, 'success', `Lead #${other} was merged into this lead; both histories are kept.`);
    res.redirect(url(paths.lead, { id: idParam(req) }));
  }

  async function bulk(req: Request, res: Response) {
    const raw = (req.body as Record<string, unknown>).ids;
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string').map(Number);
    const given = field(req, 'back');
    const back = given.startsWith('?') ? `${paths.leads}${given}` : paths.leads;
    try {
      const action = field(req, 'action') as BulkAction;
      const value = field(req, action === 'status' ? 'statusValue' : action === 'tag' ? 'tagValue' : 'ownerValue');
      const n = await leadActions.bulk(req.user!, ids, action, value, actorOf(req));
      flash(req, 'success', `${n} lead${n === 1 ? '' : 's'} changed.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      flash(req, 'error', Object.values(err.errors)[0]);
    }
    res.redirect(back);
  }

  return { show, verify, consent, compliance, mergeForm, merge, bulk };
}
