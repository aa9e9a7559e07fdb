// The one wiring module: builds every repository and service from the configuration.
import path from 'node:path';
import type { Config } from '../config';
import { closeDb, createDb } from '../db';
import { createLogger } from '../logger';
import { createRedis } from '../redis';
import { AuditRepository } from '../data/auditRepo';
import { OutboxRepository } from '../data/outboxRepo';
import { PoliciesRepository } from '../data/policiesRepo';
import { TokensRepository } from '../data/tokensRepo';
import { UsersRepository } from '../data/usersRepo';
import { LeadsRepository } from '../data/leadsRepo';
import { LeadCountsRepository } from '../data/leadCountsRepo';
import { LeadListRepository } from '../data/leadListRepo';
import { LeadDuplicatesRepository } from '../data/leadDuplicatesRepo';
import { LeadRecordsRepository } from '../data/leadRecordsRepo';
import { StatusesRepository } from '../data/statusesRepo';
import { TeamsRepository } from '../data/teamsRepo';
import { LeadService } from './leads';
import { LeadActionService } from './leadActions';
import { DashboardService } from './dashboard';
import { KeyRotationService } from './keyRotation';
import { OrganisationService } from './organisation';
import { AccountService } from './accounts';
import { AuditService } from './audit';
import { AuthService } from './auth';
import { DataCipher } from './cipher';
import { Emails } from './emails';
import { Jobs } from './jobs';
import { MailService } from './mail';
import { SessionStore } from './sessionStore';
import { SessionService } from './sessions';
import { LoginThrottle } from './throttle';
import { UserAdminService } from './users';

export const SESSION_IDLE_SECONDS = 30 * 60;

export function services(config: Config) {
  const log = createLogger(config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL, log);
  // Web-side Redis: no offline queue, so a Redis outage is a fast error (503), not a hung request.
  const redis = createRedis(config.REDIS_URL, { enableOfflineQueue: false });
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis error'));

  const cipher = new DataCipher(config.dataKeys, config.blindIndexKey);
  const usersRepo = new UsersRepository(db);
  const tokensRepo = new TokensRepository(db);
  const audit = new AuditService(db, new AuditRepository(db));
  const jobs = new Jobs(redis);
  // Without a listener BullMQ prints each Redis error (with its stack) straight to stderr, past the logger.
  for (const q of jobs.all) q.on('error', (err) => log.warn({ err: err.message, queue: q.name }, 'queue error'));
  const mail = new MailService(db, new OutboxRepository(db), jobs, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, mailDir: path.join(config.varDir, 'mail') }, log);
  const emails = new Emails(config.BASE_URL);
  const sessionStore = new SessionStore({ client: redis, prefix: 'valley:sess:', ttl: SESSION_IDLE_SECONDS });
  sessionStore.setMaxListeners(0); // one store serves every app built from these services (tests build many)
  const sessions = new SessionService(db, sessionStore, audit);
  const auth = new AuthService(db, usersRepo, tokensRepo, audit, new LoginThrottle(redis), cipher, mail, emails);
  const accounts = new AccountService(db, usersRepo, tokensRepo, audit, cipher, mail, emails, sessions, config.PASSWORD_MAX_AGE_DAYS);
  const users = new UserAdminService(db, usersRepo, tokensRepo, audit, mail, emails, sessions);
  const policies = new PoliciesRepository(db);
  const leadsRepo = new LeadsRepository(db, cipher);
  const leadRecords = new LeadRecordsRepository(db, cipher);
  const leadList = new LeadListRepository(db, cipher);
  const leadDuplicates = new LeadDuplicatesRepository(db, cipher, leadsRepo);
  const statuses = new StatusesRepository(db);
  const teams = new TeamsRepository(db);
  const leads = new LeadService(db, leadsRepo, leadRecords, leadDuplicates, statuses, usersRepo, audit, config.DEFAULT_PHONE_COUNTRY);
  const leadActions = new LeadActionService(db, leadsRepo, leadRecords, leadDuplicates, leadList, statuses, usersRepo, audit, mail, config.BASE_URL);
  const dashboard = new DashboardService(new LeadCountsRepository(db), statuses);
  const keyRotation = new KeyRotationService(db, cipher);
  const organisation = new OrganisationService(db, teams, statuses, usersRepo, audit);

  return {
    config,
    log,
    db,
    redis,
    cipher,
    audit,
    jobs,
    mail,
    sessions,
    auth,
    accounts,
    users,
    policies,
    leads,
    leadList,
    leadActions,
    dashboard,
    organisation,
    keyRotation,
    async close(): Promise<void> {
      await jobs.close();
      redis.disconnect();
      await closeDb(db);
    },
  };
}

export type Services = ReturnType<typeof services>;
