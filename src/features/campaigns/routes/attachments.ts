// A draft's files: attach one (a multipart form; too large or unreadable is said beside the field), or remove one.
import type { Request } from 'express';
import { actorOf, formAction } from '../../../http/form';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import type { CampaignAttachments } from '../attachments';
import type { RenderShow } from './pages';

/** The file the form sent, or why it could not be taken. */
function uploaded(req: Request) {
  if (req.uploadError === 'too-large')
    throw new ValidationError({ file: 'Attach files of at most 5 MB: link to larger ones instead.' });
  if (req.uploadError) throw new ValidationError({ file: 'The file could not be read: choose it again.' });
  const f = req.file;
  return f && { filename: f.originalname, contentType: f.mimetype, content: f.buffer };
}

export function attachmentActions(attachments: CampaignAttachments, renderShow: RenderShow) {
  const id = (req: Request) => Number(req.params.id);
  const back = (req: Request) => url(paths.campaign, { id: id(req) });
  const rerender = (req: Request, res: Parameters<RenderShow>[1], errors: Record<string, string>) =>
    renderShow(req, res, { errors });
  const add = formAction(
    (req) => attachments.add(req.user!, id(req), uploaded(req), actorOf(req)),
    rerender,
    'File attached.',
    back,
  );
  const remove = formAction(
    (req) => attachments.remove(req.user!, id(req), Number(req.params.attachmentId), actorOf(req)),
    rerender,
    'File removed.',
    back,
  );
  return { add, remove };
}
