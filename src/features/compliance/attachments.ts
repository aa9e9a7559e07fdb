// What each attachment really is, for the malware rules: the type its bytes show (file-type), the files inside
// its archives (yauzl, from the central directory; nested archives opened a few levels deep, within size limits, so
// a zip bomb is recognised without being expanded), and whether an Office document carries macros.
import { fileTypeFromBuffer } from 'file-type';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { extOf } from './content';
import type { Attachment, AttachmentFacts } from './model';

const LIMITS = {
  depth: 3,
  entries: 10_000,
  /** Expanded size of all an archive's entries, from its directory. */
  expanded: 100_000_000,
  /** Expanded / compressed size of an entry over 1 MB. */
  ratio: 100,
  /** Largest nested archive read into memory. */
  nested: 20_000_000,
  /** All nested archives read for one attachment, together. */
  nestedTotal: 50_000_000,
};
/** Archives this reader cannot open: their contents cannot be checked, so they count as unreadable. */
const OTHER_ARCHIVES = new Set(['rar', '7z', 'gz', 'tar', 'bz2', 'xz', 'cab', 'arj', 'lzh', 'ace']);
const ARCHIVE = /\.(zip|jar|docx|docm|xlsx|xlsm|pptx|pptm|dotm|xltm|potm|odt|ods)$/i;
const VBA_NAMES = [Buffer.from('_VBA_PROJECT', 'utf16le'), Buffer.from('_VBA_PROJECT'), Buffer.from('VBA/dir')];

class Bomb extends Error {}
class Unreadable extends Error {}

const openZip = (buf: Buffer) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(new Unreadable(err?.message ?? 'not a zip')) : resolve(zip),
    ),
  );

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(new Unreadable(err?.message ?? 'unreadable entry'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > LIMITS.nested) stream.destroy(new Bomb('nested archive too large'));
        else chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
}

/** Every file path inside the archive (nested ones opened), and whether it holds a VBA project (macros). */
interface Listing {
  entries: string[];
  macros: boolean;
  /** Bytes of nested archives read so far. */
  read: number;
}

async function listArchive(buf: Buffer, prefix: string, depth: number, out: Listing) {
  if (depth > LIMITS.depth) throw new Bomb('archives nested too deeply');
  const zip = await openZip(buf);
  let expanded = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e: Error) => reject(e instanceof Bomb ? e : new Unreadable(e.message)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        void (async () => {
          if (out.entries.length >= LIMITS.entries) throw new Bomb('too many files');
          expanded += entry.uncompressedSize;
          const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
          if (expanded > LIMITS.expanded || (entry.uncompressedSize > 1_000_000 && ratio > LIMITS.ratio))
            throw new Bomb('expands far beyond its size');
          if ((entry.generalPurposeBitFlag & 1) !== 0) throw new Unreadable('password-protected');
          const name = `${prefix}${entry.fileName}`;
          if (!entry.fileName.endsWith('/')) out.entries.push(name);
          if (/(^|\/)vbaProject\.bin$/i.test(entry.fileName)) out.macros = true;
          if (ARCHIVE.test(entry.fileName)) {
            out.read += entry.uncompressedSize;
            if (out.read > LIMITS.nestedTotal) throw new Bomb('nested archives expand too far');
            await listArchive(await readEntry(zip, entry), `${name}/`, depth + 1, out);
          }
          zip.readEntry();
        })().catch(reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

/** Facts read once per attachment: a campaign's sample messages share the same attachment objects. */
const known = new WeakMap<Attachment, Promise<AttachmentFacts>>();

export function attachmentFacts(a: Attachment): Promise<AttachmentFacts> {
  let facts = known.get(a);
  if (!facts) known.set(a, (facts = readFacts(a)));
  return facts;
}

async function readFacts(a: Attachment): Promise<AttachmentFacts> {
  const facts: AttachmentFacts = {
    filename: a.filename,
    declaredType: a.contentType.toLowerCase(),
    entries: [],
    macros: false,
    bomb: false,
    unreadable: false,
  };
  const detected = await fileTypeFromBuffer(a.content.subarray(0, 8192)).catch(() => undefined);
  if (detected) facts.detected = { ext: detected.ext, mime: detected.mime };
  if (detected?.ext === 'cfb') facts.macros = VBA_NAMES.some((n) => a.content.includes(n));
  const isZip = a.content.subarray(0, 2).toString('latin1') === 'PK' || /\.zip$/i.test(a.filename);
  if (!isZip && (OTHER_ARCHIVES.has(detected?.ext ?? '') || OTHER_ARCHIVES.has(extOf(a.filename))))
    return { ...facts, unreadable: true };
  if (!isZip) return facts;
  const out: Listing = { entries: [], macros: false, read: 0 };
  try {
    await listArchive(a.content, '', 1, out);
  } catch (err) {
    if (err instanceof Bomb) facts.bomb = true;
    else facts.unreadable = true;
  }
  return { ...facts, entries: out.entries, macros: facts.macros || out.macros };
}
