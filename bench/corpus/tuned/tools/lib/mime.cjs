'use strict';
// Minimal RFC 5322 / MIME serializer used to assemble the tuning corpus.
// Deterministic: every random-looking value is derived from the message slug.
const crypto = require('crypto');

const CRLF = '\r\n';

function hash(s, n = 16) {
  return crypto.createHash('sha256').update(String(s)).digest('hex').slice(0, n);
}
function seeded(seed) {
  let a = parseInt(hash(seed, 8), 16) >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick(r, arr) {
  return arr[Math.floor(r() * arr.length)];
}

const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

// spec: 'YYYY-MM-DD HH:MM[:SS] +HHMM'
function rfcDate(spec, r) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?(?: ([+-]\d{4}))?$/.exec(spec);
  if (!m) throw new Error('bad date spec ' + spec);
  const [, y, mo, d] = m;
  const hh = m[4] != null ? m[4] : pad(7 + Math.floor(r() * 12));
  const mi = m[5] != null ? m[5] : pad(Math.floor(r() * 60));
  const ss = m[6] != null ? m[6] : pad(Math.floor(r() * 60));
  const tz = m[7] || '+0000';
  const wd = WD[new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDay()];
  return `${wd}, ${+d} ${MON[+mo - 1]} ${y} ${hh}:${mi}:${ss} ${tz}`;
}

function randomDate(r, tzs) {
  // any day between 2025-01-02 and 2026-06-28
  const start = Date.UTC(2025, 0, 2);
  const end = Date.UTC(2026, 5, 28);
  const t = new Date(start + Math.floor(r() * (end - start)));
  const spec = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  return `${spec} ${pad(6 + Math.floor(r() * 14))}:${pad(Math.floor(r() * 60))}:${pad(Math.floor(r() * 60))} ${pick(r, tzs)}`;
}

const isAscii = (s) => /^[\x00-\x7f]*$/.test(s);

function encodedWord(s, mode = 'B') {
  if (mode === 'Q') {
    const b = Buffer.from(s, 'utf8');
    let out = '';
    for (const c of b) {
      if (c === 0x20) out += '_';
      else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) out += String.fromCharCode(c);
      else out += '=' + c.toString(16).toUpperCase().padStart(2, '0');
    }
    return `=?UTF-8?Q?${out}?=`;
  }
  // split into chunks so each encoded word stays short
  const words = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch) > 42) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(CRLF + ' ');
}

function encodeUnstructured(s, mode) {
  return isAscii(s) ? s : encodedWord(s, mode);
}

// "Name <a@b>" or "a@b", comma separated lists allowed (commas inside quotes kept)
function splitAddrList(s) {
  const out = [];
  let cur = '';
  let q = false;
  let ang = false;
  for (const ch of s) {
    if (ch === '"') q = !q;
    if (ch === '<') ang = true;
    if (ch === '>') ang = false;
    if (ch === ',' && !q && !ang) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
function encodeAddress(a, mode) {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(a);
  if (!m) return a;
  let name = m[1].trim();
  const addr = m[2];
  if (!name) return `<${addr}>`;
  if (name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1);
  if (!isAscii(name)) return `${encodedWord(name, mode)} <${addr}>`;
  if (/[()<>\[\]:;@\\,."]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${addr}>`;
  return `${name} <${addr}>`;
}
function encodeAddressList(s, mode) {
  return splitAddrList(s).map((a) => encodeAddress(a, mode)).join(',' + CRLF + ' ');
}

function fold(name, value) {
  // fold unstructured header at whitespace to keep lines <= 78 when possible
  const line = `${name}: ${value}`;
  if (line.length <= 78 || value.includes(CRLF)) return line;
  const words = line.split(' ');
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (cur && (cur + ' ' + w).length > 76) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? cur + ' ' + w : w;
  }
  if (cur) lines.push(cur);
  return lines.join(CRLF + ' ');
}

function qpEncode(str) {
  const buf = Buffer.from(str.replace(/\r?\n/g, '\n'), 'utf8');
  const text = [];
  // process line by line on raw bytes
  let lineBytes = [];
  const lines = [];
  for (const b of buf) {
    if (b === 0x0a) {
      lines.push(lineBytes);
      lineBytes = [];
    } else lineBytes.push(b);
  }
  lines.push(lineBytes);
  for (const lb of lines) {
    const toks = [];
    lb.forEach((b, i) => {
      const last = i === lb.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) toks.push(String.fromCharCode(b));
      else toks.push('=' + b.toString(16).toUpperCase().padStart(2, '0'));
    });
    let cur = '';
    const out = [];
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        out.push(cur + '=');
        cur = '';
      }
      cur += t;
    }
    out.push(cur);
    text.push(out.join(CRLF));
  }
  return text.join(CRLF);
}

