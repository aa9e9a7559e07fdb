// The encrypted backup file: a 64-byte header, then chunks, each sealed with AES-256-GCM under its own nonce and
// tag, so a file is verified and decrypted as a stream and a damaged one is refused at the first bad chunk.
//
//   header  "VALLEYBK" | version u8 | 3 zero bytes | key id u32 | chunk size u32 | salt 16 | key check 16 | 12 zero
//   chunk   length u32 | final u8 | nonce 12 | ciphertext (length bytes) | tag 16
//
// The file key is HKDF-SHA256(backup key, salt): every file has its own. Each chunk's additional data is the
// header, the chunk's index and its final flag, so chunks cannot be reordered, dropped, moved between files, or cut
// off after one that is not the last. The key check (also from HKDF) tells a wrong key apart from an altered file.
import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export const MAGIC = Buffer.from('VALLEYBK');
export const FORMAT_VERSION = 1;
const HEADER = 64;
const CHUNK_HEAD = 4 + 1 + 12;
const TAG = 16;
export const CHUNK_SIZE = 1 << 20;
const MAX_CHUNK = 16 << 20;

export interface BackupKey {
  id: number;
  key: Buffer;
}

export type FileProblem = 'not-a-backup' | 'unsupported' | 'wrong-key' | 'truncated' | 'altered' | 'checksum';
/** Why a backup file cannot be read: `reason` for code, the message for people. */
export class BackupFileError extends Error {
  constructor(
    readonly reason: FileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupFileError';
  }
}

const derive = (key: Buffer, salt: Buffer, info: string, length: number) =>
  Buffer.from(crypto.hkdfSync('sha256', key, salt, info, length));

function header(key: BackupKey, salt: Buffer, chunkSize: number): Buffer {
  const h = Buffer.alloc(HEADER);
  MAGIC.copy(h, 0);
  h.writeUInt8(FORMAT_VERSION, 8);
  h.writeUInt32BE(key.id, 12);
  h.writeUInt32BE(chunkSize, 16);
  salt.copy(h, 20);
  derive(key.key, salt, 'valley-backup key check', 16).copy(h, 36);
  return h;
}

function aad(head: Buffer, index: number, final: boolean): Buffer {
  const a = Buffer.alloc(HEADER + 9);
  head.copy(a, 0);
  a.writeBigUInt64BE(BigInt(index), HEADER);
  a.writeUInt8(final ? 1 : 0, HEADER + 8);
  return a;
}

/** Plaintext in, the encrypted file out; `sha256` (of the file's bytes) and `bytes` are known once it ends. */
export class Encryptor extends Transform {
  private readonly head: Buffer;
  private readonly fileKey: Buffer;
  private readonly hash = crypto.createHash('sha256');
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private index = 0;
  bytes = 0;
  sha256 = '';

  constructor(
    key: BackupKey,
    private readonly chunkSize = CHUNK_SIZE,
  ) {
    super();
    const salt = crypto.randomBytes(16);
    this.head = header(key, salt, chunkSize);
    this.fileKey = derive(key.key, salt, 'valley-backup chunks', 32);
    this.out(this.head);
  }

  private out(b: Buffer) {
    this.hash.update(b);
    this.bytes += b.length;
    this.push(b);
  }

  private seal(plain: Buffer, final: boolean) {
    const nonce = crypto.randomBytes(12);
    const c = crypto.createCipheriv('aes-256-gcm', this.fileKey, nonce);
    c.setAAD(aad(this.head, this.index++, final));
    const body = Buffer.concat([c.update(plain), c.final()]);
    const head = Buffer.alloc(CHUNK_HEAD);
    head.writeUInt32BE(plain.length, 0);
    head.writeUInt8(final ? 1 : 0, 4);
    nonce.copy(head, 5);
    this.out(Buffer.concat([head, body, c.getAuthTag()]));
  }

  override _transform(data: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.pending.push(data);
    this.pendingLength += data.length;
    if (this.pendingLength >= this.chunkSize) {
      let all = Buffer.concat(this.pending);
      while (all.length >= this.chunkSize) {
        this.seal(all.subarray(0, this.chunkSize), false);
        all = all.subarray(this.chunkSize);
      }
      this.pending = all.length ? [all] : [];
      this.pendingLength = all.length;
    }
    done();
  }

  override _flush(done: TransformCallback) {
    this.seal(Buffer.concat(this.pending), true);
    this.sha256 = this.hash.digest('hex');
    done();
  }
}

