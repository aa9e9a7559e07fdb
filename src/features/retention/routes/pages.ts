// /admin/retention: each rule (on or off, its age) saved from its own form, errors beside the age with what was
// typed kept; a rule's preview (how many, and the first of them with their date and owner) with "Run now"; the
// report of past runs and of one run (what each rule changed, by id).
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field, pathId } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ConflictError, ValidationError } from '../../../platform/errors';
import type { UserAdminService } from '../../accounts';
import { AGE_BOUNDS, type RetentionRun } from '../model';
import type { RetentionService } from '../service';

export interface RetentionRouteDeps {
  retention: RetentionService;
  users: Pick<UserAdminService, 'find'>;
}

const key = (req: Request) => String(req.params.key);

export function retentionPages(d: RetentionRouteDeps) {
  const r = d.retention;
  /** Who ran each run: a name for an administrator, "the daily schedule" otherwise. */
  async function whoRan(runs: RetentionRun[]): Promise<Record<number, string>> {
    const names: Record<number, string> = {};
    for (const id of new Set(runs.map((x) => x.runBy).filter((x): x is number => x !== null)))
      names[id] = (await d.users.find(id))?.name ?? `user ${id}`;
    return Object.fromEntries(runs.map((x) => [x.id, x.runBy === null ? 'the daily schedule' : names[x.runBy]]));
  }
  const labels = async () => Object.fromEntries((await r.rules()).map((v) => [v.target.key, v.target.label]));

  async function renderPage(
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
    formKey?: string,
  ) {
    const runs = await r.runs(10);
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/retention/index', {
      title: 'Retention',
      rules: await r.rules(),
      bounds: AGE_BOUNDS,
      runs,
      who: await whoRan(runs),
      errors,
      values,
      formKey,
    });
  }

  return {
    page: (_req: Request, res: Response) => renderPage(res),
    save: async (req: Request, res: Response) => {
      const k = key(req);
      try {
        const input = { enabled: field(req, `enabled-${k}`), age: field(req, `age-${k}`) };
        const rule = await r.save(k, input, actorOf(req));
        flash(req, 'success', rule.enabled ? 'Rule saved: it is on.' : 'Rule saved: it is off.');
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return renderPage(res, err.errors, enteredValues(req), k);
      }
      res.redirect(303, paths.admin.retention);
    },
    preview: async (req: Request, res: Response) => {
      const p = await r.preview(key(req));
      res.render('admin/retention/preview', { title: `Preview: ${p.label}`, p });
    },
    run: async (req: Request, res: Response) => {
      const k = key(req);
      await r.rule(k); // 404 before anything else for a key no target offers
      try {
        const run = await r.runNow(k, actorOf(req));
        const n = run.changed;
        flash(req, 'success', `Run ${run.id} done: ${n} ${n === 1 ? 'item' : 'items'} changed.`);
        res.redirect(303, url(paths.admin.retentionRunReport, { id: run.id }));
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        flash(req, 'error', err.message);
        res.redirect(303, url(paths.admin.retentionPreview, { key: k }));
      }
    },
    runs: async (_req: Request, res: Response) => {
      const runs = await r.runs(100);
      res.render('admin/retention/runs', {
        title: 'Retention runs',
        runs,
        who: await whoRan(runs),
        labels: await labels(),
      });
    },
    report: async (req: Request, res: Response) => {
      const run = await r.run(pathId(req.params.id));
      res.render('admin/retention/run', {
        title: `Retention run ${run.id}`,
        run,
        who: await whoRan([run]),
        labels: await labels(),
      });
    },
  };
}