function b64Wrap(buf) {
  const s = Buffer.isBuffer(buf) ? buf.toString('base64') : Buffer.from(buf, 'utf8').toString('base64');
  return s.replace(/.{1,76}/g, (m) => m + CRLF).replace(/\r\n$/, '');
}

function crlf(s) {
  return s.replace(/\r?\n/g, CRLF);
}

function chooseEnc(body, requested) {
  if (requested) return requested;
  if (Buffer.isBuffer(body)) return 'base64';
  const maxLine = Math.max(...body.split('\n').map((l) => l.length));
  if (!isAscii(body)) return 'quoted-printable';
  if (maxLine > 900) return 'quoted-printable';
  return '7bit';
}

function encodeBody(body, enc) {
  switch (enc) {
    case 'base64':
      return b64Wrap(body);
    case 'quoted-printable':
      return qpEncode(body);
    case '7bit':
    case '8bit':
      return crlf(body.replace(/(\r?\n)+$/, ''));
    default:
      throw new Error('enc ' + enc);
  }
}

function param(name, value) {
  if (isAscii(value)) {
    return /[()<>@,;:\\"\/\[\]?= ]/.test(value) ? `${name}="${value}"` : `${name}=${value}`;
  }
  return `${name}*=UTF-8''${encodeURIComponent(value).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())}`;
}

// Leaf node: {type, params, enc, body, disposition, filename, cid, description, extraHeaders}
// Multipart node: {type, params, children:[...], preamble}
function serializeLeaf(node, ctx) {
  const headers = [];
  const enc = chooseEnc(node.body, node.enc);
  const params = Object.assign({}, node.params || {});
  if (node.type.startsWith('text/') && !params.charset) params.charset = node.charset || (isAscii(String(node.body)) ? ctx.asciiCharset(node) : 'utf-8');
  if (node.filename && node.nameParam !== false) params.name = node.filename;
  const plist = Object.entries(params).map(([k, v]) => (k === 'name' && !isAscii(v) ? `name="${encodedWord(v)}"` : param(k, v)));
  headers.push(`Content-Type: ${node.type}` + (plist.length ? '; ' + plist.join('; ') : ''));
  headers.push(`Content-Transfer-Encoding: ${enc}`);
  if (node.cid) headers.push(`Content-ID: <${node.cid}>`);
  if (node.disposition) {
    let d = `Content-Disposition: ${node.disposition}`;
    if (node.filename) d += ';' + CRLF + ' ' + param('filename', node.filename);
    headers.push(d);
  }
  if (node.description) headers.push(`Content-Description: ${node.description}`);
  for (const h of node.extraHeaders || []) headers.push(h);
  return { headers, body: encodeBody(node.body, enc) };
}

function serialize(node, ctx) {
  // recursive with string children
  function rec(n, depth) {
    if (n.children) {
      const boundary = ctx.boundary(depth);
      const params = Object.assign({}, n.params || {});
      const plist = Object.entries(params).map(([k, v]) => param(k, v));
      plist.push(`boundary="${boundary}"`);
      const headers = [`Content-Type: ${n.type};` + CRLF + ' ' + plist.join(';' + CRLF + ' ')];
      for (const h of n.extraHeaders || []) headers.push(h);
      let body = '';
      if (n.preamble) body += crlf(n.preamble) + CRLF + CRLF;
      for (const c of n.children) {
        const cs = rec(c, depth + 1);
        body += `--${boundary}${CRLF}${cs.headers.join(CRLF)}${CRLF}${CRLF}${cs.body}${CRLF}`;
      }
      body += `--${boundary}--${CRLF}`;
      return { headers, body };
    }
    return serializeLeaf(n, ctx);
  }
  return rec(node, 0);
}

module.exports = {
  CRLF,
  hash,
  seeded,
  pick,
  rfcDate,
  randomDate,
  isAscii,
  encodedWord,
  encodeUnstructured,
  encodeAddressList,
  fold,
  qpEncode,
  b64Wrap,
  crlf,
  serialize,
};
