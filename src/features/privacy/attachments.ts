// An attachment's bytes on disk (an ID scan): encrypted with the data cipher, as its base64 text (the cipher takes
// strings). Files written before they were encrypted hold the PDF, PNG or JPEG itself, which never starts like the
// cipher's text ("v1."), so they are still read as they are. Key rotation re-encrypts a sealed file into a new file
// beside it, then renames that over it (atomic: a reader gets the old file or the new one, whole).
import fs from 'node:fs/promises';
import type { DataCipher } from '../../platform/crypto';

const SEALED = Buffer.from('v1.');

/** The file's content for these bytes. */
export const sealAttachment = (cipher: DataCipher, bytes: Buffer): Buffer =>
  Buffer.from(cipher.encrypt(bytes.toString('base64')), 'utf8');

/** The bytes of a file written by sealAttachment (or, before encryption, the bytes themselves). */
export function openAttachment(cipher: DataCipher, content: Buffer): Buffer {
  if (!content.subarray(0, SEALED.length).equals(SEALED)) return content;
  return Buffer.from(cipher.decrypt(content.toString('utf8')), 'base64');
}

/** The key id a file's content is sealed under (from its first bytes), or undefined for a file never sealed. */
export function sealedKeyId(cipher: DataCipher, content: Buffer): number | undefined {
  if (!content.subarray(0, SEALED.length).equals(SEALED)) return undefined;
  return cipher.keyIdOf(content.subarray(0, 32).toString('utf8'));
}

/** The first bytes of a file (enough for sealedKeyId), or undefined when it is not there. */
export async function headOf(file: string): Promise<Buffer | undefined> {
  const fh = await fs.open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!fh) return undefined;
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(32), 0, 32, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Re-encrypts a sealed file under the cipher's newest key: the new content written (and synced) to `<file>.rekey`,
 * then renamed over the file. Returns whether it changed it (not for a file missing, never sealed or already under
 * that key).
 */
export async function resealAttachment(cipher: DataCipher, file: string): Promise<boolean> {
  const content = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!content) return false;
  const keyId = sealedKeyId(cipher, content);
  if (keyId === undefined || keyId === cipher.currentKeyId) return false;
  const next = Buffer.from(cipher.reencrypt(content.toString('utf8')), 'utf8');
  const tmp = `${file}.rekey`;
  try {
    const fh = await fs.open(tmp, 'w');
    try {
      await fh.writeFile(next);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  return true;
}
