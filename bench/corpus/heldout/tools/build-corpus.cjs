'use strict';
// (blind-heldout3) Writes ham/*.eml and blind-heldout/spam/*.eml from the message definitions in
// tools/messages/ham-*.cjs and tools/messages/spam-*.cjs, and tools/categories.json.
//
//   node bench/corpus/heldout/tools/build-corpus.cjs
//
// Deterministic: boundaries, Message-IDs and ZIP timestamps derive from the slug, so rebuilds are
// byte-identical. Adapted from the earlier held-out set's build-corpus.cjs (same MIME writer).
//
// Message definition fields:
//   slug, cat, date 'YYYY-MM-DD HH:MM:SS +ZZZZ', from, to, cc, replyTo, subject,
//   text, html (either or both; htmlOnly drops a generated text part), enc / textEnc / htmlEnc ('7bit'|'quoted-printable'|'base64'|'8bit'),
//   charset, inline: [{ cid, name, type, content }], att: [{ name, type, content, ctName, disposition,
//   enc, charset }], headers: { Name: value }, mailer, eol: 'lf', preamble, returnPath, messageId, received.

const fs = require('node:fs');
const path = require('node:path');
const { rfc2822Date, hash, header, leaf, multipart } = require('./lib-mime.cjs');

const ROOT = path.resolve(__dirname, '..');

function domainOf(addr) {
  const m = /@([^>\s]+)>?\s*$/.exec(addr);
  return m ? m[1].toLowerCase() : 'localhost.test';
}

