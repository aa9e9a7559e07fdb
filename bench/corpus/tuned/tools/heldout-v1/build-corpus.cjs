'use strict';
// Writes tuned/ham/h1-*.eml and tuned/spam/h1-*.eml (the former held-out set, moved into the tuned part on
// 2026-12-03) from the message definitions in
// messages/ham-*.cjs and messages/spam-*.cjs, with attachment bytes from build-attachments.cjs.
//
//   cd /work/main && node bench/corpus/tuned/tools/heldout-v1/build-corpus.cjs
//
// The .eml files on disk are the corpus; this script only exists so that they can be regenerated
// byte for byte (boundaries, Message-IDs and ZIP timestamps are all deterministic).

const fs = require('node:fs');
const path = require('node:path');
const { build } = require('./build-attachments.cjs');
const { rfc2822Date, hash, header, leaf, multipart } = require('./lib-mime.cjs');

const ROOT = path.resolve(__dirname, '../..');
/** Its files carry this prefix in tuned/, so they do not clash with the tuned builder's own NNN-slug.eml. */
const PREFIX = 'h1-';

function domainOf(addr) {
  const m = /@([^>\s]+)>?\s*$/.exec(addr);
  return m ? m[1].toLowerCase() : 'localhost.test';
}

function messageId(def, idx) {
  const h = hash(def.dir + def.slug, 24);
  const d = def.midDomain || domainOf(def.from);
  switch (idx % 4) {
    case 0:
      return `<${def.date.replace(/\D/g, '').slice(0, 14)}.${h.slice(0, 10).toUpperCase()}@${d}>`;
    case 1:
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${hash(def.slug, 12)}@${d}>`;
    case 2:
      return `<CA${Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, '')}@mail.${d}>`;
    default:
      return `<${h}@${d}>`;
  }
}

function compose(def, idx, A) {
  const eol = def.eol === 'lf' ? '\n' : '\r\n';
  const seed = def.dir + '/' + def.slug;
  let bstyle = idx * 7 + def.slug.length;

  const textLeaf = () =>
    leaf({ type: 'text/plain', charset: def.charset, enc: def.textEnc || def.enc, content: def.text, eol });
  const htmlLeaf = () =>
    leaf({ type: 'text/html', charset: def.charset, enc: def.htmlEnc || def.enc, content: def.html, eol });

  let htmlPart = def.html != null ? htmlLeaf() : null;
  if (htmlPart && def.inline) {
    const parts = [htmlPart];
    for (const im of def.inline)
      parts.push(leaf({ type: im.type || 'image/png', content: A[im.key], name: im.name, disposition: 'inline', cid: im.cid, eol }));
    htmlPart = multipart('related', parts, seed + 'rel', bstyle++, eol, '; type="text/html"');
  }
  const textPart = def.text != null ? textLeaf() : null;
  let core;
  if (textPart && htmlPart) core = multipart('alternative', [textPart, htmlPart], seed + 'alt', bstyle++, eol);
  else core = textPart || htmlPart;
  if (!core) throw new Error(`${seed}: no body`);

  if (def.att && def.att.length) {
    const parts = [core];
    for (const a of def.att) {
      let content = a.content != null ? a.content : A[a.key];
      if (a.text && content != null) content = content.toString('utf8');
      const isText = typeof content === 'string';
      if (content == null) throw new Error(`${seed}: unknown attachment ${a.key}`);
      const p = leaf({
        type: a.type,
        charset: isText ? a.charset : undefined,
        enc: a.enc || (isText ? undefined : 'base64'),
        content,
        name: a.ctName || a.name,
        disposition: a.disposition || 'attachment',
        eol,
      });
      if (a.ctName && a.name !== a.ctName)
        p.headers = p.headers.map((h) => h.replace(/filename="[^"]*"/, `filename="${a.name}"`));
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
  const mid = header('Message-ID', def.messageId || messageId(def, idx), eol);
  const cc = def.cc ? [header('Cc', def.cc, eol)] : [];
  switch (idx % 3) {
    case 0:
      h.push(date, from, to, ...cc, subj, mid);
      break;
    case 1:
      h.push(from, to, ...cc, subj, date, mid);
      break;
    default:
      h.push(mid, date, from, to, ...cc, subj);
  }
  for (const [k, v] of Object.entries(def.headers || {})) h.push(header(k, v, eol));
  if (def.mailer) h.push(header(/^Mozilla|Thunderbird/.test(def.mailer) ? 'User-Agent' : 'X-Mailer', def.mailer, eol));
  h.push('MIME-Version: 1.0');
  h.push(...core.headers);
  return h.join(eol) + eol + eol + core.body + (core.body.endsWith(eol) ? '' : eol);
}

function slugCheck(def) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(def.slug)) throw new Error(`bad slug ${def.slug}`);
}

async function main() {
  const A = await build();
  const load = (prefix) =>
    fs
      .readdirSync(path.join(__dirname, 'messages'))
      .filter((f) => f.startsWith(prefix) && f.endsWith('.cjs'))
      .sort()
      .flatMap((f) => require(path.join(__dirname, 'messages', f)));
  const sets = { ham: load('ham-'), spam: load('spam-') };
  const index = [];
  for (const [dir, list] of Object.entries(sets)) {
    const outDir = path.join(ROOT, dir);
    fs.mkdirSync(outDir, { recursive: true });
    for (const f of fs.readdirSync(outDir)) if (f.startsWith(PREFIX) && f.endsWith('.eml')) fs.unlinkSync(path.join(outDir, f));
    list.forEach((def, i) => {
      def.dir = dir;
      slugCheck(def);
      const file = `${PREFIX}${String(i + 1).padStart(3, '0')}-${def.slug}.eml`;
      fs.writeFileSync(path.join(outDir, file), compose(def, i, A));
      index.push({ file: `${dir}/${file}`, category: def.cat });
    });
  }
  fs.writeFileSync(path.join(__dirname, 'categories.json'), JSON.stringify(index, null, 1) + '\n');
  console.log(`wrote ${index.length} messages`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
