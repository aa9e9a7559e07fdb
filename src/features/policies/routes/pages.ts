// The policies as anyone reads them: the version in force, any published version by number (with its effective
// date; a withdrawn one says so), the list of versions, and any two compared word by word.
import type { Request, Response } from 'express';
import { pathId } from '../../../http/form';
import { NotFoundError } from '../../../platform/errors';
import { renderMarkdown } from '../../../platform/markdown';
import { comparePath, versionPath } from '../editor';
import { POLICY_TITLE, type PolicyKind, type PolicyVersion } from '../model';
import type { PoliciesService } from '../service';

export function policyPages(policies: PoliciesService) {
  async function show(res: Response, kind: PolicyKind, v: PolicyVersion | undefined) {
    if (!v || v.version === null) throw new NotFoundError();
    const history = await policies.history(kind);
    const earlier = history.find((h) => h.version < v.version!);
    res.render('policy', {
      title: v.title,
      policy: v,
      html: renderMarkdown(v.body),
      history: history.map((h) => ({ ...h, url: versionPath(h) })),
      current: history.find((h) => h.phase === 'in force'),
      phase: history.find((h) => h.id === v.id)?.phase ?? 'past',
      diffUrl: earlier ? comparePath(kind, earlier.version, v.version) : null,
    });
  }
  const current = (kind: PolicyKind) => async (_req: Request, res: Response) =>
    show(res, kind, await policies.current(kind));
  const version = (kind: PolicyKind) => async (req: Request, res: Response) =>
    show(res, kind, await policies.version(kind, pathId(req.params.version)));
  const compare = (kind: PolicyKind) => async (req: Request, res: Response) => {
    const c = await policies.compare(kind, pathId(req.params.from), pathId(req.params.to));
    if (!c) throw new NotFoundError();
    res.render('policies/compare', {
      title: `${POLICY_TITLE[kind]}: version ${c.from.version} and version ${c.to.version} compared`,
      ...c,
      fromUrl: versionPath(c.from),
      toUrl: versionPath(c.to),
      history: (await policies.history(kind)).map((h) => ({ ...h, url: versionPath(h) })),
      kind,
    });
  };
  return {
    terms: current('terms'),
    privacy: current('privacy'),
    termsVersion: version('terms'),
    privacyVersion: version('privacy'),
    termsCompare: compare('terms'),
    privacyCompare: compare('privacy'),
  };
}
