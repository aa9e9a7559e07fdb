// The accounts feature: sign-in, two-factor, sessions, passwords, invitations and user administration.
// Other code uses it only through this file.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import { AccountService } from './accounts';
import { AuthService, type AuthDeps } from './auth';
import { DevicesStore } from './data/devicesStore';
import { SessionsStore } from './data/sessionsStore';
import { TokensStore } from './data/tokensStore';
import { UsersStore } from './data/usersStore';
import { Emails } from './emails';
import { SESSION_IDLE_SECONDS } from './model';
import { SessionStore } from './sessionStore';
import { SessionService } from './sessions';
import { LoginThrottle } from './throttle';
import { UserAdminService } from './users';

export * from './model';
export { accountRoutes } from './routes';
export { loadUser } from './routes/currentUser';
export { endSession } from './routes/logout';
export type { AccountsDeps } from './routes/deps';
export { accountJobs } from './jobs';
export type { AccountService } from './accounts';
export type { AuthService } from './auth';
export type { SessionService } from './sessions';
export type { UserAdminService, UserInput } from './users';

export function accountStores(db: Knex) {
  return {
    users: new UsersStore(db),
    tokens: new TokensStore(db),
    sessions: new SessionsStore(db),
    devices: new DevicesStore(),
  };
}
export type AccountStores = ReturnType<typeof accountStores>;

export function createAccounts(p: Platform, stores: AccountStores, notify: AuthDeps['notify']) {
  const { db, audit, mail, cipher, config } = p;
  const emails = new Emails(config.BASE_URL);
  const sessionStore = new SessionStore({ client: p.redis, prefix: 'valley:sess:', ttl: SESSION_IDLE_SECONDS });
  sessionStore.setMaxListeners(0); // one store serves every app built from these services (tests build many)
  const sessions = new SessionService(stores.sessions, sessionStore, audit);
  const { users: userStore, tokens, devices } = stores;
  const throttle = new LoginThrottle(p.redis);
  const auth = new AuthService({
    db,
    users: userStore,
    tokens,
    devices,
    audit,
    throttle,
    cipher,
    mail,
    emails,
    notify,
    clock: p.clock,
  });
  const passwordMaxAgeDays = config.PASSWORD_MAX_AGE_DAYS;
  const accounts = new AccountService({
    db,
    users: userStore,
    tokens,
    audit,
    cipher,
    mail,
    emails,
    sessions,
    passwordMaxAgeDays,
  });
  const users = new UserAdminService({ db, users: userStore, tokens, audit, mail, emails, sessions });
  return { auth, accounts, sessions, users };
}
export type Accounts = ReturnType<typeof createAccounts>;
