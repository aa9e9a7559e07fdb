import type { Request, Response } from 'express';
import { NotFoundError } from '../../errors';
import type { PolicyKind } from '../../data/policiesRepo';

const show = (kind: PolicyKind) => async (req: Request, res: Response) => {
  const policy = await req.services.policies.current(kind);
  if (!policy) throw new NotFoundError();
  res.render('policy', { title: policy.title, policy, paragraphs: policy.body.split(/\n+/).filter(Boolean) });
};

export const terms = show('terms');
export const privacy = show('privacy');
