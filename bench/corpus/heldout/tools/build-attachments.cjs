'use strict';
// Attachment builders for the blind held-out corpus. Everything is deterministic and dependency-free
// (ZIPs are written here, not with yazl, so that ZipCrypto "password-protected" archives can be made too).
//
// Nothing here is executable code:
//   - "executables" (.exe/.scr/.com/.pif/.dll) are an MZ header, zero padding and a marker string;
//   - scripts (.js/.vbs/.wsf/.bat/.cmd/.ps1/.hta) are harmless echo one-liners or static HTML;
//   - .lnk is a bare shell-link header, .iso an empty ISO 9660 volume, .img an empty FAT boot sector,
//     .vhd a zero disk with a footer, .msi/.doc/.xls an OLE2 signature plus zeros, .one a OneNote GUID stub,
//     .jar a ZIP with a manifest and a zero-filled class stub;
//   - .docm/.xlsm are small OOXML packages whose vbaProject.bin is an OLE signature plus zeros (no macro);
//   - phishing "login pages" post to documentation IP ranges (192.0.2/24, 198.51.100/24, 203.0.113/24).
//
//   node tools/build-attachments.cjs               # list every attachment in the corpus
//   node tools/build-attachments.cjs --out DIR     # also write them to DIR

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');

// ---------------------------------------------------------------------------------------------
// PDF 1.4, one or more pages of Helvetica text, optional link annotations, correct xref table.
// pages: array of { title, lines, links: [{ rect:[x1,y1,x2,y2], uri }] } or (title, lines) shorthand.
// ---------------------------------------------------------------------------------------------
function pdf(title, lines, opts = {}) {
  const pages = opts.pages || [{ title, lines, links: opts.links || [] }];
  const esc = (s) =>
    s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)').replace(/[^\x20-\x7e]/g, (c) => {
      const code = Buffer.from(c, 'latin1')[0];
      return '\\' + code.toString(8).padStart(3, '0');
    });
  const objs = [];
  const add = (s) => (objs.push(s), objs.length);
  const catalog = add(null);
  const pagesObj = add(null);
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids = [];
  for (const pg of pages) {
    const ops = ['BT', '/F2 15 Tf', '56 786 Td', `(${esc(pg.title)}) Tj`, '/F1 10 Tf', '0 -30 Td'];
    for (const l of pg.lines) ops.push(`(${esc(l)}) Tj`, '0 -15 Td');
    ops.push('ET');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    const annots = (pg.links || []).map((l) =>
      add(`<< /Type /Annot /Subtype /Link /Rect [${l.rect.join(' ')}] /Border [0 0 0] /A << /Type /Action /S /URI /URI (${esc(l.uri)}) >> >>`),
    );
    const annotStr = annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R${annotStr} >>`));
  }
  objs[catalog - 1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Title (${esc(title)}) /Producer (${esc(opts.producer || 'Valley CRM blind corpus')}) /CreationDate (D:${opts.date || '20250901090000'}Z) >>`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ---------------------------------------------------------------------------------------------
// PNG (RGB, 8 bit) drawn by a pixel function; correct CRCs.
// ---------------------------------------------------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(w, h, pixel) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const [r, g, b] = pixel(x, y);
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A QR-code-looking image (three finder squares and pseudo-random modules); it encodes nothing. */
function qrLike(seed, scale = 5) {
  const n = 29;
  const bits = crypto.createHash('sha256').update(seed).digest();
  const more = Buffer.concat(Array.from({ length: 8 }, (_, i) => crypto.createHash('sha256').update(seed + i).digest()));
  return png((n + 4) * scale, (n + 4) * scale, (x, y) => {
    const mx = Math.floor(x / scale) - 2;
    const my = Math.floor(y / scale) - 2;
    if (mx < 0 || my < 0 || mx >= n || my >= n) return [255, 255, 255];
    const finder = (cx, cy) => {
      const dx = mx - cx;
      const dy = my - cy;
      if (dx < -1 || dy < -1 || dx > 7 || dy > 7) return null;
      if (dx < 0 || dy < 0 || dx > 6 || dy > 6) return [255, 255, 255];
      const ring = Math.min(dx, dy, 6 - dx, 6 - dy);
      return ring === 1 ? [255, 255, 255] : [0, 0, 0];
    };
    const f = finder(0, 0) || finder(n - 7, 0) || finder(0, n - 7);
    if (f) return f;
    const i = my * n + mx;
    return (more[i >> 3 & 255] ^ bits[i & 31]) & (1 << (i & 7)) ? [0, 0, 0] : [255, 255, 255];
  });
}

/** Simple bar chart image. */
function barChart(values, color = [40, 90, 160]) {
  const w = 40 + values.length * 30;
  const h = 140;
  const max = Math.max(...values);
  return png(w, h, (x, y) => {
    if (y === h - 20 || x === 20) return [80, 80, 80];
    const i = Math.floor((x - 30) / 30);
    if (i >= 0 && i < values.length && (x - 30) % 30 < 20) {
      const top = h - 20 - Math.round((values[i] / max) * (h - 40));
      if (y >= top && y < h - 20) return color;
    }
    return [255, 255, 255];
  });
}

// ---------------------------------------------------------------------------------------------
// ZIP writer: store or deflate, fixed DOS timestamp, optional traditional PKWARE (ZipCrypto) encryption.
// entries: [[name, data]] ; opts: { password, method: 'store'|'deflate' }
// ---------------------------------------------------------------------------------------------
const DOS_TIME = ((8 << 11) | (30 << 5) | 0) & 0xffff; // 08:30:00
const DOS_DATE = (((2025 - 1980) << 9) | (9 << 5) | 2) & 0xffff; // 2025-09-02
function crcByte(c, b) {
  return (CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)) >>> 0;
}
function zipCryptoEncrypt(password, header12, data) {
  let k0 = 0x12345678, k1 = 0x23456789, k2 = 0x34567890;
  const upd = (c) => {
    k0 = crcByte(k0, c);
    k1 = (Math.imul((k1 + (k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    k2 = crcByte(k2, k1 >>> 24);
  };
  for (const ch of Buffer.from(password, 'utf8')) upd(ch);
  const plain = Buffer.concat([header12, data]);
  const out = Buffer.alloc(plain.length);
  for (let i = 0; i < plain.length; i++) {
    const t = (k2 | 2) & 0xffff;
    const ks = ((Math.imul(t, t ^ 1) >>> 8) & 0xff);
    out[i] = plain[i] ^ ks;
    upd(plain[i]);
  }
  return out;
}
function zip(entries, opts = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, d] of entries) {
    const data = Buffer.isBuffer(d) ? d : Buffer.from(d, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const method = opts.method === 'store' || data.length < 64 ? 0 : 8;
    let body = method === 8 ? zlib.deflateRawSync(data, { level: 9 }) : data;
    let flags = /[^\x20-\x7e]/.test(name) ? 0x0800 : 0;
    if (opts.password) {
      flags |= 1;
      const hdr = crypto.createHash('sha256').update(name + opts.password).digest().subarray(0, 12);
      hdr[11] = (crc >>> 24) & 0xff;
      body = zipCryptoEncrypt(opts.password, Buffer.from(hdr), body);
    }
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(DOS_TIME, 10);
    lh.writeUInt16LE(DOS_DATE, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(nameBuf.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(0x031e, 4); // made by: UNIX, 3.0
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(DOS_TIME, 12);
    ch.writeUInt16LE(DOS_DATE, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(nameBuf.length, 28);
    ch.writeUInt32LE(name.endsWith('/') ? 0x41ed0010 : 0x81a40000, 38); // external attrs (unix mode)
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, nameBuf, body);
    centrals.push(ch, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

// ---------------------------------------------------------------------------------------------
// Office Open XML: plain .xlsx / .docx (no macros) and macro-enabled .docm / .xlsm with a stub vbaProject.bin.
// ---------------------------------------------------------------------------------------------
const X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const xesc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function oleStub(size = 1024) {
  return Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(size - 8)]);
}
function docx(paragraphs, opts = {}) {
  const macro = !!opts.macro;
  const types =
    X +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
    `<Override PartName="/word/document.xml" ContentType="${macro ? 'application/vnd.ms-word.document.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'}"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>';
  const rels =
    X +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>';
  const docRels =
    X +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    (macro ? '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' : '') +
    (opts.remoteTemplate ? `<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="${xesc(opts.remoteTemplate)}" TargetMode="External"/>` : '') +
    '</Relationships>';
  const body =
    X +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xesc(p)}</w:t></w:r></w:p>`).join('') +
    '</w:body></w:document>';
  const core =
    X +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${xesc(opts.title || '')}</dc:title><dc:creator>${xesc(opts.author || '')}</dc:creator></cp:coreProperties>`;
  const entries = [
    ['[Content_Types].xml', types],
    ['_rels/.rels', rels],
    ['docProps/core.xml', core],
    ['word/document.xml', body],
    ['word/_rels/document.xml.rels', docRels],
  ];
  if (macro) entries.push(['word/vbaProject.bin', oleStub(1536)]);
  return zip(entries);
}
function xlsx(rows, opts = {}) {
  const macro = !!opts.macro;
  const col = (i) => String.fromCharCode(65 + i);
  const sheet =
    X +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    rows
      .map(
        (r, ri) =>
          `<row r="${ri + 1}">` +
          r
            .map((v, ci) =>
              typeof v === 'number'
                ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>`
                : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${xesc(v)}</t></is></c>`,
            )
            .join('') +
          '</row>',
      )
      .join('') +
    '</sheetData></worksheet>';
  const types =
    X +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
    `<Override PartName="/xl/workbook.xml" ContentType="${macro ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'}"/>` +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '</Types>';
  const rels =
    X +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const wb =
    X +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${xesc(opts.sheet || 'Sheet1')}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const wbRels =
    X +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    (macro ? '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' : '') +
    '</Relationships>';
  const entries = [
    ['[Content_Types].xml', types],
    ['_rels/.rels', rels],
    ['xl/workbook.xml', wb],
    ['xl/_rels/workbook.xml.rels', wbRels],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  if (macro) entries.push(['xl/vbaProject.bin', oleStub(1536)]);
  return zip(entries);
}

// ---------------------------------------------------------------------------------------------
// Calendar and contact cards.
// ---------------------------------------------------------------------------------------------
function ics({ method = 'REQUEST', uid, start, end, tz, summary, location, description, organizer, attendees = [], status, seq = 0, url }) {
  const fold = (line) => {
    const out = [];
    let s = line;
    while (Buffer.byteLength(s, 'utf8') > 74) {
      let cut = 74;
      while (Buffer.byteLength(s.slice(0, cut), 'utf8') > 74) cut--;
      out.push(s.slice(0, cut));
      s = ' ' + s.slice(cut);
    }
    out.push(s);
    return out.join('\r\n');
  };
  const e = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
  const dt = (k, v) => (tz ? `${k};TZID=${tz}:${v}` : `${k}:${v}`);
  const L = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Valley CRM//Scheduler 4.2//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20250901T080000Z',
    dt('DTSTART', start),
    dt('DTEND', end),
    `SUMMARY:${e(summary)}`,
  ];
  if (location) L.push(`LOCATION:${e(location)}`);
  if (description) L.push(`DESCRIPTION:${e(description)}`);
  if (url) L.push(`URL:${url}`);
  if (organizer) L.push(`ORGANIZER;CN=${organizer.name}:mailto:${organizer.email}`);
  for (const a of attendees) L.push(`ATTENDEE;CN=${a.name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`);
  L.push(`SEQUENCE:${seq}`, `STATUS:${status || (method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED')}`, 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return Buffer.from(L.map(fold).join('\r\n') + '\r\n', 'utf8');
}
function vcf({ name, org, title, email, tel, url }) {
  const [first, ...rest] = name.split(' ');
  return Buffer.from(
    ['BEGIN:VCARD', 'VERSION:3.0', `N:${rest.join(' ')};${first};;;`, `FN:${name}`, `ORG:${org}`, `TITLE:${title}`, `EMAIL;TYPE=WORK:${email}`, `TEL;TYPE=WORK:${tel}`, url ? `URL:${url}` : null, 'END:VCARD']
      .filter(Boolean)
      .join('\r\n') + '\r\n',
    'utf8',
  );
}

// ---------------------------------------------------------------------------------------------
// Harmless stand-ins for dangerous file types.
// ---------------------------------------------------------------------------------------------
function fakeExe(tag, kind = 'exe') {
  const head = Buffer.alloc(128);
  head.write('MZ', 0, 'ascii');
  head[2] = 0x90;
  head.writeUInt32LE(0x40, 0x3c); // e_lfanew -> a bare "PE\0\0" signature, no sections
  head.write('PE\0\0', 0x40, 'latin1');
  const marker = Buffer.from(`\0HARMLESS TEST FIXTURE (${kind}:${tag}) - not a program\0`, 'ascii');
  return Buffer.concat([head, marker, Buffer.alloc(64)]);
}
function fakeLnk() {
  const b = Buffer.alloc(76);
  b.writeUInt32LE(0x4c, 0);
  Buffer.from('0114020000000000c000000000000046', 'hex').copy(b, 4);
  return b;
}
function fakeIso(label) {
  const sector = 2048;
  const b = Buffer.alloc(sector * 18);
  const pvd = 16 * sector;
  b[pvd] = 1;
  b.write('CD001', pvd + 1, 'ascii');
  b[pvd + 6] = 1;
  b.write(label.padEnd(32, ' ').slice(0, 32), pvd + 40, 'ascii');
  const term = 17 * sector;
  b[term] = 255;
  b.write('CD001', term + 1, 'ascii');
  b[term + 6] = 1;
  return b;
}
function fakeImg(label) {
  // 1.44 MB floppy geometry declared, but only the boot sector + empty FATs are present.
  const b = Buffer.alloc(512 * 4);
  Buffer.from([0xeb, 0x3c, 0x90]).copy(b, 0);
  b.write('MSDOS5.0', 3, 'ascii');
  b.writeUInt16LE(512, 11);
  b[13] = 1;
  b.writeUInt16LE(1, 14);
  b[16] = 2;
  b.writeUInt16LE(224, 17);
  b.writeUInt16LE(2880, 19);
  b[21] = 0xf0;
  b.writeUInt16LE(9, 22);
  b[38] = 0x29;
  b.write(label.padEnd(11, ' ').slice(0, 11), 43, 'ascii');
  b.write('FAT12   ', 54, 'ascii');
  b[510] = 0x55;
  b[511] = 0xaa;
  b[512] = 0xf0;
  b[513] = 0xff;
  b[514] = 0xff;
  return b;
}
function fakeVhd() {
  const footer = Buffer.alloc(512);
  footer.write('conectix', 0, 'ascii');
  footer.writeUInt32BE(2, 8);
  footer.writeUInt32BE(0x00010000, 12);
  footer.writeBigUInt64BE(0xffffffffffffffffn, 16);
  footer.write('vpc ', 28, 'ascii');
  footer.writeUInt32BE(2, 60); // fixed disk
  return Buffer.concat([Buffer.alloc(4096), footer]);
}
function fakeOne() {
  const guid = Buffer.from('e4525c7b8cd8a74daeb15378d02996d3', 'hex');
  return Buffer.concat([guid, Buffer.alloc(1008)]);
}
function fakeJar(mainClass) {
  const cls = Buffer.concat([Buffer.from('cafebabe00000034', 'hex'), Buffer.alloc(120)]);
  return zip([
    ['META-INF/MANIFEST.MF', `Manifest-Version: 1.0\r\nMain-Class: ${mainClass}\r\nCreated-By: 17.0.2\r\n\r\n`],
    [mainClass.replace(/\./g, '/') + '.class', cls],
  ]);
}
const scripts = {
  js: (tag) => Buffer.from(`// ${tag}\r\nWScript.Echo("harmless test fixture");\r\n`),
  jse: () => Buffer.from('#@~^AAAAAA==harmless-test-fixture^#~@\r\n'),
  vbs: (tag) => Buffer.from(`' ${tag}\r\nWScript.Echo "harmless test fixture"\r\n`),
  wsf: () => Buffer.from('<job id="a"><script language="JScript">WScript.Echo("harmless test fixture");</script></job>\r\n'),
  bat: (tag) => Buffer.from(`@echo off\r\nrem ${tag}\r\necho harmless test fixture\r\n`),
  ps1: (tag) => Buffer.from(`# ${tag}\r\nWrite-Output 'harmless test fixture'\r\n`),
  hta: (title) =>
    Buffer.from(`<html><head><title>${title}</title><HTA:APPLICATION ID="app" APPLICATIONNAME="${title}" SHOWINTASKBAR="no"/></head><body><p>Loading, please wait...</p></body></html>\r\n`),
};

module.exports = { pdf, png, qrLike, barChart, zip, docx, xlsx, oleStub, ics, vcf, fakeExe, fakeLnk, fakeIso, fakeImg, fakeVhd, fakeOne, fakeJar, scripts, crc32 };

if (require.main === module) {
  // Lists (or writes) every attachment the corpus definitions produce.
  const { loadAll } = require('./build-corpus.cjs');
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : null;
  if (out) fs.mkdirSync(out, { recursive: true });
  for (const { dir, file, def } of loadAll()) {
    for (const a of def.att || []) {
      const buf = Buffer.isBuffer(a.content) ? a.content : Buffer.from(String(a.content), 'utf8');
      const fname = `${dir}-${file.replace(/\.eml$/, '')}--${a.name.replace(/[^\w.-]+/g, '_')}`;
      if (out) fs.writeFileSync(path.join(out, fname), buf);
      console.log(`${(dir + '/' + file).padEnd(52)} ${a.name.padEnd(40)} ${String(buf.length).padStart(7)} bytes  ${a.type}`);
    }
  }
}
