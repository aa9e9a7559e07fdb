// Every feature's jobs, for the worker (workers/index.ts registers them in a loop) and for tests and the CLI.
import type { FeatureJobs, JobData, JobResult, QueueName } from './platform/queues';
import { outboxJobs } from './platform/outbox/jobs';
import type { Services } from './services';
import { accountJobs } from './features/accounts';
import { backupJobs } from './features/backups';
import { campaignJobs } from './features/campaigns';
import { complianceJobs } from './features/compliance';
import { exportJobs } from './features/exports';
import { importJobs } from './features/imports';
import { keyJobs } from './features/keys';
import { leadJobs } from './features/leads';
import { notificationJobs } from './features/notifications';
import { retentionJobs } from './features/retention';
import { statusJobs } from './features/status';

export function featureJobs(s: Services): FeatureJobs[] {
  const { clock } = s.platform;
  return [
    outboxJobs(s.platform.mail),
    accountJobs({ ...s, clock }),
    leadJobs({ ...s, staleDays: s.config.LEAD_STALE_DAYS, clock }),
    keyJobs(s.keyRotation),
    campaignJobs(s.campaignSender, s.campaignSweep),
    complianceJobs(s.securityDetector),
    statusJobs(s.noticeFanout),
    notificationJobs(s.broadcasts),
    exportJobs(s.dataExports, s.exportSweep),
    importJobs(s.importRunner, s.imports, s.importSweep),
    backupJobs(s.backups, s.backupSweep, s.config.BACKUP_SCHEDULE),
    retentionJobs(s.retention),
  ];
}

/** Runs the job of that name (on that queue) as a worker would. */
export async function runJob(
  s: Services,
  name: string,
  data: JobData = {},
  queue: QueueName = 'maintenance',
): Promise<JobResult> {
  const job = featureJobs(s)
    .flatMap((f) => f.jobs)
    .find((j) => j.queue === queue && j.name === name);
  if (!job) throw new Error(`unknown ${queue} job ${name}`);
  return job.run(data);
}
