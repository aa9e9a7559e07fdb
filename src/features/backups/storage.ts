// Where backup files live, behind a small interface so object storage can be added beside the folder. A file is
// written under a temporary name and only given its real name by `commit`, after its manifest: a worker killed
// mid-backup leaves nothing that looks complete, and the next run clears what it left.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface BackupStorage {
  /** A stream to write `name` into (under a temporary name until `commit`). */
  create(name: string): Writable;
  /** Gives `name` (and its manifest) their real names: from now on it is there. */
  commit(name: string, manifest: object): Promise<void>;
  read(name: string): Readable;
  size(name: string): Promise<number | undefined>;
  manifest(name: string): Promise<unknown>;
  /** Deletes the file and its manifest (nothing if absent). */
  remove(name: string): Promise<void>;
  /** Deletes what interrupted writes left; returns how many. */
  clearPartial(): Promise<number>;
  /** Where a file is, for people (a path or a URL). */
  where(name: string): string;
}

const PARTIAL = '.partial';

async function synced(file: string): Promise<void> {
  const h = await fsp.open(file, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}
export const manifestName = (name: string) => name.replace(/\.vbk$/, '') + '.manifest.json';

/** Backups in a folder (BACKUP_DIR): files 0600, the folder 0700. */
export class FolderStorage implements BackupStorage {
  constructor(private readonly dir: string) {}

  private file(name: string): string {
    if (!/^[A-Za-z0-9._-]+$/.test(name) || name.startsWith('.')) throw new Error(`bad backup file name: ${name}`);
    return path.join(this.dir, name);
  }

  create(name: string): Writable {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    return fs.createWriteStream(this.file(name) + PARTIAL, { mode: 0o600 });
  }

  async commit(name: string, manifest: object): Promise<void> {
    const m = this.file(manifestName(name));
    await fsp.writeFile(m + PARTIAL, JSON.stringify(manifest, null, 2), { mode: 0o600 });
    // on disk before they get their names, and the names on disk after: a machine that crashes keeps both or neither
    await synced(m + PARTIAL);
    await synced(this.file(name) + PARTIAL);
    await fsp.rename(m + PARTIAL, m);
    await fsp.rename(this.file(name) + PARTIAL, this.file(name));
    await synced(this.dir);
  }

  read(name: string): Readable {
    return fs.createReadStream(this.file(name), { highWaterMark: 1 << 20 });
  }

  async size(name: string): Promise<number | undefined> {
    return fsp.stat(this.file(name)).then(
      (s) => s.size,
      () => undefined,
    );
  }

  async manifest(name: string): Promise<unknown> {
    return JSON.parse(await fsp.readFile(this.file(manifestName(name)), 'utf8')) as unknown;
  }

  async remove(name: string): Promise<void> {
    for (const f of [name, manifestName(name)]) {
      await fsp.rm(this.file(f), { force: true });
      await fsp.rm(this.file(f) + PARTIAL, { force: true });
    }
  }

  async clearPartial(): Promise<number> {
    const names = await fsp.readdir(this.dir).catch(() => [] as string[]);
    const partial = names.filter((n) => n.endsWith(PARTIAL));
    for (const n of partial) await fsp.rm(path.join(this.dir, n), { force: true });
    return partial.length;
  }

  where(name: string): string {
    return this.file(name);
  }
}
