// Proof of acceptance for compliance officers (/compliance/acceptance): per version, who accepted (when, how,
// the hash of the text), which active users have not (when they were told, whether they declined), as a page
// and as CSV, with a chart of acceptances over time per version.
import type { Request, Response } from 'express';
import { sendCsv } from '../../../http/csv';
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
      async function* rows() {
        for await (const x of acceptance.rows(v))
          yield 'acceptedAt' in x
            ? {
                state: 'accepted',
                name: x.userName,
                email: x.userEmail,
                role: x.role,
                method: x.method,
                at: x.acceptedAt,
                text_sha256: x.textSha256,
                ip: x.ip,
                user_agent: x.userAgent,
                told_at: null,
              }
            : {
                state: x.declinedAt ? 'declined' : 'not yet',
                name: x.userName,
                email: x.userEmail,
                role: x.role,
                method: null,
                at: x.declinedAt,
                text_sha256: null,
                ip: null,
                user_agent: null,
                told_at: x.toldAt,
              };
      }
      await sendCsv(req, res, `${v.kind}-v${v.version}-acceptance.csv`, rows());
    },
  };
}
