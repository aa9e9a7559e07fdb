// Terms-version tests: publishing a version on given services, the worker's round for broadcasts, and putting
// the policies back as they were (a version in force would stop every later file's users at the interstitial).
import { runJob } from '../../src/jobs';
import type { Services } from '../../src/services';
import { deliverOutbox } from './helpers';
import { s } from './setup';

export interface VersionOpts {
  material?: boolean;
  summary?: string;
  body?: string;
  effectiveAt?: Date | null;
}

/** A new version of `kind`: the text in force with a pricing section added, unless `body` is given. */
export async function publishVersion(t: Services, kind: 'terms' | 'privacy', o: VersionOpts = {}) {
  const current = await t.policies.current(kind);
  const body = o.body ?? `${current!.body}\n\n## Pricing\n\nPrices change with thirty days of notice.\n`;
  const input = {
    kind,
    body,
    summary: o.summary ?? 'Adds a section on pricing.',
    material: Boolean(o.material),
    effectiveAt: o.effectiveAt ?? null,
  };
  const id = await t.policyEditor.draft(input, { userId: null });
  return t.policyEditor.publish(id, { userId: null });
}

/** What a worker does: each due broadcast's fan-out, then every unsent e-mail's delivery. */
export async function broadcastRound(t: Services): Promise<number> {
  let told = 0;
  for (const broadcastId of await t.platform.db('broadcasts').where({ state: 'pending' }).pluck('id'))
    told += Number((await runJob(t, 'broadcast-fanout', { broadcastId }, 'notices')).told);
  await deliverOutbox();
  return told;
}

/** Versions of other tests must not stop later files' users: every version but the first is withdrawn. */
export async function resetPolicies(...others: Services[]): Promise<void> {
  await s.db('policy_versions').where({ state: 'published' }).where('version', '>', 1).update({
    state: 'withdrawn',
    withdrawn_at: new Date(),
  });
  await s.db('broadcasts').where({ state: 'pending' }).update({ state: 'done', done_at: new Date() });
  for (const x of [s, ...others]) x.policies.invalidate();
}

/** The user's notifications of a broadcast. */
export const toldOf = (userId: number, broadcastId: number) =>
  s.db('notifications').where({ user_id: userId, broadcast_id: broadcastId });

/** The user accepts the version (ticked), as the interstitial would record it. */
export const acceptAs = (t: Services, u: { user: { id: number; name: string; email: string } }, versionId: number) =>
  t.acceptance.accept(u.user, versionId, true, { ip: '127.0.0.1', userAgent: 'test' }, { userId: u.user.id });
