// The campaigns feature's jobs: start a campaign (write its recipients), send to one recipient, re-enqueue a
// campaign's pending recipients, and the sweep that rebuilds from PostgreSQL whatever Redis lost.
import type { FeatureJobs } from '../../platform/queues';
import { JOB, type CampaignSender } from './sending';
import type { CampaignSweep } from './sweep';

export const campaignJobs = (sender: CampaignSender, sweep: CampaignSweep): FeatureJobs => ({
  jobs: [
    { queue: 'campaigns', name: JOB.start, run: async (d) => ({ queued: await sender.start(Number(d.campaignId)) }) },
    {
      queue: 'campaigns',
      name: JOB.send,
      run: async (d) => ({ [await sender.sendOne(Number(d.recipientId))]: true }),
    },
    {
      queue: 'campaigns',
      name: JOB.enqueue,
      run: async (d) => ({ queued: await sender.enqueuePending(Number(d.campaignId)) }),
    },
    { queue: 'maintenance', name: 'campaigns-sweep', run: () => sweep.run(), schedule: { every: 15_000 } },
  ],
  onWorkerStart: async () => void (await sweep.run()),
});
