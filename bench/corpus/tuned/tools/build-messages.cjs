'use strict';
// Assembles the tuning corpus from the hand-written message definitions in ./data.
//   cd /work/main && node bench/corpus/tuned/tools/build-messages.cjs
// Writes ../ham/NNN-slug.eml and ../spam/NNN-slug.eml (existing .eml files there are replaced).
const fs = require('fs');
const path = require('path');
const M = require('./lib/mime.cjs');
const H = require('./lib/html.cjs');
const { buildAll } = require('./build-attachments.cjs');

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(__dirname, 'data');
const TZS = ['+0000', '+0100', '+0200', '-0500', '-0400', '-0800', '-0700', '+0530', '+1000', '+0900', '-0600', '+0300'];

const BOUNDARY_STYLES = [
  (h, d) => `----=_Part_${parseInt(h.slice(0, 6), 16) % 90000}_${parseInt(h.slice(6, 12), 16)}.${1700000000000 + parseInt(h.slice(12, 20), 16) % 90000000000}`,
  (h, d) => `000000000000${h.slice(0, 16)}`.slice(0, 28),
  (h, d) => `_00${d}_${h.slice(0, 10).toUpperCase()}_`,
  (h, d) => `b${d}_${h.slice(0, 32)}`,
  (h, d) => `Apple-Mail=_${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 28).toUpperCase()}`,
  (h, d) => `===============${parseInt(h.slice(0, 12), 16)}==`,
];

// Sender locations for plausible time zones (approximate DST: April-October, late March).
const REGION = {
  EU: ['baltic-freightworks', 'brightline-translate', 'solvent-labs', 'halvorsen-freight', 'alpenmed-devices', 'meridian-consult', 'polarroute', 'moulindore', 'ateliernord', 'lightpath-supply', 'rla-logistics', 'northwind-logistics', 'osterhagen-mb', 'norrsken', 'groenveld', 'auerbach-kliniken', 'fjordline-outdoor', 'ricci-trasporti'],
  UK: ['fjordpack', 'copperleaf-digital', 'ironbridge-insure', 'ridgeway-solar', 'fernwoodprint', 'quillfield', 'stackwise', 'anvil-oak', 'kilnandclay', 'vance-pricing', 'bramblecoffee', 'quaysidelegal', 'foundry-cowork', 'ledgerly', 'cobalthosting', 'greenleaf-office', 'harborbooks', 'hollowayfarm', 'lowepottery', 'harrowfinch', 'corner-cafe', 'korafoods'],
  USE: ['lattice-hr', 'pickwise-robotics', 'fathom-data', 'tidewater-marine', 'valley', 'carrow-supply', 'pinecrestdental', 'blueheron-charters'],
  USC: ['guardrail-training', 'redwater', 'northstar-hvac'],
  USM: ['summitcatering', 'kestrelbio', 'junipergrounds', 'lumenfitness'],
  USP: ['orchard-analytics'],
};
const OFFSETS = { EU: ['+0100', '+0200'], UK: ['+0000', '+0100'], USE: ['-0500', '-0400'], USC: ['-0600', '-0500'], USM: ['-0700', '-0600'], USP: ['-0800', '-0700'] };
function tzFor(domain, spec) {
  const base = domain.replace(/\.example$/, '').split('.').pop();
  const region = Object.keys(REGION).find((k) => REGION[k].includes(base));
  if (!region) return null;
  const [, mo, d] = /^\d{4}-(\d{2})-(\d{2})/.exec(spec).map(Number);
  const us = region.startsWith('US');
  const dst = (mo > 3 && mo < 10) || (mo === 3 && d >= (us ? 9 : 30)) || (mo === 10 && (us || d < 26)) || (us && mo === 11 && d < 2);
  return OFFSETS[region][dst ? 1 : 0];
}

// Crude HTML-to-text conversion, like the text part that bulk mailers auto-generate.
function htmlToText(html) {
  const ent = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', pound: '\u00a3', euro: '\u20ac', copy: '(c)', raquo: '>>', laquo: '<<', bull: '*', middot: '-', mdash: '-', rarr: '->', auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', szlig: '\u00df' };
  return html
    .replace(/<(style|title)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (m, href, label) => `${label.replace(/<[^>]+>/g, '')} [${href}]`)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h\d|tr|li|table)>/gi, '\n')
    .replace(/<li[^>]*>/gi, ' * ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (m, d) => String.fromCodePoint(+d))
    .replace(/&(\w+);/g, (m, e) => (e in ent ? ent[e] : m))
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}

