// /admin/backups: the list with charts, "back up now", one backup's page with its progress and manifest, pin and
// unpin, acknowledging failures, and the download, which asks for a second-factor code first (valid 5 minutes).
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { actorOf, field, pathId, rowId } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ConflictError } from '../../../platform/errors';
import type { User } from '../../accounts';
import { BackupConsole, progressOf } from '../console';
import type { BackupService } from '../service';

export const STEP_UP_MS = 5 * 60_000;
const CODE_PROBLEM = {
  empty: 'Enter a code.',
  wrong: 'That code is not right, or was already used.',
  locked: 'Too many wrong codes: try again in 15 minutes.',
};

export interface BackupRouteDeps {
  backups: BackupService;
  console: BackupConsole;
  /** Checks a second-factor code (TOTP or recovery code) of the signed-in user; 'locked' after too many failures. */
  checkCode: (user: User, code: string, req: Request) => Promise<'ok' | 'wrong' | 'locked'>;
}

const kb = (n: number | null) =>
  n === null ? '' : n < 1e6 ? `${(n / 1e3).toFixed(1)} kB` : `${(n / 1e6).toFixed(1)} MB`;
const seconds = (ms: number | null) => (ms === null ? '' : `${(ms / 1000).toFixed(1)} s`);

export function backupPages(d: BackupRouteDeps) {
  const c = d.console;
  const show = (id: number) => url(paths.admin.backup, { id });
  const steppedUp = (req: Request) => Date.now() - (req.session.stepUpAt ?? 0) < STEP_UP_MS;
  return {
    list: async (_req: Request, res: Response) => {
      const backups = await c.list();
      const charts = BackupConsole.charts(backups);
      res.render('admin/backups/index', {
        title: 'Backups',
        backups,
        kb,
        seconds,
        retention: d.backups.retention,
        sizeChart: JSON.stringify(charts.size),
        durationChart: JSON.stringify(charts.duration),
      });
    },
    now: async (req: Request, res: Response) => {
      try {
        const id = await d.backups.request('manual', actorOf(req));
        res.redirect(303, show(id!));
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        flash(req, 'error', err.message);
        res.redirect(303, paths.admin.backups);
      }
    },
    show: async (req: Request, res: Response) => {
      const b = await c.get(pathId(req.params.id));
      res.render('admin/backups/show', { title: `Backup ${b.id}`, b, progress: progressOf(b), kb, seconds });
    },
    progress: async (req: Request, res: Response) => {
      res.json(progressOf(await c.get(pathId(req.params.id))));
    },
    pin: async (req: Request, res: Response) => {
      const b = await c.setPinned(pathId(req.params.id), field(req, 'pinned') === 'true', actorOf(req));
      flash(req, 'success', b.pinned ? 'Pinned: retention will never prune it.' : 'Unpinned.');
      res.redirect(303, show(b.id));
    },
    acknowledge: async (req: Request, res: Response) => {
      // only the failures the admin was shown (up to the newest on their page), not one that came after
      const n = await c.acknowledge(actorOf(req), rowId(field(req, 'upTo')) ?? 0);
      flash(req, 'success', n ? `${n} failed backup(s) acknowledged.` : 'Nothing to acknowledge.');
      res.redirect(303, paths.admin.backups);
    },
    download: async (req: Request, res: Response) => {
      const id = pathId(req.params.id);
      if (!steppedUp(req)) {
        const b = await c.get(id);
        return res.render('admin/backups/download', { title: `Download backup ${b.id}`, b, errors: {} });
      }
      const file = await c.download(id, actorOf(req));
      res.attachment(file.file).type('application/octet-stream').set('content-length', String(file.size));
      await pipeline(file.stream, res).catch((err: Error) => req.log?.warn({ err: err.message }, 'download cut short'));
    },
    confirm: async (req: Request, res: Response) => {
      const b = await c.get(pathId(req.params.id));
      const code = field(req, 'code').replace(/\s+/g, '');
      const outcome = code ? await d.checkCode(req.user!, code, req) : 'empty';
      if (outcome !== 'ok') {
        const errors = { code: CODE_PROBLEM[outcome] };
        const status = outcome === 'locked' ? 429 : 400;
        return res.status(status).render('admin/backups/download', { title: `Download backup ${b.id}`, b, errors });
      }
      req.session.stepUpAt = Date.now();
      res.redirect(303, url(paths.admin.backupDownload, { id: b.id }));
    },
  };
}
