// /leads/import: upload a CSV (streamed to disk; refused beside the field with a clear message when it cannot be
// imported), then per import: its first rows and the mapping form (pre-filled), the dry run's report, the progress
// bar while it runs (public/js/import.js polls its JSON), then its counts, the rejects download and undo.
import fs from 'node:fs';
import type { Request, Response } from 'express';
import { actorOf, enteredValues, pathId } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import {
  ACTION_LABELS,
  BUSY_STATES,
  DUPLICATE_MODES,
  STATE_LABELS,
  TARGETS,
  TARGET_KEYS,
  progressOf,
  type Mapping,
} from '../model';
import type { ImportService } from '../service';

/** The mapping as the form's fields (col_<field>, val_<field>). */
const mappingValues = (m: Mapping): Record<string, string> =>
  Object.fromEntries(
    Object.entries(m).flatMap(([k, v]) => ('column' in v ? [[`col_${k}`, String(v.column)]] : [[`val_${k}`, v.value]])),
  );

export function importPages(imports: ImportService, maxBytes: number) {
  async function renderList(req: Request, res: Response, errors: Record<string, string> = {}) {
    res.status(Object.keys(errors).length ? 400 : 200).render('leads/import', {
      title: 'Import leads',
      imports: await imports.list(req.user!),
      stateLabels: STATE_LABELS,
      maxMb: Math.floor(maxBytes / 1024 / 1024),
      errors,
    });
  }

  async function renderOne(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values?: Record<string, string>,
  ) {
    const imp = await imports.get(req.user!, pathId(req.params.id));
    const status = !Object.keys(errors).length ? 200 : errors.import || errors.undo ? 409 : 400;
    res.status(status).render('leads/import-one', {
      title: `Import of ${imp.fileName}`,
      imp,
      preview: await imports.preview(imp),
      values: values ?? { ...mappingValues(await imports.suggestedMapping(imp)), duplicates: imp.duplicates },
      targets: TARGET_KEYS.map((k) => ({ key: k, label: TARGETS[k] })),
      modes: DUPLICATE_MODES,
      stateLabels: STATE_LABELS,
      actionLabels: ACTION_LABELS,
      progress: progressOf(imp),
      busy: BUSY_STATES.includes(imp.state),
      undoable: imports.undoable(imp),
      undoDays: imports.undoDays,
      errors,
    });
  }

  async function upload(req: Request, res: Response) {
    const f = req.file;
    try {
      if (req.uploadError === 'too-large')
        throw new ValidationError({ file: `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB.` });
      if (req.uploadError) throw new ValidationError({ file: 'The file could not be read: choose it again.' });
      const file = f && f.path ? { path: f.path, originalName: f.originalname, size: f.size } : undefined;
      const imp = await imports.upload(req.user!, file, actorOf(req));
      res.redirect(303, url(paths.leadsImportOne, { id: imp.id }));
    } catch (err) {
      if (f?.path) await fs.promises.rm(f.path, { force: true });
      if (!(err instanceof ValidationError)) throw err;
      await renderList(req, res, err.errors);
    }
  }

  const action = (run: (req: Request) => Promise<unknown>, done: string) => async (req: Request, res: Response) => {
    try {
      await run(req);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderOne(req, res, err.errors, enteredValues(req));
    }
    flash(req, 'success', done);
    res.redirect(303, url(paths.leadsImportOne, { id: pathId(req.params.id) }));
  };

  const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

  async function progress(req: Request, res: Response) {
    res.set('cache-control', 'no-store').json(await imports.progress(req.user!, pathId(req.params.id)));
  }

  async function rejects(req: Request, res: Response) {
    const f = await imports.rejects(req.user!, pathId(req.params.id), actorOf(req));
    res.set({
      'content-type': 'text/csv; charset=utf-8',
      'content-length': String(f.bytes),
      'content-disposition': `attachment; filename="${f.name}"`,
      'cache-control': 'no-store',
    });
    const stream = fs.createReadStream(f.file);
    stream.on('error', (err) => res.destroy(err));
    stream.pipe(res);
  }

  return {
    page: (req: Request, res: Response) => renderList(req, res),
    upload,
    show: (req: Request, res: Response) => renderOne(req, res),
    dryRun: action(
      (req) => imports.dryRun(req.user!, pathId(req.params.id), body(req)),
      'The dry run has started: nothing will be written. Its report appears below when it is done.',
    ),
    start: action(
      (req) => imports.start(req.user!, pathId(req.params.id), body(req), actorOf(req)),
      'The import has started. Its progress is shown below.',
    ),
    progress,
    rejects,
    undo: action((req) => imports.undo(req.user!, pathId(req.params.id)), 'The import is being undone.'),
  };
}
