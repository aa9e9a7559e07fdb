// A campaign whose last recipient is done becomes sent, and its owner is told (once: the notification is written
// in the transaction that moves the state, and only the one that moved it writes one).
import type { SenderDeps } from './sending';

export async function markSent(d: SenderDeps, campaignId: number, now: Date): Promise<boolean> {
  return d.db.transaction(async (trx) => {
    if (!(await d.campaigns.transition(campaignId, ['sending'], 'sent', { finishedAt: now }, trx))) return false;
    const c = await d.campaigns.find(campaignId, { kind: 'all' }, trx);
    const owner = c && (await d.users.find(c.ownerId, trx));
    if (c && owner) {
      const title = `Your campaign "${c.name}" finished sending`;
      const url = `/campaigns/${c.id}`;
      await d.notify(
        owner,
        { kind: 'campaign', title, url },
        { subject: title, text: `See its results: ${d.baseUrl}${url}\n`, dedupeKey: `campaign-sent-${c.id}` },
        trx,
      );
    }
    return true;
  });
}