/** The encrypted file in, the plaintext out, each chunk checked before any of it is passed on. */
export class Decryptor extends Transform {
  private readonly hash = crypto.createHash('sha256');
  private buffered: Buffer[] = [];
  private bufferedLength = 0;
  private head: Buffer | undefined;
  private fileKey: Buffer | undefined;
  private index = 0;
  private offset = 0;
  private ended = false;
  /** Set once the file ended: the SHA-256 of its bytes. */
  sha256 = '';
  keyId: number | undefined;

  constructor(private readonly key: BackupKey) {
    super();
  }

  private takeBytes(n: number): Buffer | undefined {
    if (this.bufferedLength < n) return undefined;
    const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
    const rest = all.subarray(n);
    this.buffered = rest.length ? [rest] : [];
    this.bufferedLength = rest.length;
    this.offset += n;
    return all.subarray(0, n);
  }

  private readHeader(h: Buffer) {
    if (!h.subarray(0, 8).equals(MAGIC))
      throw new BackupFileError('not-a-backup', 'this is not a Valley CRM backup file (its first bytes are wrong)');
    if (h.readUInt8(8) !== FORMAT_VERSION)
      throw new BackupFileError('unsupported', `backup format version ${h.readUInt8(8)} is not one this version reads`);
    if (h.readUInt32BE(16) > MAX_CHUNK)
      throw new BackupFileError(
        'altered',
        `the header declares chunks of ${h.readUInt32BE(16)} bytes: the file was altered`,
      );
    this.keyId = h.readUInt32BE(12);
    if (this.keyId !== this.key.id)
      throw new BackupFileError(
        'wrong-key',
        `the backup was encrypted with key id ${this.keyId}, but the configured BACKUP_KEY has id ${this.key.id}`,
      );
    const salt = h.subarray(20, 36);
    if (!crypto.timingSafeEqual(derive(this.key.key, salt, 'valley-backup key check', 16), h.subarray(36, 52)))
      throw new BackupFileError(
        'wrong-key',
        `the configured BACKUP_KEY (id ${this.key.id}) is not the key this backup was encrypted with`,
      );
    this.head = Buffer.from(h);
    this.fileKey = derive(this.key.key, salt, 'valley-backup chunks', 32);
  }

  /** One chunk if all of it has arrived: false when more bytes are needed. */
  private readChunk(): boolean {
    if (this.bufferedLength < CHUNK_HEAD) return false;
    const first = this.buffered[0].length >= CHUNK_HEAD ? this.buffered[0] : Buffer.concat(this.buffered);
    const length = first.readUInt32BE(0);
    if (length > this.head!.readUInt32BE(16))
      throw new BackupFileError('altered', `chunk ${this.index} (at byte ${this.offset}) has an impossible length`);
    const at = this.offset;
    const record = this.takeBytes(CHUNK_HEAD + length + TAG);
    if (!record) return false;
    const final = record.readUInt8(4) === 1;
    const d = crypto.createDecipheriv('aes-256-gcm', this.fileKey!, record.subarray(5, CHUNK_HEAD));
    d.setAAD(aad(this.head!, this.index, final));
    d.setAuthTag(record.subarray(CHUNK_HEAD + length));
    let plain: Buffer;
    try {
      plain = Buffer.concat([d.update(record.subarray(CHUNK_HEAD, CHUNK_HEAD + length)), d.final()]);
    } catch {
      throw new BackupFileError('altered', `chunk ${this.index} (at byte ${at}) fails its check: the file was altered`);
    }
    this.index++;
    if (plain.length) this.push(plain);
    if (final) this.ended = true;
    return true;
  }

  override _transform(data: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.hash.update(data);
    if (this.ended) return done(new BackupFileError('altered', 'the file goes on after its last chunk'));
    this.buffered.push(data);
    this.bufferedLength += data.length;
    try {
      if (!this.head) {
        const h = this.takeBytes(HEADER);
        if (!h) return done();
        this.readHeader(h);
      }
      while (!this.ended && this.readChunk());
      if (this.ended && this.bufferedLength)
        return done(new BackupFileError('altered', 'the file goes on after its last chunk'));
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback) {
    this.sha256 = this.hash.digest('hex');
    if (!this.head && this.offset + this.bufferedLength < HEADER && this.offset + this.bufferedLength > 0)
      return done(new BackupFileError('truncated', 'the file is truncated: it is shorter than a backup header'));
    if (!this.head) return done(new BackupFileError('not-a-backup', 'the file is empty'));
    if (!this.ended)
      return done(
        new BackupFileError(
          'truncated',
          `the file is truncated: it ends at byte ${this.offset + this.bufferedLength}, inside or before chunk ${this.index}, without its last chunk`,
        ),
      );
    done();
  }
}
