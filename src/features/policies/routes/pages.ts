import type { Request, Response } from 'express';
import { NotFoundError } from '../../../platform/errors';
import type { PolicyKind } from '../model';
import type { PoliciesService } from '../service';

export function policyPages(policies: PoliciesService) {
  const show = (kind: PolicyKind) => async (_req: Request, res: Response) => {
    const policy = await policies.current(kind);
    if (!policy) throw new NotFoundError();
    res.render('policy', { title: policy.title, policy, paragraphs: policy.body.split(/\n+/).filter(Boolean) });
  };
  return { terms: show('terms'), privacy: show('privacy') };
}
