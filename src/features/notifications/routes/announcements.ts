// Admins' announcements page: the form and every announcement posted, with how many were told.
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field, listField } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { pickRoles, ROLES } from '../../accounts';
import { BODY_MAX, type AnnouncementInput, type AnnouncementService } from '../announcements';
import type { Broadcasts } from '../broadcasts';
import { pageOf } from './pages';

function announcementInput(req: Request): AnnouncementInput {
  const roles = pickRoles(listField(req, 'roles'));
  if (roles === undefined) throw new ValidationError({ roles: 'Choose roles from the list.' });
  const version = field(req, 'policyVersionId');
  const versionId = Number(version);
  if (version && !Number.isSafeInteger(versionId))
    throw new ValidationError({ policyVersionId: 'Choose a published version from the list.' });
  return {
    title: field(req, 'title'),
    body: field(req, 'body'),
    roles,
    significant: field(req, 'significant') === 'on',
    policyVersionId: version ? versionId : null,
  };
}

export function announcementPages(announcements: AnnouncementService, broadcasts: Broadcasts) {
  async function render(req: Request, res: Response, errors: Record<string, string> = {}, values = {}) {
    const page = await announcements.page('admin', pageOf(req));
    const items = await Promise.all(
      page.items.map(async (a) => ({ ...a, told: a.broadcastId ? await broadcasts.progress(a.broadcastId) : null })),
    );
    res.status(Object.keys(errors).length ? 400 : 200).render('admin/announcements', {
      title: 'Announcements',
      page: { ...page, items },
      roles: ROLES,
      versions: await announcements.versions(),
      bodyMax: BODY_MAX,
      errors,
      values: { ...values, roles: listField(req, 'roles') },
    });
  }
  return {
    list: (req: Request, res: Response) => render(req, res),
    post: async (req: Request, res: Response) => {
      try {
        await announcements.post(announcementInput(req), actorOf(req));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return render(req, res, err.errors, enteredValues(req));
      }
      flash(req, 'success', 'Announcement posted. Its audience is being told.');
      res.redirect(303, paths.admin.announcements);
    },
  };
}
