// A draft's files: attach one (a multipart form; too large or unreadable is said beside the field), or remove one.
import type { Request, Response } from 'express';
import { actorOf } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import type { CampaignAttachments } from '../attachments';

type Rerender = (req: Request, res: Response, opts: { errors?: Record<string, string> }) => Promise<void>;

export function attachmentActions(attachments: CampaignAttachments, renderShow: Rerender) {
  const back = (req: Request) => url(paths.campaign, { id: Number(req.params.id) });
  async function run(req: Request, res: Response, action: () => Promise<void>, done: string) {
    try {
      if (req.uploadError === 'too-large')
        throw new ValidationError({ file: 'Attach files of at most 5 MB: link to larger ones instead.' });
      if (req.uploadError) throw new ValidationError({ file: 'The file could not be read: choose it again.' });
      await action();
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderShow(req, res, { errors: err.errors });
    }
    flash(req, 'success', done);
    res.redirect(back(req));
  }
  const add = (req: Request, res: Response) =>
    run(
      req,
      res,
      () => {
        const f = req.file;
        const file = f && { filename: f.originalname, contentType: f.mimetype, content: f.buffer };
        return attachments.add(req.user!, Number(req.params.id), file, actorOf(req));
      },
      'File attached.',
    );
  const remove = (req: Request, res: Response) =>
    run(
      req,
      res,
      () => attachments.remove(req.user!, Number(req.params.id), Number(req.params.attachmentId), actorOf(req)),
      'File removed.',
    );
  return { add, remove };
}
