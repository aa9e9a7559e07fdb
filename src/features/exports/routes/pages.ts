// /account/export: the user's exports with their progress (polled as JSON by public/js/export.js), the button
// that asks for a new one (refused beside it while one is pending), and the download, only for the user who
// asked, 410 Gone with a page saying so once the file has expired. Exports of the lead list are asked for from the
// list (POST /leads/export with its filter) and followed here beside the others.
import fs from 'node:fs';
import type { Request, Response } from 'express';
import { actorOf, formAction, pathId } from '../../../http/form';
import { paths } from '../../../http/paths';
import { STATE_LABELS, progressOf } from '../model';
import { ExportGone, type ExportService } from '../service';

export function exportPages(exports: ExportService) {
  async function renderPage(req: Request, res: Response, errors: Record<string, string> = {}) {
    const list = await exports.list(req.user!);
    const status = !Object.keys(errors).length ? 200 : errors.export ? 409 : 400;
    res.status(status).render('account/export', {
      title: 'Export your data',
      exports: list.map((e) => ({ ...e, progress: progressOf(e) })),
      pending: list.some((e) => e.state === 'queued' || e.state === 'running'),
      stateLabels: STATE_LABELS,
      errors,
    });
  }

  const request = formAction(
    (req) => exports.request(req.user!, actorOf(req)),
    (req, res, errors) => renderPage(req, res, errors),
    'Your export is being prepared. You will be told here and by e-mail when it is ready.',
    () => paths.account.export,
  );

  const requestLeads = formAction(
    (req) => exports.requestLeads(req.user!, req.body, (req.body as Record<string, unknown>).format, actorOf(req)),
    (req, res, errors) => renderPage(req, res, errors),
    'Your export of the lead list is being prepared. You will be told here and by e-mail when it is ready.',
    () => paths.account.export,
  );

  async function progress(req: Request, res: Response) {
    const p = await exports.progress(req.user!, pathId(req.params.id));
    res.set('cache-control', 'no-store').json(p);
  }

  async function download(req: Request, res: Response) {
    let f: Awaited<ReturnType<ExportService['download']>>;
    try {
      f = await exports.download(req.user!, pathId(req.params.id), actorOf(req));
    } catch (err) {
      if (!(err instanceof ExportGone)) throw err;
      return res.status(410).render('account/export-gone', { title: 'Export expired' });
    }
    res.set({
      'content-type': f.type,
      'content-length': String(f.bytes),
      'content-disposition': `attachment; filename="${f.name}"`,
      'cache-control': 'no-store',
    });
    const stream = fs.createReadStream(f.file);
    stream.on('error', (err) => res.destroy(err));
    stream.pipe(res);
  }

  return { page: (req: Request, res: Response) => renderPage(req, res), request, requestLeads, progress, download };
}
