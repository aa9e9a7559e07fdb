// Maintenance windows (admins): the list with the schedule form, a window's page (its notices: due, sent,
// failed; the edit form; cancel, end early) and the delivery log as CSV.
import type { Request, Response } from 'express';
import { sendCsv } from '../../../http/csv';
import { actorOf, enteredValues, field, formAction, listField, utcMinute } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { ROLES } from '../../accounts';
import { ROLES_ERROR, rolesField } from './roles';
import { IMPACTS, IMPACT_LABEL, phaseOf, type Impact, type WindowInput } from '../model';
import { EFFECTS, windowSummary } from '../texts';
import { MESSAGE_MAX, type MaintenanceWindows } from '../windows';

/** The form's window, or field errors. Times are UTC minutes; no role ticked means everyone. */
export function windowInput(req: Request): WindowInput {
  const errors: Record<string, string> = {};
  const startsAt = utcMinute(field(req, 'startsAt'));
  const endsAt = utcMinute(field(req, 'endsAt'));
  if (!startsAt) errors.startsAt = 'Enter the start (UTC) like 2027-01-31T22:00.';
  if (!endsAt) errors.endsAt = 'Enter the end (UTC) like 2027-01-31T23:30.';
  const impact = field(req, 'impact');
  if (!(IMPACTS as readonly string[]).includes(impact)) errors.impact = 'Choose read-only or full stop.';
  const roles = rolesField(req);
  if (roles === undefined) errors.roles = ROLES_ERROR;
  const message = field(req, 'message');
  if (message.length > MESSAGE_MAX) errors.message = `Keep the message under ${MESSAGE_MAX} characters.`;
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return {
    startsAt: startsAt!,
    endsAt: endsAt!,
    impact: impact as Impact,
    roles: roles!,
    message,
  };
}

const minute = (d: Date) => d.toISOString().slice(0, 16);
/** The revision the edit form showed (undefined when the form did not say). */
const seenRevision = (req: Request) => {
  const n = Number(field(req, 'revision'));
  return field(req, 'revision') && Number.isSafeInteger(n) ? n : undefined;
};

export function maintenancePages(windows: MaintenanceWindows, clock: () => Date) {
  const common = {
    impacts: IMPACTS,
    impactLabel: IMPACT_LABEL,
    roles: ROLES,
    effects: EFFECTS,
    summary: windowSummary,
  };

  async function renderList(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, string | string[]> = {},
  ) {
    const now = clock();
    const list = (await windows.list()).map((w) => ({ ...w, phase: phaseOf(w, now) }));
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/maintenance/index', {
      ...common,
      title: 'Maintenance',
      windows: list,
      now,
      errors,
      values: { impact: 'read_only', ...values, roles: listField(req, 'roles') },
    });
  }

  async function renderWindow(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values?: Record<string, string>,
  ) {
    const { window: w, notices } = await windows.get(Number(req.params.id));
    const counts = new Map((await windows.counts(notices)).map((c) => [c.noticeId, c]));
    const entered = values ?? {
      startsAt: minute(w.startsAt),
      endsAt: minute(w.endsAt),
      impact: w.impact,
      message: w.message,
    };
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/maintenance/show', {
      ...common,
      title: `Maintenance window #${w.id}`,
      window: w,
      phase: phaseOf(w, clock()),
      notices: notices.map((n) => ({ ...n, counts: counts.get(n.id) ?? { due: 0, sent: 0, failed: 0 } })),
      now: clock(),
      errors,
      values: { ...entered, roles: values ? listField(req, 'roles') : (w.roles ?? []) },
    });
  }

  const id = (req: Request) => Number(req.params.id);
  const back = (req: Request) => url(paths.admin.maintenanceWindow, { id: id(req) });
  async function schedule(req: Request, res: Response) {
    let created: number;
    try {
      created = (await windows.schedule(windowInput(req), actorOf(req))).id;
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderList(req, res, err.errors, enteredValues(req));
    }
    flash(req, 'success', 'Maintenance scheduled. Affected users will be told at each reminder.');
    res.redirect(url(paths.admin.maintenanceWindow, { id: created }));
  }
  const edit = formAction(
    (req) => windows.edit(id(req), windowInput(req), actorOf(req), seenRevision(req)),
    renderWindow,
    'Window changed. Everyone already told will hear what changed.',
    back,
  );
  const cancel = formAction(
    (req) => windows.cancel(id(req), actorOf(req)),
    renderWindow,
    'Window cancelled. Everyone already told will hear of it.',
    back,
  );
  const end = formAction(
    (req) => windows.endEarly(id(req), actorOf(req)),
    renderWindow,
    'Window ended. The portal is open again.',
    back,
  );

  async function deliveries(req: Request, res: Response) {
    const { window: w } = await windows.get(id(req));
    const columns = ['kind', 'revision', 'email', 'queued_at', 'sent_at', 'given_up_at', 'last_error'];
    await sendCsv(req, res, `maintenance-${w.id}-notices.csv`, windows.deliveryLog(w.id), columns);
  }

  return {
    list: (req: Request, res: Response) => renderList(req, res),
    show: (req: Request, res: Response) => renderWindow(req, res),
    schedule,
    edit,
    cancel,
    end,
    deliveries,
  };
}