function domainOf(addr) {
  const m = /@([^>\s]+)>?\s*$/.exec(addr);
  return m ? m[1] : 'localhost.example';
}

function htmlFor(msg) {
  if (typeof msg.html === 'string' && !['gmail', 'outlook', 'apple', 'simple'].includes(msg.html)) return msg.html;
  if (msg.html) return H[msg.html](msg.text);
  return null;
}

function build(msg, A, folder, num) {
  const r = M.seeded(folder + '/' + msg.slug);
  const h = M.hash(folder + msg.slug, 40);
  const bstyle = msg.boundaryStyle != null ? msg.boundaryStyle : Math.floor(r() * BOUNDARY_STYLES.length);
  const ctx = {
    boundary: (depth) => BOUNDARY_STYLES[bstyle](M.hash(h + depth + msg.slug, 40), depth),
    asciiCharset: () => msg.asciiCharset || (r() < 0.5 ? 'utf-8' : 'us-ascii'),
  };

  const html = htmlFor(msg);
  const text = msg.text != null ? msg.text : msg.autoText ? htmlToText(html) : null;
  let body;
  const textNode = text != null ? { type: 'text/plain', body: text, enc: msg.textEnc, params: msg.textParams, charset: msg.charset } : null;
  const htmlNode = html != null ? { type: 'text/html', body: html, enc: msg.htmlEnc || (r() < 0.6 ? 'quoted-printable' : undefined), charset: msg.charset } : null;
  if (textNode && htmlNode) body = { type: 'multipart/alternative', children: msg.htmlFirst ? [htmlNode, textNode] : [textNode, htmlNode] };
  else body = textNode || htmlNode;
  if (!body) throw new Error(`${msg.slug}: no body`);

  const resolveAtt = (a) => {
    const spec = typeof a === 'string' ? { key: a } : a;
    const base = spec.key ? A[spec.key] : {};
    if (spec.key && !base) throw new Error(`${msg.slug}: unknown attachment ${spec.key}`);
    return {
      type: spec.type || base.contentType,
      body: spec.data != null ? spec.data : base.data,
      filename: spec.filename || base.filename,
      enc: spec.enc || (Buffer.isBuffer(spec.data != null ? spec.data : base.data) ? 'base64' : undefined),
      disposition: spec.inline ? 'inline' : spec.noDisposition ? undefined : 'attachment',
      cid: spec.cid,
      nameParam: spec.nameParam,
      description: spec.description,
    };
  };

  if (msg.related && msg.related.length) {
    // inline images referenced by cid: from HTML
    const rel = msg.related.map((x) => resolveAtt(Object.assign({ inline: true }, x)));
    if (body.type === 'multipart/alternative') {
      const hn = body.children.find((c) => c.type === 'text/html');
      const rnode = { type: 'multipart/related', params: { type: 'text/html' }, children: [hn, ...rel] };
      body.children = body.children.map((c) => (c === hn ? rnode : c));
    } else body = { type: 'multipart/related', params: { type: 'text/html' }, children: [body, ...rel] };
  }
  if (msg.att && msg.att.length) {
    body = { type: 'multipart/mixed', children: [body, ...msg.att.map(resolveAtt)] };
    if (msg.preamble !== false) body.preamble = msg.preamble || (r() < 0.4 ? 'This is a multi-part message in MIME format.' : undefined);
  }

  const fromDomain = domainOf(msg.from);
  let dateSpec = msg.date || M.randomDate(r, ['+0000']).slice(0, -6);
  if (!/[+-]\d{4}$/.test(dateSpec)) dateSpec += ' ' + (msg.tz || tzFor(fromDomain, dateSpec) || M.pick(r, TZS));
  const date = M.rfcDate(dateSpec, r);
  const midDomain = msg.midDomain || fromDomain;
  const midStyles = [
    () => `<${h.slice(0, 12)}.${h.slice(12, 20)}@${midDomain}>`,
    () => `<CA${Buffer.from(h.slice(0, 30), 'hex').toString('base64').replace(/[+/=]/g, 'x')}@mail.${midDomain}>`,
    () => `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${midDomain}>`,
    () => `<${parseInt(h.slice(0, 10), 16)}.${parseInt(h.slice(10, 14), 16)}.${h.slice(14, 22)}@${midDomain}>`,
  ];
  const messageId = msg.messageId || midStyles[Math.floor(r() * midStyles.length)]();

  const hdr = [];
  const add = (name, value) => hdr.push(M.fold(name, value));
  const extra = msg.headers || [];
  for (const [k, v] of extra) if (k === 'Return-Path') add(k, v);
  for (const rcv of msg.received || []) hdr.push('Received: ' + rcv.replace('{DATE}', date).replace('{MX}', 'mx.' + domainOf(msg.to)).replace(/\n/g, '\r\n\t'));
  const post = extra.filter(([k]) => k !== 'Return-Path');
  hdr.push('From: ' + M.encodeAddressList(msg.from, msg.qHeaders ? 'Q' : 'B'));
  if (msg.sender) hdr.push('Sender: ' + M.encodeAddressList(msg.sender));
  hdr.push('To: ' + M.encodeAddressList(msg.to, msg.qHeaders ? 'Q' : 'B'));
  if (msg.cc) hdr.push('Cc: ' + M.encodeAddressList(msg.cc, msg.qHeaders ? 'Q' : 'B'));
  if (msg.replyTo) hdr.push('Reply-To: ' + M.encodeAddressList(msg.replyTo));
  add('Subject', M.encodeUnstructured(msg.subject, msg.qHeaders ? 'Q' : 'B'));
  add('Date', date);
  add('Message-ID', messageId);
  if (msg.inReplyTo) {
    const irt = msg.inReplyTo === true ? `<${M.hash('irt' + msg.slug, 24)}@${domainOf(msg.to)}>` : msg.inReplyTo;
    add('In-Reply-To', irt);
    add('References', msg.references || irt);
  }
  for (const [k, v] of post) add(k, v);
  hdr.push('MIME-Version: 1.0');

  const ser = M.serialize(body, ctx);
  const out = hdr.join(M.CRLF) + M.CRLF + ser.headers.join(M.CRLF) + M.CRLF + M.CRLF + ser.body.replace(/(\r\n)*$/, '') + M.CRLF;
  const name = `${String(num).padStart(3, '0')}-${msg.slug}.eml`;
  fs.writeFileSync(path.join(ROOT, folder, name), out);
  return { name, cat: msg.cat };
}

