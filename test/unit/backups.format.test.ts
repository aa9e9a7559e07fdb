import crypto from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { expect } from 'chai';
import { BackupFileError, Decryptor, Encryptor, type BackupKey } from '../../src/features/backups/format';
import { toKeep } from '../../src/features/backups/retention';

const key: BackupKey = { id: 3, key: crypto.randomBytes(32) };

async function encrypt(plain: Buffer, chunkSize = 1000): Promise<Buffer> {
  const parts: Buffer[] = [];
  // fed in odd-sized pieces, as pg_dump's output arrives
  const pieces = [];
  for (let i = 0; i < plain.length; i += 777) pieces.push(plain.subarray(i, i + 777));
  await pipeline(Readable.from(pieces), new Encryptor(key, chunkSize), sink(parts));
  return Buffer.concat(parts);
}
const sink = (parts: Buffer[]) =>
  new Writable({
    write(c: Buffer, _e, cb) {
      parts.push(c);
      cb();
    },
  });
async function decrypt(file: Buffer, k = key): Promise<Buffer> {
  const parts: Buffer[] = [];
  const pieces = [];
  for (let i = 0; i < file.length; i += 500) pieces.push(file.subarray(i, i + 500));
  await pipeline(Readable.from(pieces), new Decryptor(k), sink(parts));
  return Buffer.concat(parts);
}
async function problem(file: Buffer, k = key): Promise<BackupFileError> {
  try {
    await decrypt(file, k);
  } catch (err) {
    expect(err).to.be.instanceOf(BackupFileError);
    return err as BackupFileError;
  }
  throw new Error('decrypted without complaint');
}

describe('backup file format (AES-256-GCM chunks)', () => {
  const plain = crypto.randomBytes(10_500);

  it('round-trips any length, in chunks each with its own nonce', async () => {
    const file = await encrypt(plain);
    expect(file.subarray(0, 8).toString()).to.equal('VALLEYBK');
    expect(file.includes(plain.subarray(0, 32))).to.equal(false);
    expect((await decrypt(file)).equals(plain)).to.equal(true);
    expect((await decrypt(await encrypt(Buffer.alloc(0)))).length).to.equal(0);
    expect((await decrypt(await encrypt(plain.subarray(0, 1000)))).equals(plain.subarray(0, 1000))).to.equal(true);
  });

  it('refuses an altered byte, naming the chunk', async () => {
    const file = await encrypt(plain);
    const bad = Buffer.from(file);
    bad[64 + 1033 * 2 + 40] ^= 1;
    const e = await problem(bad);
    expect(e.reason).to.equal('altered');
    expect(e.message).to.match(/chunk 2 .*altered/);
  });

  it('refuses a truncated file, even cut exactly between chunks', async () => {
    const file = await encrypt(plain);
    expect((await problem(file.subarray(0, file.length - 10))).reason).to.equal('truncated');
    expect((await problem(file.subarray(0, 64 + 1033 * 3))).reason).to.equal('truncated');
    expect((await problem(file.subarray(0, 30))).reason).to.equal('truncated');
  });

  it('refuses dropped or reordered chunks and trailing bytes', async () => {
    const file = await encrypt(plain);
    const c = (i: number) => file.subarray(64 + 1033 * i, 64 + 1033 * (i + 1));
    const swapped = Buffer.concat([file.subarray(0, 64), c(1), c(0), file.subarray(64 + 1033 * 2)]);
    expect((await problem(swapped)).reason).to.equal('altered');
    const dropped = Buffer.concat([file.subarray(0, 64), c(1), file.subarray(64 + 1033 * 2)]);
    expect((await problem(dropped)).reason).to.equal('altered');
    expect((await problem(Buffer.concat([file, Buffer.from('x')]))).reason).to.equal('altered');
    const huge = Buffer.from(file);
    huge.writeUInt32BE(0xffffffff, 16); // a header asking for 4 GiB chunks is refused before anything is buffered
    expect((await problem(huge)).message).to.match(/declares chunks of 4294967295 bytes/);
  });

  it('tells a wrong key (or key id) from an altered file, and a stranger file from both', async () => {
    const file = await encrypt(plain);
    const other = await problem(file, { id: 3, key: crypto.randomBytes(32) });
    expect(other.reason).to.equal('wrong-key');
    expect(other.message).to.match(/not the key/);
    expect((await problem(file, { id: 4, key: key.key })).message).to.match(/key id 3.*has id 4/);
    expect((await problem(Buffer.from('PGDMP'.padEnd(200, 'x')))).reason).to.equal('not-a-backup');
  });
});

describe('backup retention (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps the newest of each of the last days, weeks and months, and every pinned one', () => {
    const backups = [];
    for (let d = new Date('2026-01-01T02:00:00Z'), id = 1; d.getUTCFullYear() === 2026; id++) {
      backups.push({ id, at: new Date(d), pinned: d.toISOString().startsWith('2026-03-15') });
      d.setUTCDate(d.getUTCDate() + 1);
    }
    // a second backup on the last day: the older of the two goes
    backups.push({ id: 1000, at: new Date('2026-12-31T01:00:00Z'), pinned: false });
    const kept = toKeep(backups, { daily: 7, weekly: 4, monthly: 12 });
    const days = backups.filter((b) => kept.has(b.id)).map((b) => b.at.toISOString().slice(0, 10));
    expect(days.sort()).to.deep.equal(
      [
        ...['01-31', '02-28', '03-15', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31'],
        ...['11-30', '12-13', '12-20', '12-25', '12-26', '12-27', '12-28', '12-29', '12-30', '12-31'],
      ].map((d) => `2026-${d}`),
    );
    expect(kept.get(backups[73].id)).to.equal('pinned');
    expect(kept.has(1000)).to.equal(false);
  });
});
