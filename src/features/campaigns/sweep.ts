// The campaigns sweep (every 15 s, and when a worker starts): starts scheduled campaigns that are due, resumes
// preparing ones, re-enqueues the recipients of sending campaigns whose jobs Redis lost (flushed, or tried out),
// marks finished ones sent, and keeps the queue's rate limit at the configured sending rate.
import type { Clock } from '../../platform/clock';
import type { Jobs } from '../../platform/queues';
import type { CampaignsStore } from './data/campaignsStore';
import type { RecipientsStore } from './data/recipientsStore';
import type { CampaignSender } from './sending';
import type { CampaignSettingsService } from './settings';

/** A sending campaign none of whose recipients finished for this long has lost its jobs. */
export const STALL_MS = 120_000;

/** BullMQ's limiter as { max, duration }: about a second's worth at a time, the duration rounded to match. */
export function rateLimit(perMinute: number): { max: number; duration: number } {
  const max = Math.max(1, Math.floor(perMinute / 60));
  return { max, duration: Math.round((60_000 * max) / perMinute) };
}

export class CampaignSweep {
  constructor(
    private readonly campaigns: CampaignsStore,
    private readonly recipients: RecipientsStore,
    private readonly sender: CampaignSender,
    private readonly settings: CampaignSettingsService,
    private readonly jobs: Jobs,
    private readonly clock: Clock,
    private readonly fullStop: () => Promise<Date | null>,
  ) {}

  async run(): Promise<{ started: number; requeued: number; finished: number }> {
    // during a full-stop maintenance window nothing starts and nothing is re-enqueued
    if (await this.fullStop()) return { started: 0, requeued: 0, finished: 0 };
    const now = this.clock();
    const { ratePerMinute } = await this.settings.get();
    const { max, duration } = rateLimit(ratePerMinute);
    const queue = this.jobs.queue('campaigns');
    await queue.setGlobalRateLimit(max, duration);
    const due = await this.campaigns.due(now);
    for (const id of due) await this.sender.enqueueStart(id, now);
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    const queueEmpty = Object.values(counts).every((n) => n === 0);
    let requeued = 0;
    let finished = 0;
    for (const c of await this.campaigns.active()) {
      if (c.state === 'preparing') {
        if (queueEmpty) await this.sender.enqueueStart(c.id, now);
        continue;
      }
      if (!(await this.recipients.hasPending(c.id))) {
        if (await this.sender.markSent(c.id, now)) finished++;
        continue;
      }
      // quiet since the last recipient finished, or since the last re-enqueue (which touched the campaign)
      const done = (await this.recipients.lastDone(c.id)) ?? c.startedAt ?? now;
      const last = Math.max(done.getTime(), c.updatedAt.getTime());
      if (queueEmpty || now.getTime() - last > STALL_MS) {
        await this.campaigns.transition(c.id, ['sending'], 'sending', { nextRun: true });
        requeued += await this.sender.enqueuePending(c.id);
      }
    }
    return { started: due.length, requeued, finished };
  }
}
