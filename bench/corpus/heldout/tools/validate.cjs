'use strict';
// Validates every .eml in blind-heldout/ham and blind-heldout/spam.
//   node bench/corpus/heldout/tools/validate.cjs [-v]
// Adapted from the earlier held-out set's validate.cjs. Checks:
//   - mailparser (the project's node_modules) parses it;
//   - Subject, From, To, Date (2025-2026, RFC 2822 form), Message-ID (unique), MIME-Version, Content-Type;
//   - a text or html body; every multipart boundary opened and closed; no line over 998 octets; no raw 8-bit;
//   - every attachment decodes to exactly the bytes the generator produced (so base64 is correct),
//     and its leading bytes match its real type;
//   - ham: every address on a reserved name; every link host reserved or on the short list of real
//     third-party services that legitimate mail links to (meeting tools, carriers, forms, shorteners);
//   - categories.json lists every file once; prints counts per folder / category.

const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { simpleParser } = require('mailparser');
const { loadAll } = require('./build-corpus.cjs');

const ROOT = path.resolve(__dirname, '..');
const RESERVED_HOST = /(^|\.)(example|test|invalid|localhost)$/i;
const DOC_IP = /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/;
const DATE_RE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (2025|2026) \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
// Real services that ordinary business mail links to. Paths/IDs used with them are made up.
const HAM_REAL_HOSTS = new Set(
  `calendly.com www.loom.com cdn.loom.com lnkd.in www.linkedin.com linkedin.com zoom.us us02web.zoom.us us06web.zoom.us teams.microsoft.com
  meet.google.com maps.google.com www.google.com goo.gl maps.app.goo.gl docs.google.com forms.gle forms.office.com www.surveymonkey.com
  bit.ly ow.ly buff.ly www.youtube.com youtu.be www.ups.com www.dhl.com www.dhl.de www.fedex.com tools.usps.com www.postnl.nl
  invoice.stripe.com www.paypal.com paypal.me www.w3.org nvd.nist.gov www.cve.org github.com www.eventbrite.com`.split(/\s+/),
);

const hostOk = (h) => RESERVED_HOST.test(h) || DOC_IP.test(h);