const LABELS = {
  'sales-outreach': 'B2B sales outreach (cold and warm)',
  'follow-up': 'Sales follow-ups',
  'quote-proposal': 'Quotes, proposals, SOW, NDA draft',
  meeting: 'Meeting confirmations / invitations (some with .ics)',
  onboarding: 'Onboarding mails',
  support: 'Support replies and ticket mails',
  newsletter: 'Newsletters from small companies (own templates / other tools)',
  webinar: 'Webinar invitations, reminders, recordings',
  'crm-newsletter': 'Newsletters rendered by the Valley CRM campaign editor',
  invoice: 'Invoice notifications with a real small PDF',
  renewal: 'Renewal reminders',
  'price-change': 'Price-change announcements',
  shipping: 'Shipping and order notices',
  internal: 'Internal team updates',
  'account-notice': 'Account / security / privacy service mails',
  pharmacy: 'Pharmacy / pills',
  casino: 'Casino and betting',
  loans: 'Loans and debt relief',
  'work-from-home': 'Work-from-home / money-mule job offers',
  replica: 'Replica goods',
  'seo-lists': 'SEO offers and marketing lists for sale',
  lottery: 'Lottery / prize notifications',
  'advance-fee': '419 advance-fee fraud',
  'phish-bank': 'Phishing: banks',
  'phish-paypal': 'Phishing: PayPal',
  'phish-m365': 'Phishing: Microsoft 365 / Teams / SharePoint',
  'phish-parcel': 'Phishing: parcel delivery',
  'phish-tax': 'Phishing: tax refunds',
  'phish-invoice': 'Phishing: invoice / e-signature portals, vendor BEC',
  'phish-other': 'Phishing: other brands (Apple, Netflix, wallet, webmail)',
  malware: 'Malware-style attachments (inert stand-ins)',
  'sloppy-bulk': 'Sloppy bulk mail (merge fields, image-only, hidden text, no unsubscribe)',
  extortion: 'Sextortion',
  bec: 'CEO / payroll fraud without links',
  'crypto-investment': 'Crypto investment scam',
  'fake-renewal': 'Fake domain / SSL "renewal" notice',
  // second batch (data/*-08.. and spam-05..)
  romance: 'Romance scams',
  'fake-invoice': 'Invoices for services never ordered',
  'trademark-scam': 'Domain-name / trademark registration scams',
  'extended-warranty': 'Extended warranty offers',
  'survey-reward': 'Gift-card / reward survey bait',
  'callback-phish': 'Callback phishing (fake renewal or order with a phone number)',
  'phish-qr': 'Phishing: QR code (MFA reset, document, parcel fee)',
  'phish-cloud': 'Phishing: Google Workspace, Dropbox, DocuSign, Adobe, Zoom, LinkedIn',
  'phish-shop': 'Phishing: Apple, Amazon, Netflix',
  'phish-voicemail': 'Phishing: voicemail and fax notifications',
  'phish-attachment': 'Phishing: HTML attachment with a login form',
  'weight-loss': 'Weight-loss products',
  dating: 'Dating / adult-contact bait',
  'meeting-notes': 'Meeting notes and recaps',
  'payment-reminder': 'Payment reminders and statements (bank details unchanged, PayPal option)',
  hr: 'HR mail (benefits, holidays, payroll dates, policies)',
  'partner-update': 'Partner / reseller / supplier updates',
  event: 'Event invitations (some with limited seats)',
  promo: 'Discount offers from small companies',
};