function messageId(def, idx) {
  const h = hash(def.dir + def.slug, 24);
  const d = def.midDomain || domainOf(def.from);
  switch (idx % 5) {
    case 0:
      return `<${def.date.replace(/\D/g, '').slice(0, 14)}.${h.slice(0, 10).toUpperCase()}@${d}>`;
    case 1:
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${hash(def.slug, 12)}@${d}>`;
    case 2:
      return `<CA${Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, '')}@mail.${d}>`;
    case 3:
      return `<0100${h.slice(0, 14)}-${hash(def.slug, 8)}-000000@email.${d}>`;
    default:
      return `<${h}@${d}>`;
  }
}

function compose(def, idx) {
  const eol = def.eol === 'lf' ? '\n' : '\r\n';
  const seed = def.dir + '/' + def.slug;
  let bstyle = idx * 7 + def.slug.length;

  let htmlPart =
    def.html != null ? leaf({ type: 'text/html', charset: def.charset, enc: def.htmlEnc || def.enc, content: def.html, eol }) : null;
  if (htmlPart && def.inline) {
    const parts = [htmlPart];
    for (const im of def.inline)
      parts.push(leaf({ type: im.type || 'image/png', content: im.content, name: im.name, disposition: 'inline', cid: im.cid, eol }));
    htmlPart = multipart('related', parts, seed + 'rel', bstyle++, eol, '; type="text/html"');
  }
  const textPart =
    def.text != null && !def.htmlOnly ? leaf({ type: 'text/plain', charset: def.charset, enc: def.textEnc || def.enc, content: def.text, eol }) : null;
  let core;
  if (textPart && htmlPart) core = multipart('alternative', [textPart, htmlPart], seed + 'alt', bstyle++, eol);
  else core = textPart || htmlPart;
  if (!core) throw new Error(`${seed}: no body`);

  if (def.att && def.att.length) {
    const parts = [core];
    for (const a of def.att) {
      let content = a.content;
      if (content == null) throw new Error(`${seed}: attachment ${a.name} has no content`);
      if (a.asText) content = Buffer.isBuffer(content) ? content.toString('utf8') : content;
      const isText = typeof content === 'string';
      const p = leaf({
        type: a.type,
        charset: isText ? a.charset : undefined,
        enc: a.enc || (isText ? undefined : 'base64'),
        content,
        name: a.ctName || a.name,
        disposition: a.disposition === undefined ? 'attachment' : a.disposition,
        cid: a.cid,
        eol,
      });
      if (a.ctName && a.name !== a.ctName)
        p.headers = p.headers.map((h) => h.replace(/filename="[^"]*"/, `filename="${a.name}"`));
      if (a.extraHeaders) p.headers.push(...a.extraHeaders);
      parts.push(p);
    }
    core = multipart('mixed', parts, seed + 'mix', bstyle++, eol, '', def.preamble || '');
  } else if (def.preamble && core.body.startsWith('--')) {
    core.body = def.preamble + eol + eol + core.body;
  }

  const h = [];
  for (const r of def.received || []) h.push(header('Received', r, eol));
  if (def.returnPath) h.push(`Return-Path: <${def.returnPath}>`);
  const date = header('Date', rfc2822Date(def.date), eol);
  const from = header('From', def.from, eol);
  const to = header('To', def.to, eol);
  const subj = header('Subject', def.subject, eol);
  def._mid = def.messageId || messageId(def, idx);
  const mid = header('Message-ID', def._mid, eol);
  const cc = def.cc ? [header('Cc', def.cc, eol)] : [];
  const rt = def.replyTo ? [header('Reply-To', def.replyTo, eol)] : [];
  switch (idx % 3) {
    case 0:
      h.push(date, from, ...rt, to, ...cc, subj, mid);
      break;
    case 1:
      h.push(from, to, ...cc, ...rt, subj, date, mid);
      break;
    default:
      h.push(mid, date, from, ...rt, to, ...cc, subj);
  }
  for (const [k, v] of Object.entries(def.headers || {})) h.push(header(k, v, eol));
  if (def.mailer) h.push(header(/^Mozilla|Thunderbird/.test(def.mailer) ? 'User-Agent' : 'X-Mailer', def.mailer, eol));
  h.push('MIME-Version: 1.0');
  h.push(...core.headers);
  return h.join(eol) + eol + eol + core.body + (core.body.endsWith(eol) ? '' : eol);
}

function slugCheck(def) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(def.slug)) throw new Error(`bad slug ${def.slug}`);
  if (!def.cat) throw new Error(`${def.slug}: no category`);
}

function loadAll() {
  const dir = path.join(__dirname, 'messages');
  const load = (prefix) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.cjs'))
      .sort()
      .flatMap((f) => require(path.join(dir, f)));
  const out = [];
  for (const [d, list] of Object.entries({ ham: load('ham-'), spam: load('spam-') })) {
    const seen = new Set();
    list.forEach((def, i) => {
      def.dir = d;
      slugCheck(def);
      if (seen.has(def.slug)) throw new Error(`duplicate slug ${d}/${def.slug}`);
      seen.add(def.slug);
      out.push({ dir: d, idx: i, file: null, def });
    });
    // Shuffled numbering: file numbers follow a deterministic hash order, not the definition order,
    // so the number reveals nothing about the category.
    const mine = out.filter((e) => e.dir === d);
    const order = mine.slice().sort((a, b) => (hash('order3/' + a.def.slug) < hash('order3/' + b.def.slug) ? -1 : 1));
    order.forEach((e, n) => (e.file = `${String(n + 1).padStart(3, '0')}-${e.def.slug}.eml`));
  }
  return out;
}

function main() {
  const all = loadAll();
  for (const d of ['ham', 'spam']) {
    const outDir = path.join(ROOT, d);
    fs.mkdirSync(outDir, { recursive: true });
    for (const f of fs.readdirSync(outDir)) if (f.endsWith('.eml')) fs.unlinkSync(path.join(outDir, f));
  }
  const index = [];
  for (const { dir, idx, file, def } of all) {
    fs.writeFileSync(path.join(ROOT, dir, file), compose(def, idx));
    index.push({ file: `${dir}/${file}`, category: def.cat });
  }
  fs.writeFileSync(path.join(__dirname, 'categories.json'), JSON.stringify(index, null, 1) + '\n');
  const counts = {};
  for (const e of index) {
    const k = e.file.split('/')[0] + '/' + e.category;
    counts[k] = (counts[k] || 0) + 1;
  }
  console.log(`wrote ${index.length} messages`);
  for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(24)} ${v}`);
}

module.exports = { loadAll, compose };
if (require.main === module) main();