function urlHosts(s) {
  const out = [];
  for (const m of s.matchAll(/\b(?:https?|ftp):\/\/([^\s/"'<>?#\]\\)]+)/gi)) {
    let h = m[1].toLowerCase();
    if (h.includes('@')) h = h.slice(h.lastIndexOf('@') + 1);
    out.push(h.replace(/:\d+$/, '').replace(/[.,;]+$/, ''));
  }
  return out;
}
function attrUrls(html) {
  const out = [];
  for (const m of html.matchAll(/\b(href|src|action|background)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) out.push(m[3] ?? m[4] ?? m[5]);
  return out;
}

const MAGIC = [
  [/\.pdf$/i, (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  [/\.png$/i, (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  [/\.(zip|docx|xlsx|docm|xlsm|jar|apk)$/i, (b) => b.readUInt32LE(0) === 0x04034b50],
  [/\.(exe|scr|com|pif|dll)$/i, (b) => b.subarray(0, 2).toString('latin1') === 'MZ'],
  [/\.iso$/i, (b) => b.subarray(0x8001, 0x8006).toString('latin1') === 'CD001'],
  [/\.ics$/i, (b) => b.toString('utf8').startsWith('BEGIN:VCALENDAR')],
  [/\.vcf$/i, (b) => b.toString('utf8').startsWith('BEGIN:VCARD')],
  [/\.(msi|doc|xls)$/i, (b) => b.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))],
  [/\.lnk$/i, (b) => b.readUInt32LE(0) === 0x4c],
];

async function check(file, dir, def, seenIds) {
  const problems = [];
  const info = [];
  const raw = fs.readFileSync(file);
  const str = raw.toString('latin1');
  if (/[\x80-\xff]/.test(str)) problems.push('raw 8-bit bytes present');
  const [head] = str.split(/\r?\n\r?\n/, 1);
  for (const line of str.split(/\r?\n/)) if (line.length > 998) problems.push('line over 998 chars');
  const hdr = (name) => {
    const m = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
    return m ? m[1].replace(/\r?\n[ \t]+/g, ' ').trim() : null;
  };
  for (const h of ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type']) if (!hdr(h)) problems.push(`missing ${h} header`);
  const date = hdr('Date');
  if (date && !DATE_RE.test(date)) problems.push(`Date not RFC 2822 / 2025-2026: ${date}`);
  const mid = hdr('Message-ID');
  if (mid) {
    if (!/^<[^<>@\s]+@[^<>@\s]+>$/.test(mid)) problems.push(`odd Message-ID ${mid}`);
    if (seenIds.has(mid)) problems.push(`duplicate Message-ID (also ${seenIds.get(mid)})`);
    seenIds.set(mid, path.basename(file));
  }
  for (const m of str.matchAll(/boundary="?([^";\r\n]+)"?/gi)) {
    const b = m[1];
    if (!str.includes(`\n--${b}--`)) problems.push(`boundary not closed: ${b}`);
    if (!str.includes(`\n--${b}\r\n`) && !str.includes(`\n--${b}\n`)) problems.push(`boundary never opened: ${b}`);
  }

  let parsed;
  try {
    parsed = await simpleParser(raw);
  } catch (e) {
    problems.push(`mailparser failed: ${e.message}`);
    return { problems, info };
  }
  if (!parsed.subject || !parsed.subject.trim()) problems.push('empty subject');
  const text = parsed.text || '';
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  if (!text.trim() && !html.trim()) problems.push('no text or html body');
  if (!parsed.date || isNaN(parsed.date)) problems.push('mailparser could not read the date');
  if (!parsed.messageId) problems.push('mailparser found no Message-ID');
  if (!parsed.from || !parsed.from.value.length) problems.push('mailparser found no From');

  // Attachments: exact bytes and type magic.
  const want = (def.att || []).concat(def.inline || []);
  const got = parsed.attachments || [];
  if (got.length !== want.length) problems.push(`expected ${want.length} attachments/inline parts, mailparser found ${got.length}`);
  for (const w of want) {
    const wbuf = Buffer.isBuffer(w.content) ? w.content : Buffer.from(String(w.content).replace(/\r?\n/g, '\r\n'), 'utf8');
    const g = got.find((a) => a.filename === w.name);
    if (!g) {
      problems.push(`attachment ${w.name} not found by name`);
      continue;
    }
    const gsum = crypto.createHash('sha256').update(g.content).digest('hex');
    const wsum = crypto.createHash('sha256').update(wbuf).digest('hex');
    const wsum2 = crypto.createHash('sha256').update(Buffer.isBuffer(w.content) ? w.content : Buffer.from(String(w.content), 'utf8')).digest('hex');
    if (gsum !== wsum && gsum !== wsum2) problems.push(`attachment ${w.name} bytes differ from generator output`);
    const magicName = w.magicAs || w.name.trim();
    for (const [re, test] of MAGIC) if (re.test(magicName) && !w.noMagic && !test(g.content)) problems.push(`attachment ${w.name} does not look like its type`);
    info.push(`att ${JSON.stringify(g.filename)} ${g.contentType} ${g.size}B`);
  }

  const addrs = [];
  const collect = (list) => {
    for (const a of list || []) {
      if (a.group) collect(a.group);
      else if (a.address) addrs.push(a.address);
    }
  };
  for (const k of ['from', 'to', 'cc', 'replyTo']) for (const v of [].concat(parsed[k] || [])) collect(v.value);
  const rp = hdr('Return-Path');
  if (rp) addrs.push(rp.replace(/[<>]/g, ''));
  for (const a of addrs) {
    const d = ((a || '').split('@')[1] || '').toLowerCase();
    if (!hostOk(d)) (dir === 'ham' ? problems : info).push(`address on non-reserved domain: ${a}`);
  }
  const hosts = new Set();
  for (const u of attrUrls(html)) {
    if (/^(cid:|#|data:|tel:)/i.test(u)) continue;
    if (/^mailto:/i.test(u)) {
      hosts.add((u.replace(/^mailto:/i, '').split('?')[0].split('@')[1] || '').toLowerCase());
      continue;
    }
    const hs = urlHosts(u.replace(/&amp;/g, '&'));
    if (!hs.length) problems.push(`unparsed link target: ${u}`);
    hs.forEach((h) => hosts.add(h));
  }
  for (const h of urlHosts(text + ' ' + html.replace(/<[^>]+>/g, ' '))) hosts.add(h);
  for (const h of hosts) {
    if (!h || hostOk(h)) continue;
    if (dir === 'ham' && !HAM_REAL_HOSTS.has(h)) problems.push(`ham links to unlisted real host: ${h}`);
    else info.push(`real host: ${h}`);
  }
  return { problems, info, parsed };
}

async function main() {
  const verbose = process.argv.includes('-v');
  const defs = new Map(loadAll().map((e) => [`${e.dir}/${e.file}`, e.def]));
  const cats = JSON.parse(fs.readFileSync(path.join(__dirname, 'categories.json'), 'utf8'));
  const catOf = new Map(cats.map((c) => [c.file, c.category]));
  if (catOf.size !== cats.length) console.log('categories.json has duplicate entries');
  const seenIds = new Map();
  let failures = 0;
  const counts = {};
  const types = {};
  const langs = {};
  for (const dir of ['ham', 'spam']) {
    const files = fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.eml')).sort();
    for (const f of files) {
      const key = `${dir}/${f}`;
      if (!/^\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.eml$/.test(f)) console.log(`${key}: bad file name`);
      const def = defs.get(key);
      if (!def) {
        failures++;
        console.log(`FAIL ${key}: no definition (stale file?)`);
        continue;
      }
      if (!catOf.has(key)) console.log(`${key}: missing from categories.json`);
      const c = `${dir}/${catOf.get(key)}`;
      counts[c] = (counts[c] || 0) + 1;
      const { problems, info, parsed } = await check(path.join(ROOT, dir, f), dir, def, seenIds);
      if (parsed) {
        const top = /^content-type:\s*([^;\s]+)/im.exec(fs.readFileSync(path.join(ROOT, dir, f), 'latin1').split(/\r?\n\r?\n/)[0]);
        const t = `${dir} ${top ? top[1].toLowerCase() : '?'}`;
        types[t] = (types[t] || 0) + 1;
      }
      const lg = `${dir} ${def.lang || 'en'}`;
      langs[lg] = (langs[lg] || 0) + 1;
      if (problems.length) {
        failures++;
        console.log(`FAIL ${key}\n  - ${problems.join('\n  - ')}`);
      } else if (verbose) console.log(`ok   ${key}${info.length ? '\n       ' + info.join('\n       ') : ''}`);
    }
  }
  for (const k of catOf.keys()) if (!fs.existsSync(path.join(ROOT, k))) console.log(`categories.json lists missing file ${k}`);
  console.log('\nCounts:');
  for (const [k, v] of Object.entries(counts).sort()) console.log(`  ${k.padEnd(22)} ${v}`);
  console.log('Top-level types:');
  for (const [k, v] of Object.entries(types).sort()) console.log(`  ${k.padEnd(32)} ${v}`);
  console.log('Languages:');
  for (const [k, v] of Object.entries(langs).sort()) console.log(`  ${k.padEnd(10)} ${v}`);
  const total = (d) => Object.entries(counts).filter(([k]) => k.startsWith(d + '/')).reduce((s, [, v]) => s + v, 0);
  console.log(`\nham: ${total('ham')}  spam: ${total('spam')}  failures: ${failures}`);
  process.exit(failures ? 1 : 0);
}

main();