/** A former held-out set (h1-/h2-*.eml, written by heldout-vN/build-corpus.cjs): its counts and its own section. */
function formerHeldout(version) {
  const dir = path.join(__dirname, `heldout-v${version}`);
  const index = require(path.join(dir, 'categories.json'));
  const count = (folder) => index.filter((e) => e.file.startsWith(folder + '/')).length;
  return { ham: count('ham'), spam: count('spam'), section: fs.readFileSync(path.join(dir, 'SOURCES-part.md'), 'utf8') };
}

function sourcesMd(counters, summary) {
  const h1 = formerHeldout(1);
  const h2 = formerHeldout(2);
  const row = (folder) =>
    `| ${folder}/ | ${counters[folder] + h1[folder] + h2[folder]} | ${counters[folder]} | ${h1[folder]} | ${h2[folder]} |`;
  const table = (folder) =>
    Object.entries(summary[folder])
      .map(([k, v]) => `| ${k} | ${LABELS[k] || ''} | ${v} |`)
      .join('\n');
  return `# Valley CRM spam-detection corpus - tuning set

Written for the Valley CRM project, 2026 (tuning set); licence CC0-1.0

Three sources, all written for the project and all CC0-1.0: the messages built by
\`tools/build-messages.cjs\` (\`NNN-slug.eml\`, described first), and two former held-out
sets, each described in its own section at the end: blind set v1 (\`h1-NNN-slug.eml\`, built by
\`tools/heldout-v1/\`), moved here on 2026-12-03 because it was no longer blind, and blind set v2
(\`h2-NNN-slug.eml\`, built by \`tools/heldout-v2/\`), scored once on 2026-12-03 and then moved here.
The validation split (bench/spam.ts) is by a hash of the file name, so each source is spread over
both of its sides.

All people, companies, addresses and domains are fictional (\`.example\` / \`.test\`,
documentation IPs 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24). Phishing samples show
real brand names as display text only; their links point to reserved hosts or
documentation IPs. Exception, on purpose: a few spam samples link to the public URL
shorteners bit.ly, tinyurl.com and t.co (made-up paths), because shortener detection
needs the real shortener host names; \`tools/validate.cjs\` allows these hosts in
\`spam/\` only.

No attachment is functional malware: "executables" are the bytes \`MZ\`, zero padding
and the DOS-stub string; scripts are one-liners that print 1 (\`WScript.Echo(1)\`,
\`echo 1\`, \`Write-Output 1\`); .docm/.xlsm files are small ZIPs whose
\`word/vbaProject.bin\` / \`xl/vbaProject.bin\` is a dummy OLE header plus padding;
.msi is an OLE header plus padding; .iso holds only the volume descriptors; .lnk is a
bare shell-link header.

Second batch (ham 118+, spam 101+): .doc/.xls are a dummy OLE header plus padding;
.rar is the bare RAR signature plus padding (no entries); .hta/.svg/.wsf hold one-line
scripts that print 1; HTML attachments with login forms post to documentation IPs or
\`.test\` hosts; QR-code images are real, decodable QR codes whose payload is a
documentation IP or a reserved host; the voicemail .wav is 0.25 s of silence.
Bank details in scam samples are placeholders (\`XX00 0000 ...\`); phone numbers are made
up (US 555-01xx, UK Ofcom drama ranges, FR 01 99 00, elsewhere 555-style).

## Counts

| folder | messages | built by tools/build-messages.cjs | blind set v1 (h1-) | blind set v2 (h2-) |
|---|---|---|---|---|
${row('ham')}
${row('spam')}
| total | ${counters.ham + counters.spam + h1.ham + h1.spam + h2.ham + h2.spam} | ${counters.ham + counters.spam} | ${h1.ham + h1.spam} | ${h2.ham + h2.spam} |

The category tables below are for the \`NNN-slug.eml\` files; the former held-out sets'
categories are in their sections.

### ham/

| category | description | count |
|---|---|---|
${table('ham')}

### spam/

| category | description | count |
|---|---|---|
${table('spam')}

## Rebuilding and validating

Run from \`/work/main\` (so \`yazl\` and \`mailparser\` resolve):

    node bench/corpus/tuned/tools/build-messages.cjs   # rewrites ham/*.eml, spam/*.eml and this file
    node bench/corpus/tuned/tools/validate.cjs         # mailparser check of every file

- \`tools/build-attachments.cjs\` builds every PDF, PNG, CSV, ICS, ZIP and inert payload in memory
  (\`node tools/build-attachments.cjs OUTDIR\` also writes them out for inspection).
- \`tools/data/*.cjs\` hold the hand-written messages (one object per message).
- \`tools/lib/\` has the MIME serializer, HTML renderers for different mail clients, and the
  Valley CRM newsletter renderer.

The category of each file is the \`cat\` field of its definition in \`tools/data/\`; file
names are \`NNN-slug.eml\`, numbered in the order of the data files. This builder leaves
the \`h1-\` and \`h2-\` files alone.

${h1.section}
${h2.section}`;
}

