// The only reader of process.env. Validated with zod at boot; a bad value stops the process with one line.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

const isCron = (v: string) => {
  try {
    CronExpressionParser.parse(v, { tz: 'UTC' });
    return true;
  } catch {
    return false;
  }
};
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const keyring = z
  .string()
  .regex(
    /^(\d+:[A-Za-z0-9+/=]{43,44})(,\d+:[A-Za-z0-9+/=]{43,44})*$/,
    'expected "id:base64key[,id:base64key…]" with 32-byte keys',
  );

const notSet = 'is not set: run `npm start` once (it records the servers it uses in var/services.json), or set it';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  BASE_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z.string({ error: notSet }).regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  REDIS_URL: z.string({ error: notSet }).regex(/^rediss?:\/\//, 'must be a redis:// URL'),
  /** Redis behind Sentinel: "host:port,host:port" of the Sentinels; REDIS_URL then gives password and db only. */
  REDIS_SENTINELS: z
    .string()
    .regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, 'expected host:port of each Sentinel, separated by commas')
    .optional(),
  /** The Sentinels' name for the primary (their `sentinel monitor <name> …`). */
  REDIS_SENTINEL_NAME: z.string().min(1).default('mymaster'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATA_KEYS: keyring.optional(),
  BLIND_INDEX_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Signs unsubscribe links and the return paths that match bounces to recipients. */
  UNSUBSCRIBE_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Signs mail events posted to /webhooks/mail-events (HMAC-SHA256 over timestamp and body). */
  MAIL_WEBHOOK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** SpamAssassin's spamd (spamc protocol), which scores campaign content before anything is sent. */
  SPAMD_URL: z
    .string()
    .regex(/^spamd:\/\/[^/]+$/, 'must be a spamd://host:port URL')
    .default('spamd://127.0.0.1:7830'),
  /** Security-pattern thresholds per hour, e.g. "SEC_LOCKOUTS=5,SEC_VIEW_BURST=500" (the rest keep defaults). */
  SECURITY_THRESHOLDS: z
    .string()
    .regex(/^(SEC_[A-Z_]+=\d+)(,SEC_[A-Z_]+=\d+)*$/, 'expected "SEC_RULE=n[,SEC_RULE=n…]"')
    .optional(),
  MAIL_FROM: z.string().default('Valley CRM <no-reply@valley.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  COOKIE_SECURE: bool.optional(),
  PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(1).default(180),
  FIRST_ADMIN_EMAIL: z.email().default('admin@valley.local'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/)
    .default('100kb'),
  DEFAULT_PHONE_COUNTRY: z.string().length(2).default('GB'),
  LEAD_STALE_DAYS: z.coerce.number().int().min(1).default(180),
  /** Largest CSV file a lead import accepts (bytes), rows per transaction, and the days an import can be undone. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(50 * 1024 * 1024),
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(1).max(10_000).default(500),
  IMPORT_UNDO_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  VAR_DIR: z.string().default('var'),
  /** Hours before a maintenance window that affected users are reminded of it. */
  MAINTENANCE_REMINDER_HOURS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'expected hours like "72,24"')
    .default('72,24'),
  /** Users written per batch of a notice's fan-out. */
  NOTICE_BATCH: z.coerce.number().int().min(1).max(10_000).optional(),
  /** Encrypts backups: "id:base64key" (32 bytes). Kept apart from the backups; without it no backup is made. */
  BACKUP_KEY: z
    .string()
    .regex(/^\d{1,9}:[A-Za-z0-9+/=]{43,44}$/, 'expected "id:base64key" with a 32-byte key')
    .optional(),
  /** The folder backups are written to (default VAR_DIR/backups). */
  BACKUP_DIR: z.string().optional(),
  /** When scheduled backups run: a cron pattern, in UTC. */
  BACKUP_SCHEDULE: z
    .string()
    .refine((v) => v === 'off' || isCron(v), 'expected a cron pattern such as "0 2 * * *", or "off"')
    .default('0 2 * * *'),
  /** How many backups retention keeps. */
  BACKUP_KEEP: z
    .string()
    .regex(/^((daily|weekly|monthly)=\d+)(,(daily|weekly|monthly)=\d+)*$/, 'expected "daily=7,weekly=4,monthly=12"')
    .refine((v) => !/(^|,)daily=0+(,|$)/.test(v), 'must keep at least one daily backup (daily=1 or more)')
    .default('daily=7,weekly=4,monthly=12'),
  /** Where pg_dump and pg_restore are, when not in /usr/lib/postgresql/<server version>/bin or /usr/bin. */
  PG_BIN_DIR: z.string().optional(),
  /** Only for `npm run crm -- user:create`: the new user's password (else one is generated). */
  CRM_PASSWORD: z.string().optional(),
});

export type Env = z.infer<typeof schema>;
export interface Config extends Env {
  production: boolean;
  sessionSecret: string;
  dataKeys: { id: number; key: Buffer }[];
  blindIndexKey: Buffer;
  unsubscribeKey: Buffer;
  mailWebhookSecret: string;
  cookieSecure: boolean;
  varDir: string;
  /** Undefined when BACKUP_KEY is not set (in production) or not readable: backups then refuse to run. */
  backupKey: { id: number; key: Buffer } | undefined;
  backupDir: string;
}

export class ConfigError extends Error {}

