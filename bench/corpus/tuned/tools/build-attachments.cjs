'use strict';
// Builds every binary attachment used by the tuning corpus, in memory.
//   node bench/corpus/tuned/tools/build-attachments.cjs [outdir]   (run from /work/main)
// With an outdir it also writes the files there for inspection.
// Nothing here is functional malware: "executables" are the two bytes MZ plus a
// DOS-stub string and zero padding; scripts are one-liners that print 1; Office
// macro files are ZIPs whose vbaProject.bin is a dummy OLE header plus padding.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const yazl = require('yazl');

// ---------- PDF ----------
function pdfEsc(s) {
  return s.replace(/([\\()])/g, '\\$1');
}
function makePdf({ title, lines, link, producer = 'Corpus PDF 1.0', date = '20250301120000' }) {
  let content = 'BT\n/F2 16 Tf\n50 790 Td\n(' + pdfEsc(title) + ') Tj\n/F1 10.5 Tf\n15 TL\n0 -12 Td\n';
  for (const l of lines) content += '(' + pdfEsc(l) + ") '\n";
  content += 'ET\n';
  if (link) {
    content += `0 0.2 0.7 rg\n50 ${link.y} 220 22 re f\nBT /F2 12 Tf 1 1 1 rg 60 ${link.y + 7} Td (${pdfEsc(link.label)}) Tj ET\n`;
  }
  const objs = [];
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  objs.push(
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R' +
      (link ? ' /Annots [8 0 R]' : '') +
      ' >>'
  );
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>');
  objs.push(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`);
  objs.push(`<< /Title (${pdfEsc(title)}) /Producer (${pdfEsc(producer)}) /CreationDate (D:${date}) >>`);
  if (link) objs.push(`<< /Type /Annot /Subtype /Link /Rect [50 ${link.y} 270 ${link.y + 22}] /Border [0 0 0] /A << /S /URI /URI (${pdfEsc(link.uri)}) >> >>`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += String(off).padStart(10, '0') + ' 00000 n \n';
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ---------- PNG ----------
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
function makePng(w, h, px) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const [r, g, b] = px(x, y);
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
function logoPng(bg, fg, w = 96, h = 32) {
  const B = hex(bg);
  const F = hex(fg);
  return makePng(w, h, (x, y) => {
    const cx = 16, cy = h / 2;
    if ((x - cx) ** 2 + (y - cy) ** 2 < 100) return F;
    if (x > 34 && x < w - 8 && y > h / 2 - 3 && y < h / 2 + 3) return F;
    return B;
  });
}
function barChartPng(values, color) {
  const w = 160, h = 90;
  const C = hex(color);
  const bw = Math.floor((w - 20) / values.length);
  return makePng(w, h, (x, y) => {
    if (y === h - 10 || x === 10) return [60, 60, 60];
    const i = Math.floor((x - 12) / bw);
    if (x > 12 && i < values.length && (x - 12) % bw < bw - 4) {
      const top = h - 10 - Math.round(values[i] * (h - 20));
      if (y >= top && y < h - 10) return C;
    }
    return [250, 250, 250];
  });
}
function screenshotPng() {
  return makePng(220, 130, (x, y) => {
    if (y < 14) return [40, 52, 72];
    if (x < 44) return [232, 236, 242];
    if (y > 30 && y < 38 && x > 54 && x < 200) return [210, 214, 220];
    if (y > 46 && y < 54 && x > 54 && x < 170) return [210, 214, 220];
    if (y > 70 && y < 90 && x > 54 && x < 120) return [34, 139, 230];
    if (y > 100 && y < 106 && x > 54 && x < 210 && (x >> 3) % 2) return [220, 80, 70];
    return [255, 255, 255];
  });
}
function bannerPng(c1, c2, w = 300, h = 180, stripes = 6) {
  const A = hex(c1);
  const Bc = hex(c2);
  return makePng(w, h, (x, y) => {
    if (y > h * 0.7 && y < h * 0.88 && x > w * 0.25 && x < w * 0.75) return [255, 215, 0];
    return Math.floor((x + y) / (w / stripes)) % 2 ? A : Bc;
  });
}
function photoPng(seed) {
  return makePng(120, 90, (x, y) => {
    const v = (Math.sin((x + seed) / 9) + Math.cos((y - seed) / 7)) * 40;
    return [Math.max(0, Math.min(255, 150 + v)), Math.max(0, Math.min(255, 120 + v / 2)), Math.max(0, Math.min(255, 90 - v))];
  });
}

// ---------- inert "dangerous" payloads ----------
function fakeExe(tag = '') {
  const stub = Buffer.from('MZ', 'ascii');
  const pad = Buffer.alloc(62);
  const msg = Buffer.from('This program cannot be run in DOS mode.\r\r\n$' + (tag ? ' corpus-' + tag : ''), 'ascii');
  return Buffer.concat([stub, pad, msg, Buffer.alloc(64)]);
}
function fakeOle(note) {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(56), Buffer.from(note || '', 'ascii'), Buffer.alloc(384)]);
}
function fakeLnk() {
  const b = Buffer.alloc(76);
  b.writeUInt32LE(0x4c, 0);
  Buffer.from([0x01, 0x14, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]).copy(b, 4);
  return Buffer.concat([b, Buffer.from('C:\\Windows\\System32\\cmd.exe /c echo 1\0', 'utf16le')]);
}
function fakeIso(volid) {
  const b = Buffer.alloc(0x8000 + 2048 * 2);
  const pvd = 0x8000;
  b[pvd] = 1;
  b.write('CD001', pvd + 1, 'ascii');
  b[pvd + 6] = 1;
  b.write('CORPUS'.padEnd(32, ' '), pvd + 8, 'ascii');
  b.write(volid.padEnd(32, ' '), pvd + 40, 'ascii');
  const term = pvd + 2048;
  b[term] = 255;
  b.write('CD001', term + 1, 'ascii');
  b[term + 6] = 1;
  return b;
}
function fakeClass() {
  return Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x34]), Buffer.alloc(40)]);
}

// ---------- ZIP via yazl ----------
function zip(entries, mtime = new Date('2025-06-01T10:00:00Z')) {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of entries) z.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), name, { mtime });
    z.end();
    const bufs = [];
    z.outputStream.on('data', (d) => bufs.push(d));
    z.outputStream.on('end', () => resolve(Buffer.concat(bufs)));
    z.outputStream.on('error', reject);
  });
}
const CT_DOCX = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const CT_DOCM = CT_DOCX.replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml').replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"');
const CT_XLSM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>`;
const CT_XLSX = CT_XLSM.replace('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>', '').replace('application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
const RELS = (target) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
const wordDoc = (paras) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>`;

// ---------- catalogue ----------
const PDF_CT = 'application/pdf';
async function buildAll() {
  const A = {};
  const put = (key, filename, contentType, data) => (A[key] = { filename, contentType, data });

  // ---- ham PDFs ----
  const pdfs = [
    ['inv-cobalt', 'INV-2025-0412.pdf', 'Cobalt Hosting - Invoice INV-2025-0412', ['Cobalt Hosting Ltd, 4 Quay Street, Bristol BS1 4XX (fictional)', 'Bill to: Harrow & Finch Architects', 'Invoice date: 03 Apr 2025    Due: 17 Apr 2025', '', 'Managed VPS (2 vCPU / 4 GB), April 2025 ...... GBP 48.00', 'Daily off-site backups ....................... GBP 9.00', 'SSL certificate renewal ...................... GBP 0.00', 'Subtotal ..................................... GBP 57.00', 'VAT 20% ...................................... GBP 11.40', 'Total due .................................... GBP 68.40', '', 'Paid by card on file ending 4417. Thank you.']],
    ['inv-greenleaf', 'Greenleaf-Invoice-10387.pdf', 'Greenleaf Office Supplies - Invoice 10387', ['Greenleaf Office Supplies, 88 Market Row, Leeds (fictional)', 'Customer: Pinecrest Dental Group, account 20-4471', 'Order PO-8812 delivered 12 May 2025', '', '10 x A4 copier paper, 5 reams ............. GBP 189.50', '4 x Toner cartridge HL-220 ................ GBP 236.00', '2 x Ergonomic footrest .................... GBP 59.98', 'Net ......................................... GBP 485.48', 'VAT ......................................... GBP 97.10', 'Total ....................................... GBP 582.58', '', 'Terms: 30 days. Bank transfer to account shown on your statement.']],
    ['inv-brightline', 'BR-7781.pdf', 'Brightline Translation Services - Invoice BR-7781', ['Brightline Translation Services GmbH (fictional)', 'Client: Osterhagen Maschinenbau', 'Project: Operator manual DE>EN, 14,200 words', '', 'Translation ............................ EUR 1,704.00', 'Proofreading (second linguist) ......... EUR 426.00', 'Terminology list ....................... EUR 0.00', 'Total (reverse charge, no VAT) ......... EUR 2,130.00', '', 'Payable within 14 days. IBAN on file. Ref: BR-7781']],
    ['inv-orchard', 'orchard-analytics-2026-0093.pdf', 'Orchard Analytics - Invoice 2026-0093', ['Orchard Analytics Inc., 120 Pine St, Portland OR (fictional)', 'Customer: Lumen Fitness Studios', 'Billing period: 01 Feb 2026 - 28 Feb 2026', '', 'Growth plan, 5 seats ....................... USD 245.00', 'Additional dashboard exports (2) ........... USD 20.00', 'Total ...................................... USD 265.00', '', 'Charged to Visa ending 0921 on 01 Mar 2026.']],
    ['inv-tidewater', 'Tidewater_Invoice_4471.pdf', 'Tidewater Marine Parts - Invoice #4471', ['Tidewater Marine Parts, Dock 9, Savannah GA (fictional)', 'Ship to: Blue Heron Charters', '', 'Impeller kit, Yanmar 3YM ................. USD 86.40', 'Raw water pump gasket (x3) ............... USD 14.85', 'Zinc anode set ........................... USD 62.00', 'Freight .................................. USD 18.00', 'Total .................................... USD 181.25', '', 'Net 15. Questions: accounts@tidewater-marine.example']],
    ['inv-atelier', 'Faktura_F-2025-1209.pdf', 'Atelier Nord ApS - Invoice F-2025-1209', ['Atelier Nord ApS, Vesterbrogade 200, Copenhagen (fictional)', 'Client: Fjordline Outdoor AB', 'Brand refresh, phase 2 of 3', '', 'Logo system and guidelines ............. DKK 18,500.00', 'Packaging mock-ups (3 SKUs) ............ DKK 9,750.00', 'Total excl. VAT ........................ DKK 28,250.00', '', 'Due 30 Dec 2025. Reference F-2025-1209.']],
    ['inv-valley', 'ValleyCRM-VC-000318.pdf', 'Valley CRM - Invoice VC-000318', ['Valley CRM (fictional), billing@valley.example', 'Workspace: Carrow Industrial Supply', 'Plan: Team, 12 users, annual', '', 'Team plan, 12 users x 12 months ........ USD 3,456.00', 'Campaign add-on (25k contacts) ......... USD 600.00', 'Discount (annual prepay 10%) ........... USD -405.60', 'Total .................................. USD 3,650.40', '', 'Paid by ACH on 14 Jan 2026.']],
    ['inv-summit', 'Summit-Catering-55120.pdf', 'Summit Catering Co. - Invoice 55120', ['Summit Catering Co., 14 Ridge Road, Denver CO (fictional)', 'Event: Kestrel Biotech customer day, 22 Sep 2025', '', 'Lunch buffet, 80 guests ................ USD 2,240.00', 'Coffee service AM/PM ................... USD 360.00', 'Staff (4 x 6h) ......................... USD 672.00', 'Deposit received ....................... USD -1,000.00', 'Balance due ............................ USD 2,272.00']],
    ['quote-ridgeway', 'Ridgeway-Solar-Quote-Q-2025-118.pdf', 'Ridgeway Solar - Quotation Q-2025-118', ['Ridgeway Solar Installers (fictional)', 'Site: Holloway Farm Shop, rear barn roof', '', '24 x 430 W panels, black frame .......... GBP 5,760.00', 'Hybrid inverter 8 kW ................... GBP 1,450.00', 'Battery 10 kWh ......................... GBP 4,200.00', 'Scaffolding and installation ........... GBP 2,100.00', 'Total (0% VAT on energy-saving materials) GBP 13,510.00', '', 'Quote valid for 30 days. Installation lead time 5-6 weeks.']],
    ['proposal-meridian', 'Meridian_CRM_Migration_Proposal_v2.pdf', 'Meridian Consulting - CRM Migration Proposal (v2)', ['Prepared for: Halvorsen Freight AS', 'Scope: migrate 48k contacts, 6 pipelines and 3 years of activity history', '', 'Phase 1 Discovery and data audit ....... 6 days', 'Phase 2 Mapping and test migration ..... 8 days', 'Phase 3 Cut-over and training .......... 4 days', 'Fixed fee .............................. EUR 21,600', '', 'Assumptions: read access to the legacy database; one admin on your side.']],
    ['quote-fernwood', 'Fernwood-Print-Estimate-2291.pdf', 'Fernwood Print - Estimate 2291', ['Fernwood Print & Finishing (fictional)', 'Job: trade show brochure, A5, 16pp, 2,500 copies', '', 'Paper: 170gsm silk text, 300gsm cover', 'Print: 4/4 CMYK, matt laminate cover', 'Price ................................. GBP 1,395.00', 'Proof: PDF proof within 24h of artwork', '', 'Delivery: 5 working days from proof approval.']],
    ['sow-copperleaf', 'SOW_Copperleaf_Q3.pdf', 'Copperleaf Digital - Statement of Work', ['Client: Anvil & Oak Furniture', 'Period: July - September 2025', '', '1. Paid search management (up to USD 8k media/month)', '2. Monthly landing page test (3 total)', '3. Reporting call every second Tuesday', 'Monthly retainer ...................... USD 3,200', '', 'Either party may end with 30 days notice.']],
    ['guide-stackwise', 'Stackwise-Getting-Started.pdf', 'Stackwise - Getting Started Guide', ['Welcome to Stackwise inventory.', '1. Import your product list (CSV template on page 2)', '2. Connect your first warehouse location', '3. Invite teammates and set roles', '4. Turn on low-stock alerts', '', 'Help centre: https://help.stackwise.example']],
    ['slip-harbor', 'PackingSlip-HB-55821.pdf', 'Harbor Books - Packing Slip HB-55821', ['Order HB-55821, shipped 07 Nov 2025', '1 x "Negotiating Without Tears", paperback', '2 x "The Field Sales Handbook", hardcover', '1 x Bookmark set (gift)', '', 'Returns accepted within 30 days with this slip.']],
    ['pricelist-kiln', 'Kiln-and-Clay-Trade-Prices-2026.pdf', 'Kiln & Clay Supply - Trade Price List 2026', ['Effective 1 March 2026', 'Stoneware clay 12.5kg ........ GBP 14.20 (was 13.10)', 'Porcelain clay 10kg .......... GBP 21.90 (was 20.40)', 'Clear glaze 5kg .............. GBP 38.00 (unchanged)', 'Kiln shelf 40x30 ............. GBP 46.50 (was 42.00)', '', 'Orders placed before 28 Feb are honoured at current prices.']],
    ['agenda-webinar', 'Webinar-Agenda-Cold-Chain.pdf', 'Webinar agenda - Cold chain compliance 2026', ['Thursday 19 March 2026, 15:00-16:00 CET', '15:00 Welcome and housekeeping', '15:05 What changes in the 2026 temperature logging rules', '15:25 Case study: a 40-truck fleet', '15:45 Q&A', '', 'Hosted by Polar Route Telematics (fictional)']],
    ['report-q3', 'Q3-2025-sales-summary.pdf', 'Q3 2025 sales summary (internal)', ['Bookings: 1.42M (plan 1.35M)', 'New logos: 37', 'Churned: 4', 'Average deal size: 38.4k', 'Top region: DACH', '', 'Internal only.']],
  ];
  for (const [key, fn, title, lines] of pdfs) put(key, fn, PDF_CT, makePdf({ title, lines }));

  // ---- ham images ----
  put('logo-juniper', 'juniper-logo.png', 'image/png', logoPng('#ffffff', '#2e7d32'));
  put('logo-fathom', 'fathom.png', 'image/png', logoPng('#0b2545', '#8da9c4'));
  put('logo-bramble', 'bramble-coffee.png', 'image/png', logoPng('#fff8ee', '#6d3b1f'));
  put('logo-northstar', 'northstar.png', 'image/png', logoPng('#ffffff', '#c62828', 120, 36));
  put('chart-pipeline', 'pipeline-by-stage.png', 'image/png', barChartPng([0.9, 0.7, 0.45, 0.3, 0.12], '#3f51b5'));
  put('chart-tickets', 'ticket-volume-week.png', 'image/png', barChartPng([0.4, 0.55, 0.8, 0.6, 0.5, 0.2, 0.1], '#00897b'));
  put('screenshot-import', 'import-settings.png', 'image/png', screenshotPng());
  put('photo-product', 'new-grinder.png', 'image/png', photoPng(3));
  put('photo-booth', 'booth-photo.png', 'image/png', photoPng(17));
  put('pixel', 'p.png', 'image/png', makePng(1, 1, () => [255, 255, 255]));

  // ---- ham CSV / other ----
  put('csv-leads', 'leads-export-2025-05-20.csv', 'text/csv', 'first_name,last_name,company,email,stage,owner\nPriya,Raman,Solvent Labs,priya.raman@solvent-labs.example,Qualified,jmorris\nTomas,Lindqvist,Norrsken AB,tomas@norrsken.example,Proposal,jmorris\nAisha,Bello,Kora Foods,aisha.bello@korafoods.example,New,kchen\nGreg,Oduya,Redwater Pumps,g.oduya@redwater.example,Negotiation,kchen\n');
  put('csv-pricelist', 'price-changes-2026.csv', 'text/csv', 'sku,description,old_price_usd,new_price_usd,effective\nFB-100,Fiber tape 50m,12.40,13.10,2026-04-01\nFB-220,Splice closure,48.00,51.50,2026-04-01\nFB-310,Patch panel 24p,96.00,96.00,2026-04-01\nFB-402,Pigtail LC 1m (10 pack),19.90,21.20,2026-04-01\n');
  put('csv-attendees', 'expo-booth-scans.csv', 'text/csv', 'scanned_at,name,company,interest\n2025-10-08 10:14,Lena Hoffmann,Auerbach Kliniken,Scheduling\n2025-10-08 10:32,Marco Ricci,Ricci Trasporti,Fleet\n2025-10-08 11:05,Sanne de Vries,Groenveld BV,Pricing\n2025-10-08 13:47,Oliver Grant,Grant & Co,Integration\n');
  put('csv-manifest', 'manifest-PO-30418.csv', 'text/csv', 'line,sku,qty,carton\n1,VLV-3/4-BR,120,1-4\n2,VLV-1-BR,80,5-7\n3,GSK-KIT-22,40,8\n');
  put('ics-demo', 'invite.ics', 'text/calendar', ics('demo-7781@calendar.lattice.example', '20250617T140000Z', '20250617T143000Z', 'Lattice HR demo - Pinecrest Dental', 'Video call: https://meet.lattice-hr.example/j/4410927', 'ana.sousa@lattice-hr.example', 'r.kaur@pinecrestdental.example'));
  put('ics-review', 'invite.ics', 'text/calendar', ics('qbr-2025q4-1188@cal.fathom-data.example', '20251204T090000Z', '20251204T100000Z', 'Quarterly business review - Fathom Data / Carrow', 'Carrow HQ, meeting room 2', 'nate.oyelaran@fathom-data.example', 'm.greer@carrow-supply.example'));
  put('ics-site', 'site-visit.ics', 'text/calendar', ics('sitevisit-20260212@ridgeway-solar.example', '20260212T100000Z', '20260212T113000Z', 'Roof survey - Holloway Farm Shop', 'Holloway Farm Shop, Lower Lane (fictional)', 'tom.beckett@ridgeway-solar.example', 'jenny@hollowayfarm.example'));
  put('zip-q3', 'Q3-2025-reporting-pack.zip', 'application/zip', await zip([
    ['Q3-2025-sales-summary.pdf', A['report-q3'].data],
    ['q3-bookings-by-region.csv', 'region,bookings\nDACH,412000\nNordics,288000\nUK&I,351000\nBenelux,199000\nSouthern Europe,170000\n'],
  ]));
  put('docx-nda', 'Mutual_NDA_Draft_v3.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await zip([
    ['[Content_Types].xml', CT_DOCX],
    ['_rels/.rels', RELS('word/document.xml')],
    ['word/document.xml', wordDoc(['MUTUAL NON-DISCLOSURE AGREEMENT (DRAFT v3)', 'Between Quillfield Software Ltd and Osterhagen Maschinenbau GmbH (both fictional).', '1. Confidential Information means ...', '2. Term: two (2) years from the Effective Date.'])],
  ]));
  put('xlsx-rates', 'freight-rates-2026.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await zip([
    ['[Content_Types].xml', CT_XLSX],
    ['_rels/.rels', RELS('xl/workbook.xml')],
    ['xl/workbook.xml', workbook],
  ]));

  // ---- spam / malware-like (inert) ----
  put('exe-double', 'invoice.pdf.exe', 'application/octet-stream', fakeExe('double'));
  put('js-payment', 'Payment_Advice_0391.js', 'application/javascript', 'WScript.Echo(1);\r\n');
  put('vbs-order', 'Order_Details_PO77412.vbs', 'text/vbscript', 'WScript.Echo 1\r\n');
  put('scr-photos', 'photo_album_2025.scr', 'application/octet-stream', fakeExe('scr'));
  put('bat-update', 'security_update.bat', 'application/x-bat', '@echo off\r\necho 1\r\n');
  put('cmd-mailbox', 'fix_mailbox_quota.cmd', 'application/octet-stream', '@echo 1\r\n');
  put('jar-remit', 'Remittance_Advice.jar', 'application/java-archive', await zip([
    ['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\r\nMain-Class: Remit\r\n\r\n'],
    ['Remit.class', fakeClass()],
  ]));
  put('iso-ship', 'Shipment_Documents_2025.iso', 'application/x-iso9660-image', fakeIso('SHIPMENT_DOCS'));
  put('lnk-contract', 'Contract_Scan.pdf.lnk', 'application/octet-stream', fakeLnk());
  put('msi-teams', 'TeamsMeetingUpdate.msi', 'application/x-msi', fakeOle('msi'));
  put('ps1-statement', 'Statement_March.ps1', 'application/octet-stream', 'Write-Output 1\r\n');
  put('hta-voicemail', 'Voicemail_0047.hta', 'application/hta', '<html><head><title>Voicemail</title></head><body><script>document.write(1)</script></body></html>\r\n');
  put('zip-js', 'Invoice_88213.zip', 'application/zip', await zip([['Invoice_88213.js', 'WScript.Echo(1);\r\n']]));
  put('zip-exe', 'DHL_AWB_7730215.zip', 'application/zip', await zip([['DHL_AWB_Document_7730215.exe', fakeExe('zip')]]));
  const inner = await zip([['Scan_0042.pdf.exe', fakeExe('nested')], ['readme.txt', 'see document']]);
  put('zip-nested', 'Documents.zip', 'application/zip', await zip([['Docs_Signed.zip', inner]]));
  put('docm-po', 'Purchase_Order_2026-114.docm', 'application/vnd.ms-word.document.macroEnabled.12', await zip([
    ['[Content_Types].xml', CT_DOCM],
    ['_rels/.rels', RELS('word/document.xml')],
    ['word/document.xml', wordDoc(['This document is protected.', 'Click "Enable Content" to view the purchase order.'])],
    ['word/vbaProject.bin', fakeOle('Attribute VB_Name = "ThisDocument"')],
  ]));
  put('xlsm-salary', 'Salary_Adjustments_2026.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', await zip([
    ['[Content_Types].xml', CT_XLSM],
    ['_rels/.rels', RELS('xl/workbook.xml')],
    ['xl/workbook.xml', workbook],
    ['xl/vbaProject.bin', fakeOle('Attribute VB_Name = "Module1"')],
  ]));
  put('pdf-is-mz', 'report.pdf', 'application/pdf', fakeExe('mismatch'));
  put('png-is-mz', 'IMG_20250611.png', 'image/png', fakeExe('png'));
  put('exe-rtlo', 'Invoice_2025_\u202Efdp.exe', 'application/octet-stream', fakeExe('rtlo'));
  put('html-fax', 'Fax_Message_3pages.html', 'text/html', '<!DOCTYPE html><html><head><title>eFax Viewer</title></head><body style="font-family:Arial"><h3>You have a secure fax (3 pages)</h3><p>Sign in with your email account to view the document.</p><form action="http://198.51.100.23/fax/view.php" method="post"><input name="email" placeholder="Email"><br><input name="pass" type="password" placeholder="Password"><br><button>View Fax</button></form></body></html>\r\n');
  put('pdf-phish', 'Secure_Document_Review.pdf', 'application/pdf', makePdf({ title: 'Secure document shared with you', lines: ['A document has been shared with you via SharePoint.', 'File: Q1_Payment_Schedule.xlsx (2 pages)', '', 'Click below to open the document in your browser.'], link: { y: 640, label: 'OPEN DOCUMENT', uri: 'http://203.0.113.77/sp/login.php?id=44812' }, producer: 'Microsoft Word' }));
  put('img-casino', 'bonus.png', 'image/png', bannerPng('#7b1fa2', '#311b92'));
  put('img-diet', 'slim.png', 'image/png', bannerPng('#43a047', '#c0ca33', 280, 240, 4));
  put('img-watch', 'w.png', 'image/png', bannerPng('#212121', '#616161', 320, 200, 10));
  put('img-stock', 'alert.png', 'image/png', bannerPng('#d32f2f', '#ffffff', 300, 150, 12));
  return A;
}

function ics(uid, start, end, summary, location, organizer, attendee) {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Corpus//Calendar//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${start}`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${summary}`,
    `LOCATION:${location}`,
    `ORGANIZER:mailto:${organizer}`,
    `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${attendee}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

module.exports = { buildAll, makePdf, makePng };

if (require.main === module) {
  const out = process.argv[2];
  buildAll().then((A) => {
    for (const [k, v] of Object.entries(A)) {
      console.log(k.padEnd(18), String(v.data.length).padStart(6), v.contentType.padEnd(40), v.filename);
      if (out) {
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, k + '__' + v.filename.replace(/[^\w.-]/g, '_')), v.data);
      }
    }
  });
}