async function main() {
  const A = await buildAll();
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.cjs')).sort();
  const summary = { ham: {}, spam: {} };
  const counters = { ham: 0, spam: 0 };
  const slugs = new Set();
  for (const folder of ['ham', 'spam']) {
    const dir = path.join(ROOT, folder);
    fs.mkdirSync(dir, { recursive: true });
    // h1-/h2-*.eml are the former held-out sets', written by heldout-v1/ and heldout-v2/build-corpus.cjs
    const former = (f) => f.startsWith('h1-') || f.startsWith('h2-');
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.eml') && !former(f)) fs.unlinkSync(path.join(dir, f));
  }
  for (const f of files) {
    const folder = f.startsWith('ham') ? 'ham' : 'spam';
    const msgs = require(path.join(DATA, f));
    for (const m of msgs) {
      if (!m.cat) throw new Error(`${f}: ${m.slug} has no cat`);
      if (slugs.has(folder + m.slug)) throw new Error('duplicate slug ' + m.slug);
      slugs.add(folder + m.slug);
      const res = build(m, A, folder, ++counters[folder]);
      summary[folder][m.cat] = (summary[folder][m.cat] || 0) + 1;
    }
  }
  fs.writeFileSync(path.join(ROOT, 'SOURCES.md'), sourcesMd(counters, summary));
  console.log(JSON.stringify({ counts: counters, categories: summary }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
