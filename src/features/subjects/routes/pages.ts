// The search form, the access report (HTML to read and print, JSON to download) and the erasure. The URL and the
// logs carry the blind index, never the address.
import type { Request, Response } from 'express';
import { actorOf, enteredValues, field, rowId } from '../../../http/form';
import { flash } from '../../../http/middleware/locals';
import { paths, url } from '../../../http/paths';
import { ValidationError } from '../../../platform/errors';
import { CHANNEL_LABELS, LAWFUL_BASES } from '../../leads';
import { CONFIRM_WORD, KIND_OF_SLUG, SLUG_OF_KIND, type SubjectKind } from '../model';
import { SubjectService } from '../service';

type Values = Record<string, string>;
const reportUrl = (kind: SubjectKind, bidx: string) =>
  url(paths.compliance.subject, { kind: SLUG_OF_KIND[kind], bidx });
const subjectOf = (req: Request) => SubjectService.subject(KIND_OF_SLUG[String(req.params.kind)], req.params.bidx);

export function subjectPages(subjects: SubjectService) {
  function renderSearch(res: Response, errors: Values = {}, values: Values = {}) {
    res.status(Object.keys(errors).length ? 400 : 200).render('subjects/search', {
      title: 'Data subjects',
      errors,
      values,
    });
  }
  const search = (_req: Request, res: Response) => renderSearch(res);

  function find(req: Request, res: Response) {
    try {
      const { kind, bidx } = subjects.find(field(req, 'email'), field(req, 'phone'));
      res.redirect(reportUrl(kind, bidx));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      renderSearch(res, err.errors, enteredValues(req));
    }
  }

  async function renderReport(req: Request, res: Response, errors: Values = {}, values: Values = {}) {
    const { kind, bidx } = subjectOf(req);
    const report = await subjects.report(kind, bidx, actorOf(req));
    const requestId = values.request ?? (typeof req.query.request === 'string' ? req.query.request : '');
    res.status(Object.keys(errors).length ? 400 : 200).render('subjects/report', {
      title: 'Access report',
      report,
      slug: SLUG_OF_KIND[kind],
      jsonUrl: url(paths.compliance.subjectJson, { kind: SLUG_OF_KIND[kind], bidx }),
      eraseUrl: url(paths.compliance.subjectErase, { kind: SLUG_OF_KIND[kind], bidx }),
      requestId: rowId(requestId) ?? '',
      confirmWord: CONFIRM_WORD,
      bases: LAWFUL_BASES,
      channels: CHANNEL_LABELS,
      errors,
      values,
    });
  }
  const report = (req: Request, res: Response) => renderReport(req, res);

  async function reportJson(req: Request, res: Response) {
    const { kind, bidx } = subjectOf(req);
    const r = await subjects.report(kind, bidx, actorOf(req));
    res
      .attachment(`access-report-${SLUG_OF_KIND[kind]}-${bidx.slice(0, 12)}.json`)
      .type('application/json')
      .send(JSON.stringify(r, null, 2));
  }

  async function erase(req: Request, res: Response) {
    const { kind, bidx } = subjectOf(req);
    const rawRequest = field(req, 'request');
    try {
      const requestId = rawRequest ? rowId(rawRequest) : null;
      if (requestId === undefined) throw new ValidationError({ confirm: 'The privacy request is not valid.' });
      const done = await subjects.erase(kind, bidx, { confirm: field(req, 'confirm'), requestId }, actorOf(req));
      flash(req, 'success', `Erased: ${done.leads} lead(s) anonymized and the person suppressed.`);
      res.redirect(reportUrl(kind, bidx));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      await renderReport(req, res, err.errors, enteredValues(req));
    }
  }

  return { search, find, report, reportJson, erase };
}
