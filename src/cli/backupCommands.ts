// The CLI's backup commands: make one now (verified before it is reported), list them, verify one again, and
// restore one (by id, or a file on its own with the key) into a named database.
import fs from 'node:fs';
import { BackupFileError, restoreBackup, RestoreRefused, type Backup, type Manifest } from '../features/backups';
import type { Services } from '../services';
import { CLI_ACTOR, say, withServices, type Command } from './shared';

const mb = (n: number | null) => (n === null ? '-' : `${(n / 1e6).toFixed(1)} MB`);
const line = (b: Backup) =>
  [
    String(b.id).padStart(5),
    b.state.padEnd(9),
    b.createdAt.toISOString().slice(0, 16),
    mb(b.size).padStart(10),
    b.verifiedAt ? `verified ${b.verifiedAt.toISOString().slice(0, 16)}` : (b.failure ?? '').slice(0, 60),
    b.pinned ? 'pinned' : '',
    b.file ?? '',
  ].join('  ');

async function waitForEnd(s: Services, id: number): Promise<Backup> {
  for (;;) {
    const b = await s.backupConsole.get(id);
    if (b.state === 'verified' || b.state === 'failed' || b.state === 'pruned') return b;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The backup to restore: a backup's id (its file in BACKUP_DIR) or a file's path (its manifest, if beside it). */
async function source(
  s: Services,
  given: string,
): Promise<{ stream: fs.ReadStream | NodeJS.ReadableStream; manifest?: Manifest }> {
  if (/^\d+$/.test(given)) {
    const b = await s.backupConsole.get(Number(given));
    if (!b.file || b.state === 'pruned') throw new RestoreRefused(`backup ${b.id} has no file (${b.state})`);
    return { stream: s.backupStorage.read(b.file), manifest: b.manifest ?? undefined };
  }
  if (!fs.existsSync(given)) throw new RestoreRefused(`${given}: no such file`);
  const beside = given.replace(/\.vbk$/, '') + '.manifest.json';
  const manifest = fs.existsSync(beside) ? (JSON.parse(fs.readFileSync(beside, 'utf8')) as Manifest) : undefined;
  return { stream: fs.createReadStream(given, { highWaterMark: 1 << 20 }), manifest };
}

export const backupCommands: Command[] = [
  {
    name: 'backup:now',
    usage: 'backup:now',
    summary: 'Make a backup now, verify it by a restore, and print the outcome.',
    run: (_v, config) =>
      withServices(config, async (s) => {
        const id = (await s.backups.request('cli', CLI_ACTOR, undefined, false))!;
        say(`backup ${id}: dumping, then verifying by a restore into a scratch database`);
        await s.backups.run(id);
        const b = await waitForEnd(s, id);
        say(line(b));
        return b.state === 'verified' ? 0 : 1;
      }),
  },
  {
    name: 'backup:list',
    usage: 'backup:list',
    summary: 'List the backups, newest first.',
    run: (_v, config) =>
      withServices(config, async (s) => {
        for (const b of await s.backupConsole.list()) say(line(b));
        return 0;
      }),
  },
  {
    name: 'backup:verify',
    usage: 'backup:verify ID',
    summary: 'Restore a backup into a scratch database again and compare it with its manifest.',
    positional: 'id',
    run: (v, config) =>
      withServices(config, async (s) => {
        if (!/^\d+$/.test(String(v.id))) return (process.stderr.write('give the backup id\n'), 2);
        const outcome = await s.backups.verify(Number(v.id));
        const b = await s.backupConsole.get(Number(v.id));
        say(outcome === 'busy' ? 'another backup or verification is running: try again later' : line(b));
        return outcome === 'verified' ? 0 : 1;
      }),
  },
  {
    name: 'backup:restore',
    usage: 'backup:restore ID|FILE --database URL --yes [--live]',
    summary: 'Restore a backup into a new or empty database (--live: replace DATABASE_URL’s, kept aside).',
    positional: 'source',
    options: { database: { type: 'string' }, yes: { type: 'boolean' }, live: { type: 'boolean' } },
    required: ['database'],
    run: (v, config) =>
      withServices(config, async (s) => {
        if (!v.yes) return (process.stderr.write('restoring writes a whole database: give --yes to go on\n'), 2);
        if (!config.backupKey)
          return (process.stderr.write('BACKUP_KEY is not set: a backup cannot be read without it\n'), 1);
        try {
          const from = await source(s, String(v.source));
          await restoreBackup({
            source: from.stream as fs.ReadStream,
            manifest: from.manifest,
            targetUrl: String(v.database),
            liveUrl: config.DATABASE_URL,
            live: Boolean(v.live),
            key: config.backupKey,
            binDir: config.PG_BIN_DIR,
            say,
          });
          say('restored');
          return 0;
        } catch (err) {
          if (!(err instanceof RestoreRefused || err instanceof BackupFileError)) throw err;
          process.stderr.write(`not restored: ${err.message}\n`);
          return 1;
        }
      }),
  },
];
