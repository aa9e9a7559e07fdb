// Admins' terms pages (/admin/terms): every version of both policies, a draft form (prefilled with the text in
// force), a draft's page (edit, publish) and a published version's (how many were told, withdraw if scheduled).
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field, pathId, utcMinute } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import type { Broadcasts } from '../../notifications';
import { versionPath, type PolicyEditor } from '../editor';
import { isPolicyKind, POLICY_KINDS, POLICY_TITLE, type DraftInput } from '../model';
import type { PoliciesService } from '../service';

function draftInput(req: Request): DraftInput {
  const errors: Record<string, string> = {};
  const kind = field(req, 'kind');
  if (!isPolicyKind(kind)) errors.kind = 'Choose the Terms of Use or the Privacy Policy.';
  const when = field(req, 'effectiveAt');
  const effectiveAt = when ? utcMinute(when) : null;
  if (effectiveAt === undefined)
    errors.effectiveAt = 'Enter the time (UTC) like 2027-01-31T09:00, or leave it empty for now.';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  // the text as typed (leading spaces are Markdown), without the carriage returns browsers send
  const raw = (req.body as Record<string, unknown>).body;
  return {
    kind: kind as DraftInput['kind'],
    body: typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n') : '',
    summary: field(req, 'summary'),
    material: field(req, 'material') === 'on',
    effectiveAt: effectiveAt ?? null,
  };
}

const minute = (d: Date | null) => (d ? d.toISOString().slice(0, 16) : '');

const idOf = (req: Request) => pathId(req.params.id);

export function policyAdminPages(
  editor: PolicyEditor,
  policies: PoliciesService,
  broadcasts: Broadcasts,
  clock: () => Date,
) {
  async function renderList(req: Request, res: Response, errors: Record<string, string> = {}, values = {}) {
    const asked = typeof req.query.kind === 'string' ? req.query.kind : '';
    const kind = isPolicyKind(asked) ? asked : 'terms';
    const current = await policies.current(kind);
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/terms/index', {
      title: 'Terms and privacy',
      versions: await editor.all(),
      inForce: new Set((await Promise.all(POLICY_KINDS.map((k) => policies.current(k)))).map((v) => v?.id)),
      kinds: POLICY_KINDS,
      kindTitle: POLICY_TITLE,
      now: clock(),
      errors,
      values: { kind, body: current?.body ?? '', ...values },
    });
  }

  async function renderVersion(req: Request, res: Response, errors: Record<string, string> = {}, values?: object) {
    const v = await editor.get(idOf(req));
    if (!v) throw new NotFoundError();
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/terms/show', {
      title: v.version ? `${v.title} version ${v.version}` : `${v.title}: draft`,
      v,
      kinds: POLICY_KINDS,
      kindTitle: POLICY_TITLE,
      publicUrl: v.version ? versionPath(v) : null,
      told: v.broadcastId ? await broadcasts.progress(v.broadcastId) : null,
      scheduled: v.state === 'published' && v.effectiveAt! > clock(),
      errors,
      values: values ?? {
        kind: v.kind,
        body: v.body,
        summary: v.summary,
        material: v.material ? 'on' : '',
        effectiveAt: minute(v.effectiveAt),
      },
    });
  }

  const back = (req: Request) => url(paths.admin.termsVersion, { id: idOf(req) });
  return {
    list: (req: Request, res: Response) => renderList(req, res),
    show: (req: Request, res: Response) => renderVersion(req, res),
    create: async (req: Request, res: Response) => {
      let id: number;
      try {
        id = await editor.draft(draftInput(req), actorOf(req));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return renderList(req, res, err.errors, enteredValues(req));
      }
      flash(req, 'success', 'Draft saved. Check it, then publish it.');
      res.redirect(303, url(paths.admin.termsVersion, { id }));
    },
    update: async (req: Request, res: Response) => {
      try {
        await editor.update(idOf(req), draftInput(req), actorOf(req));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return renderVersion(req, res, err.errors, enteredValues(req));
      }
      flash(req, 'success', 'Draft saved.');
      res.redirect(303, back(req));
    },
    publish: async (req: Request, res: Response) => {
      try {
        const v = await editor.publish(idOf(req), actorOf(req));
        flash(req, 'success', `Published as version ${v.version}. Every active user is being told.`);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return renderVersion(req, res, err.errors);
      }
      res.redirect(303, back(req));
    },
    withdraw: async (req: Request, res: Response) => {
      await editor.withdraw(idOf(req), actorOf(req));
      flash(req, 'success', 'Withdrawn. Everyone told of it is being told it will not take effect.');
      res.redirect(303, back(req));
    },
  };
}
