import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { ROLES } from '../features/accounts';
import { Scorer, scoreFile } from '../features/compliance';
import { SpamdClient } from '../platform/spamd';
import { closeDb, createDb } from '../platform/db';
import { BadRequestError } from '../platform/errors';
import { backupCommands } from './backupCommands';
import { CLI_ACTOR, say, withServices, type Command, type Values } from './shared';

export type { Command };

const str = (v: Values, k: string) => String(v[k] ?? '');

/** A generated password: 24 random characters (≈143 bits), never in a common-password list. */
export const generatePassword = () => crypto.randomBytes(18).toString('base64url');

export const commands: Command[] = [
  {
    name: 'migrate',
    usage: 'migrate',
    summary: 'Apply database migrations (idempotent).',
    async run(_v, config) {
      const db = createDb(config.DATABASE_URL);
      try {
        const [, applied] = (await db.migrate.latest()) as [number, string[]];
        say(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
      } finally {
        await closeDb(db);
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
        await s.users.create(
          { email: config.FIRST_ADMIN_EMAIL, name: 'Administrator', role: 'admin' },
          password,
          CLI_ACTOR,
        );
        say(
          `\nFirst admin created. Sign in at ${config.BASE_URL}/login with\n  e-mail:   ${config.FIRST_ADMIN_EMAIL}\n  password: ${password}\nThis password is shown only now. You will set up two-factor sign-in at first sign-in.\n`,
        );
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
        const user = await s.users.create(
          { email: str(v, 'email'), name: str(v, 'name'), role: str(v, 'role') },
          password,
          CLI_ACTOR,
        );
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
        const result = await s.platform.audit.verify();
        if (result.ok) {
          say(`audit chain intact: ${result.rows} rows verified`);
          return 0;
        }
        say(`audit chain BROKEN at row ${result.brokenAt}: ${result.reason} (${result.rows} rows before it verified)`);
        return 1;
      }),
  },
  {
    name: 'keys:rotate',
    usage: 'keys:rotate [--wait]',
    summary: 'Re-encrypt personal data under the newest DATA_KEYS key, as a worker job (--wait: run it here).',
    options: { wait: { type: 'boolean' } },
    run: (v, config) =>
      withServices(config, async (s) => {
        const rotation = await s.keyRotation.start();
        say(
          `key rotation ${rotation.id} to key ${rotation.targetKeyId} (phase ${rotation.phase}, ${rotation.rowsDone} rows so far)`,
        );
        await s.platform.audit.record(CLI_ACTOR, {
          action: 'keys.rotate',
          targetType: 'key',
          targetId: rotation.targetKeyId,
          details: { rotation: rotation.id },
        });
        if (v.wait) {
          await s.keyRotation.run(rotation.id);
          const left = await s.keyRotation.remaining();
          say(
            `done; values still under other keys: ${left}${left === 0 ? ' (older keys can now be removed from DATA_KEYS)' : ''}`,
          );
        } else {
          await s.keyRotation.enqueue(rotation.id);
          say('queued for the worker; follow it with: npm run crm -- keys:status');
        }
        return 0;
      }),
  },
  {
    name: 'keys:status',
    usage: 'keys:status',
    summary: 'Show the latest key rotation and how many values still use older keys.',
    run: (_v, config) =>
      withServices(config, async (s) => {
        const r = await s.keyRotation.latest();
        say(
          r
            ? `rotation ${r.id} to key ${r.targetKeyId}: ${r.finishedAt ? `finished ${r.finishedAt.toISOString()}` : `phase ${r.phase}`}, ${r.rowsDone} rows re-encrypted`
            : 'no rotation yet',
        );
        const left = (await s.keyRotation.remainingByPhase()).filter((p) => p.count > 0);
        const total = left.reduce((n, p) => n + p.count, 0);
        const where = left.map((p) => `${p.phase} ${p.count}`).join(', ');
        say(
          `values under older keys: ${total}${total ? ` (${where})` : ' (older keys can be removed from DATA_KEYS)'}`,
        );
        return 0;
      }),
  },
  {
    name: 'mail:inbound',
    usage: 'mail:inbound FILE.eml',
    summary: 'apply a bounce (RFC 3464 DSN) or abuse report (ARF) to the campaign recipient it names',
    positional: 'file',
    run: async (v, config) => {
      let raw: Buffer;
      try {
        raw = await fs.readFile(str(v, 'file'));
      } catch (err) {
        process.stderr.write(`cannot read ${str(v, 'file')}: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`);
        return 1;
      }
      return withServices(config, async (s) => {
        try {
          const { applied } = await s.mailEvents.inbound(raw);
          say(applied ? 'applied' : 'already applied (nothing changed)');
          return 0;
        } catch (err) {
          if (!(err instanceof BadRequestError)) throw err;
          process.stderr.write(`not applied: ${err.message}\n`);
          return 1;
        }
      });
    },
  },
  {
    name: 'spam:score',
    usage: 'spam:score FILE.eml',
    summary:
      'score one RFC 822 message (SpamAssassin and our content and malware rules); JSON out; exit 0 pass, 1 review or block, 2 unreadable, 3 spamd down',
    positional: 'file',
    run: async (v, config) => {
      const outcome = await scoreFile(new Scorer(new SpamdClient(config.SPAMD_URL)), str(v, 'file'));
      if ('error' in outcome) {
        process.stderr.write(`${outcome.error}\n`);
        return outcome.code;
      }
      const { score, verdict, hits, rulesVersion } = outcome.result;
      const out = {
        score,
        verdict,
        rulesVersion,
        hits: hits.map(({ rule, family, weight, explanation }) => ({ rule, family, weight, explanation })),
      };
      say(JSON.stringify(out, null, 2));
      return outcome.code;
    },
  },
  {
    name: 'seed:demo',
    usage: 'seed:demo --leads N',
    summary: 'Add demo teams, users (password from CRM_PASSWORD or printed) and N realistic leads.',
    options: { leads: { type: 'string' } },
    required: ['leads'],
    run: (v, config) =>
      withServices(config, async (s) => {
        const n = Number(v.leads);
        if (!Number.isSafeInteger(n) || n < 0 || n > 10_000_000) {
          process.stderr.write(
            '--leads must be a whole number from 0 to 10000000\n\nUsage: npm run crm -- seed:demo --leads N\n',
          );
          return 2;
        }
        const password = config.CRM_PASSWORD ?? generatePassword();
        const result = await s.demo.seed(n, password, CLI_ACTOR, (done) =>
          process.stdout.write(`\r${done.toLocaleString('en')} / ${n.toLocaleString('en')} leads`),
        );
        await s.dashboard.compact(); // the dashboard's tallies, appended to per batch, as one row per group
        say(
          `\nseeded ${result.leads} leads and ${result.users} new users in ${result.seconds.toFixed(1)} s${result.path === 'bulk' ? ' (one transaction into the empty tables, indexes built after the load)' : ''}`,
        );
        if (result.users && !config.CRM_PASSWORD)
          say(
            `demo users (demo.staff1..24, demo.compliance, demo.admin @valley.local) password, shown once: ${password}`,
          );
        return 0;
      }),
  },
  ...backupCommands,
];
