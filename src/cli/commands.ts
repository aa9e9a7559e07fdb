import crypto from 'node:crypto';
import type { Config } from '../config';
import { createDb } from '../db';
import { ROLES } from '../data/usersRepo';
import { ValidationError } from '../errors';
import { services, type Services } from '../services';
import type { Actor } from '../services/audit';

type Values = Record<string, string | boolean | undefined>;
export interface Command {
  name: string;
  usage: string;
  summary: string;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  required?: string[];
  run(values: Values, config: Config): Promise<number>;
}

const CLI_ACTOR: Actor = { userId: null, ip: 'cli', requestId: `cli-${process.pid}` };
const say = (line: string) => process.stdout.write(`${line}\n`);
const str = (v: Values, k: string) => String(v[k] ?? '');

/** A generated password: 24 random characters (≈143 bits), never in a common-password list. */
export const generatePassword = () => crypto.randomBytes(18).toString('base64url');

async function withServices(config: Config, fn: (s: Services) => Promise<number>): Promise<number> {
  const s = services({ ...config, LOG_LEVEL: 'warn' });
  try {
    return await fn(s);
  } catch (err) {
    if (err instanceof ValidationError) {
      for (const [field, message] of Object.entries(err.errors)) process.stderr.write(`--${field}: ${message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await s.close();
  }
}

export const commands: Command[] = [
  {
    name: 'migrate',
    usage: 'migrate',
    summary: 'Apply database migrations (idempotent).',
    async run(_v, config) {
      const db = createDb(config.DATABASE_URL);
      try {
        const [, applied] = await db.migrate.latest();
        say(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
      } finally {
        await db.destroy();
      }
      return 0;
    },
  },
  {
    name: 'bootstrap',
    usage: 'bootstrap',
    summary: 'Create the first admin when there are no users (prints its password once).',
    run: (_v, config) =>
      withServices(config, async (s) => {
        if ((await s.users.count()) > 0) return 0;
        const password = generatePassword();
        await s.users.create({ email: config.FIRST_ADMIN_EMAIL, name: 'Administrator', role: 'admin' }, password, CLI_ACTOR);
        say(`\nFirst admin created. Sign in at ${config.BASE_URL}/login with\n  e-mail:   ${config.FIRST_ADMIN_EMAIL}\n  password: ${password}\nThis password is shown only now. You will set up two-factor sign-in at first sign-in.\n`);
        return 0;
      }),
  },
  {
    name: 'user:create',
    usage: `user:create --email E --name N --role ${ROLES.join('|')}`,
    summary: 'Create an active user; password from CRM_PASSWORD or generated and printed once.',
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
    required: ['email', 'name', 'role'],
    run: (v, config) =>
      withServices(config, async (s) => {
        const password = config.CRM_PASSWORD ?? generatePassword();
        const user = await s.users.create({ email: str(v, 'email'), name: str(v, 'name'), role: str(v, 'role') }, password, CLI_ACTOR);
        say(`created user ${user.id} (${user.role})`);
        if (!config.CRM_PASSWORD) say(`password (shown once): ${password}`);
        return 0;
      }),
  },
  {
    name: 'user:deactivate',
    usage: 'user:deactivate --email E',
    summary: 'Deactivate a user and end their sessions at once.',
    options: { email: { type: 'string' } },
    required: ['email'],
    run: (v, config) =>
      withServices(config, async (s) => {
        const user = await s.users.findByEmail(str(v, 'email'));
        if (!user) {
          process.stderr.write('no user has that e-mail address\n');
          return 1;
        }
        await s.users.deactivate(user.id, CLI_ACTOR);
        say(`deactivated user ${user.id}`);
        return 0;
      }),
  },
  {
    name: 'audit:verify',
    usage: 'audit:verify',
    summary: 'Walk the audit hash chain; exit 1 and name the first broken row if it was altered.',
    run: (_v, config) =>
      withServices(config, async (s) => {
        const result = await s.audit.verify();
        if (result.ok) {
          say(`audit chain intact: ${result.rows} rows verified`);
          return 0;
        }
        say(`audit chain BROKEN at row ${result.brokenAt}: ${result.reason} (${result.rows} rows before it verified)`);
        return 1;
      }),
  },
];
