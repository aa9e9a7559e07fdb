'use strict';
// Validates every .eml in ../ham and ../spam with mailparser, except the former held-out sets' h1-*.eml and h2-*.eml
// (heldout-v1/validate.cjs and heldout-v2/validate.cjs check those, by each set's own rules).
//   cd /work/main && node bench/corpus/tuned/tools/validate.cjs
const fs = require('fs');
const path = require('path');
const { simpleParser } = require('mailparser');

const ROOT = path.resolve(__dirname, '..');
// Hosts allowed in links: reserved names and documentation IP ranges.
const okHost = (h) =>
  /(^|\.)(example|test|invalid)$/i.test(h) ||
  /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/.test(h) ||
  h === 'localhost';
// Real URL-shortener hosts are used on purpose in a few spam samples (see SOURCES.md).
const SHORTENERS = new Set(['bit.ly', 'tinyurl.com', 't.co']);

function hostsIn(s) {
  const out = [];
  const re = /\b(?:https?|ftp):\/\/([^\/\s"'<>?#:]+)/gi;
  let m;
  while ((m = re.exec(s))) out.push(m[1].toLowerCase());
  return out;
}

async function main() {
  let fail = 0;
  const counts = {};
  for (const folder of ['ham', 'spam']) {
    const files = fs.readdirSync(path.join(ROOT, folder)).filter((f) => f.endsWith('.eml') && !f.startsWith('h1-') && !f.startsWith('h2-')).sort();
    counts[folder] = files.length;
    for (const f of files) {
      const raw = fs.readFileSync(path.join(ROOT, folder, f));
      const problems = [];
      let mail;
      try {
        mail = await simpleParser(raw);
      } catch (e) {
        problems.push('parse error: ' + e.message);
      }
      if (mail) {
        if (!mail.subject || !mail.subject.trim()) problems.push('no subject');
        const hasText = typeof mail.text === 'string' && mail.text.trim().length > 0;
        const hasHtml = typeof mail.html === 'string' && mail.html.trim().length > 0;
        if (!hasText && !hasHtml) problems.push('no text or html body');
        for (const h of ['from', 'to', 'date', 'message-id', 'mime-version', 'content-type']) if (!mail.headers.has(h)) problems.push('missing header ' + h);
        const y = mail.date && mail.date.getUTCFullYear();
        if (!(y === 2025 || y === 2026)) problems.push('date out of range: ' + mail.date);
        if (!/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/m.test(String(raw).match(/^Date: (.*)$/m)?.[1] || '')) problems.push('Date not RFC 2822 form');
        // links
        const hrefs = [];
        if (hasHtml) {
          const re = /\b(?:href|src|action)\s*=\s*["']([^"']+)["']/gi;
          let m;
          while ((m = re.exec(mail.html))) hrefs.push(m[1]);
        }
        const hosts = hostsIn(hrefs.join(' ') + ' ' + (mail.text || ''));
        for (const a of mail.attachments || []) if (/^text\/html/.test(a.contentType)) hosts.push(...hostsIn(a.content.toString()));
        for (const h of hosts) {
          if (okHost(h)) continue;
          if (folder === 'spam' && SHORTENERS.has(h)) continue;
          problems.push('non-reserved host ' + h);
        }
        const addrs = [mail.from, mail.to, mail.cc, mail.replyTo].filter(Boolean).flatMap((x) => (Array.isArray(x) ? x : [x]).flatMap((y) => y.value));
        for (const a of addrs) {
          const dom = (a.address || '').split('@')[1] || '';
          if (!okHost(dom)) problems.push('non-reserved address ' + a.address);
        }
      }
      if (problems.length) {
        fail++;
        console.log(`FAIL ${folder}/${f}: ${problems.join('; ')}`);
      }
    }
  }
  console.log(`checked ham=${counts.ham} spam=${counts.spam}; failures=${fail}`);
  process.exit(fail ? 1 : 0);
}
main();
