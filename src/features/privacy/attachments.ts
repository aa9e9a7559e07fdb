// An attachment's bytes on disk (an ID scan): encrypted with the data cipher, as its base64 text (the cipher takes
// strings). Files written before they were encrypted hold the PDF, PNG or JPEG itself, which never starts like the
// cipher's text ("v1."), so they are still read as they are.
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
