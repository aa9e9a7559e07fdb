'use strict';
// Validates the former held-out set's files, tuned/ham/h1-*.eml and tuned/spam/h1-*.eml.
//   cd /work/main && node bench/corpus/tuned/tools/heldout-v1/validate.cjs
// Checks: mailparser parses it; Subject, From, To, Date (2025-2026, RFC 2822 form), Message-ID
// (unique) and MIME-Version present; a text or html body; every multipart boundary closed;
// no header line over 998 octets; no raw 8-bit bytes; every href/src/action and every address
// on a reserved name (.example/.test/.invalid/.localhost) or a documentation IP range.

const fs = require('node:fs');
const path = require('node:path');
const { simpleParser } = require('mailparser');

const ROOT = path.resolve(__dirname, '../..');
const RESERVED_HOST = /(^|\.)(example|test|invalid|localhost)$/i;
const DOC_IP = /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/;
const DATE_RE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (2025|2026) \d{2}:\d{2}:\d{2} [+-]\d{4}$/;

const hostOk = (h) => RESERVED_HOST.test(h) || DOC_IP.test(h);

function urlHosts(s) {
  const out = [];
  for (const m of s.matchAll(/\b(?:https?|ftp):\/\/([^\s/"'<>?#]+)/gi)) {
    let h = m[1].toLowerCase();
    if (h.includes('@')) h = h.slice(h.lastIndexOf('@') + 1);
    out.push(h.replace(/:\d+$/, ''));
  }
  return out;
}

function attrUrls(html) {
  const out = [];
  for (const m of html.matchAll(/\b(href|src|action|background)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) out.push(m[3] ?? m[4] ?? m[5]);
  return out;
}

async function check(file, seenIds) {
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
  for (const h of ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'])
    if (!hdr(h)) problems.push(`missing ${h} header`);
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
    const d = (a || '').split('@')[1] || '';
    if (!hostOk(d.toLowerCase())) problems.push(`address on non-reserved domain: ${a}`);
  }
  for (const u of attrUrls(html)) {
    if (/^(cid:|mailto:|#|data:)/i.test(u)) {
      if (/^mailto:/i.test(u)) {
        const d = u.replace(/^mailto:/i, '').split('?')[0].split('@')[1] || '';
        if (!hostOk(d.toLowerCase())) problems.push(`mailto on non-reserved domain: ${u}`);
      }
      continue;
    }
    const hosts = urlHosts(u.replace(/&amp;/g, '&'));
    if (!hosts.length) {
      problems.push(`unparsed link target: ${u}`);
      continue;
    }
    for (const h of hosts) if (!hostOk(h)) problems.push(`link target on non-reserved host: ${u}`);
  }
  // Plain-text URLs (and HTML link *text*): the shown domain may be a real brand in phishing samples.
  const visible = text + ' ' + html.replace(/<[^>]+>/g, ' ');
  for (const h of urlHosts(visible))
    if (!hostOk(h)) (file.includes(`${path.sep}spam${path.sep}`) ? info : problems).push(`visible URL with real host: ${h}`);

  for (const a of parsed.attachments || []) info.push(`att ${a.filename || '(no name)'} ${a.contentType} ${a.size}B`);
  return { problems, info, parsed };
}

async function main() {
  const seenIds = new Map();
  let failures = 0;
  const verbose = process.argv.includes('-v');
  const counts = {};
  for (const dir of ['ham', 'spam']) {
    const files = fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.startsWith('h1-') && f.endsWith('.eml')).sort();
    counts[dir] = files.length;
    for (const f of files) {
      if (!/^h1-\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.eml$/.test(f)) console.log(`${dir}/${f}: bad file name`);
      const { problems, info } = await check(path.join(ROOT, dir, f), seenIds);
      if (problems.length) {
        failures++;
        console.log(`FAIL ${dir}/${f}\n  - ${problems.join('\n  - ')}`);
      } else if (verbose) console.log(`ok   ${dir}/${f}${info.length ? '\n       ' + info.join('\n       ') : ''}`);
    }
  }
  console.log(`\nham: ${counts.ham}  spam: ${counts.spam}  failures: ${failures}`);
  process.exit(failures ? 1 : 0);
}

main();