const random = () => crypto.randomBytes(32).toString('base64url');
/** Secrets a development machine generates for itself, and how. */
const GENERATED = {
  SESSION_SECRET: random,
  DATA_KEYS: () => `1:${crypto.randomBytes(32).toString('base64')}`,
  BLIND_INDEX_KEY: random,
  UNSUBSCRIBE_KEY: random,
  MAIL_WEBHOOK_SECRET: random,
};
type Secrets = Record<keyof typeof GENERATED, string>;
const SECRET_NAMES = Object.keys(GENERATED) as (keyof Secrets)[];
/** Without these the data already stored cannot be read: never generated again into an existing file. */
const KEEP = ['SESSION_SECRET', 'DATA_KEYS', 'BLIND_INDEX_KEY'];

/** Secrets a developer has not set are generated once into var/secrets.json (never in production). */
function devSecrets(varDir: string): Secrets {
  const file = path.join(varDir, 'secrets.json');
  let saved: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    try {
      saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      saved = {};
    }
    if (!KEEP.every((k) => typeof saved[k] === 'string'))
      throw new ConfigError(
        `configuration: ${file} is damaged; set SESSION_SECRET, DATA_KEYS and BLIND_INDEX_KEY, or restore the file (deleting it makes encrypted data unreadable)`,
      );
  }
  const missing = SECRET_NAMES.filter((k) => typeof saved[k] !== 'string');
  const secrets = Object.fromEntries(
    SECRET_NAMES.map((k) => [k, typeof saved[k] === 'string' ? saved[k] : GENERATED[k]()]),
  ) as Secrets;
  if (missing.length) {
    fs.mkdirSync(varDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    process.emitWarning(`generated development secrets into ${file}; set ${missing.join(', ')} in production`);
  }
  return secrets;
}

/** A development machine's backup key: generated once into VAR_DIR/backup-key (0600), apart from the backups. */
function devBackupKey(varDir: string): string {
  const file = path.join(varDir, 'backup-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(varDir, { recursive: true });
    // written aside, then linked into place: two processes starting at once agree on one key
    const aside = `${file}.${process.pid}`;
    fs.writeFileSync(aside, `1:${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(aside, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(aside, { force: true });
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const BACKUP_KEY_FORMAT = /^(\d{1,9}):([A-Za-z0-9+/=]{43,44})$/;

function parseBackupKey(setting: string | undefined, source = 'BACKUP_KEY'): Config['backupKey'] {
  if (!setting) return undefined;
  const m = BACKUP_KEY_FORMAT.exec(setting);
  const buf = m ? Buffer.from(m[2], 'base64') : Buffer.alloc(0);
  if (!m || buf.length !== 32 || Number(m[1]) < 1)
    throw new ConfigError(`configuration: ${source} must be "id:base64key" with an id from 1 and a 32-byte key`);
  return { id: Number(m[1]), key: buf };
}

/**
 * The PostgreSQL and Redis URLs that `npm start` resolved (VAR_DIR/services.json), so the CLI and a second process
 * reach the same servers without exports. Used only for what the environment leaves unset.
 */
export const SERVICES_FILE = 'services.json';
function startedServices(varDir: string): { DATABASE_URL?: string; REDIS_URL?: string; SPAMD_URL?: string } {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(varDir, SERVICES_FILE), 'utf8')) as Record<string, unknown>;
    const pick = (k: string) => (typeof saved[k] === 'string' ? saved[k] : undefined);
    return { DATABASE_URL: pick('DATABASE_URL'), REDIS_URL: pick('REDIS_URL'), SPAMD_URL: pick('SPAMD_URL') };
  } catch {
    return {};
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  // Never in production, where a stale file could point a process at the wrong servers.
  const local = given.NODE_ENV !== 'production' && !(given.DATABASE_URL && given.REDIS_URL);
  const started = local ? startedServices(path.resolve(given.VAR_DIR ?? 'var')) : {};
  const values = { ...Object.fromEntries(Object.entries(started).filter(([, v]) => v)), ...given };
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`configuration: ${issue.path.join('.') || 'environment'} ${issue.message}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  const varDir = path.resolve(env.VAR_DIR);
  for (const name of SECRET_NAMES) {
    if (production && !env[name]) throw new ConfigError(`configuration: ${name} is required in production`);
  }
  const fallback = production || SECRET_NAMES.every((k) => env[k]) ? undefined : devSecrets(varDir);
  const sessionSecret = env.SESSION_SECRET ?? fallback!.SESSION_SECRET;
  const dataKeys = (env.DATA_KEYS ?? fallback!.DATA_KEYS).split(',').map((pair) => {
    const [id, key] = pair.split(':');
    const buf = Buffer.from(key, 'base64');
    if (buf.length !== 32) throw new ConfigError('configuration: DATA_KEYS each key must be 32 bytes (base64)');
    return { id: Number(id), key: buf };
  });
  return {
    ...env,
    production,
    sessionSecret,
    dataKeys,
    blindIndexKey: Buffer.from(env.BLIND_INDEX_KEY ?? fallback!.BLIND_INDEX_KEY),
    unsubscribeKey: Buffer.from(env.UNSUBSCRIBE_KEY ?? fallback!.UNSUBSCRIBE_KEY),
    mailWebhookSecret: env.MAIL_WEBHOOK_SECRET ?? fallback!.MAIL_WEBHOOK_SECRET,
    cookieSecure: env.COOKIE_SECURE ?? production,
    varDir,
    backupKey: env.BACKUP_KEY
      ? parseBackupKey(env.BACKUP_KEY)
      : production
        ? undefined
        : parseBackupKey(devBackupKey(varDir), `${path.join(varDir, 'backup-key')} (damaged?)`),
    backupDir: path.resolve(env.BACKUP_DIR ?? path.join(varDir, 'backups')),
  };
}

/** Entry points call this: print one clear line and exit on a bad configuration. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
