// Proof of acceptance for compliance officers (/compliance/acceptance): per version, who accepted (when, how,
// the hash of the text), which active users have not (when they were told, whether they declined), as a page
// and as CSV, with a chart of acceptances over time per version.
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { rowId } from '../../../http/form';
import { NotFoundError } from '../../../platform/errors';
import type { AcceptanceService } from '../acceptance';
import { METHOD_LABEL } from '../model';
import type { PoliciesService } from '../service';

export function acceptancePages(acceptance: AcceptanceService, policies: PoliciesService) {
  async function report(asked: unknown) {
    const id = rowId(asked);
    const r = id === undefined ? undefined : await acceptance.report(id);
    if (!r) throw new NotFoundError();
    return r;
  }
  return {
    page: async (req: Request, res: Response) => {
      const published = await policies.published();
      const fallback = (await policies.current('terms')) ?? published[0];
      const r = await report(req.query.version ?? String(fallback?.id));
      res.render('compliance/acceptance', {
        title: 'Acceptance of the terms',
        r,
        versions: published,
        methodLabel: METHOD_LABEL,
        chart: JSON.stringify(await acceptance.chart(published)),
      });
    },
    csv: async (req: Request, res: Response) => {
      const r = await report(req.params.id);
      const v = r.version;
      const rows = [
        ...r.accepted.map((a) => ({
          state: 'accepted',
          name: a.userName,
          email: a.userEmail,
          role: a.role,
          method: a.method,
          at: a.acceptedAt,
          text_sha256: a.textSha256,
          ip: a.ip,
          user_agent: a.userAgent,
          told_at: null,
        })),
        ...r.notYet.map((n) => ({
          state: n.declinedAt ? 'declined' : 'not yet',
          name: n.userName,
          email: n.userEmail,
          role: n.role,
          method: null,
          at: n.declinedAt,
          text_sha256: null,
          ip: null,
          user_agent: null,
          told_at: n.toldAt,
        })),
      ];
      res.attachment(`${v.kind}-v${v.version}-acceptance.csv`);
      res.type('text/csv; charset=utf-8');
      // escape_formulas: a value starting with = + - @ (or tab, carriage return) is not a formula to a spreadsheet
      const csv = stringify({ header: true, escape_formulas: true, cast: { date: (d) => d.toISOString() } });
      await pipeline(Readable.from(rows), csv, res);
    },
  };
}
