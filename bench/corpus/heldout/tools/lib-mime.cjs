'use strict';
// Small, dependency-free RFC 5322 / MIME writer used by build-corpus.cjs.
// (Copied from the earlier held-out set's tooling; extended to encode non-ASCII attachment names.)
// Deterministic: boundaries and Message-IDs are derived from the message slug, so a rebuild
// produces byte-identical files.

const crypto = require('node:crypto');

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-02-11 09:14:02 -0800' -> 'Tue, 11 Feb 2025 09:14:02 -0800' (weekday of the local date). */
function rfc2822Date(spec) {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})$/.exec(spec);
  if (!m) throw new Error(`bad date spec: ${spec}`);
  const [, y, mo, d, hh, mi, ss, tz] = m;
  const wd = new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDay();
  return `${DAYS[wd]}, ${+d} ${MONTHS[+mo - 1]} ${y} ${hh}:${mi}:${ss} ${tz}`;
}

function hash(s, len = 16) {
  return crypto.createHash('sha256').update(s).digest('hex').slice(0, len);
}

const isAscii = (s) => /^[\x20-\x7e\t]*$/.test(s);

/** RFC 2047 B-encoding, split so that no encoded word exceeds 75 chars and no UTF-8 sequence is cut. */
function encodeWords(s) {
  const words = [];
  let cur = '';
  for (const ch of s) {
    const next = cur + ch;
    if (Buffer.byteLength(next, 'utf8') > 42) {
      words.push(cur);
      cur = ch;
    } else cur = next;
  }
  if (cur) words.push(cur);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

/** Encode a mailbox list value: display names with non-ASCII characters become encoded words. */
function encodeAddressHeader(value) {
  return value
    .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map((part) => {
      const p = part.trim();
      const m = /^"?([^"<]*?)"?\s*<([^>]+)>$/.exec(p);
      if (!m || isAscii(m[1])) return p;
      return `${encodeWords(m[1]).join(' ')} <${m[2]}>`;
    })
    .join(', ');
}

/** Fold a header line at whitespace to keep lines under ~78 characters. The whitespace run
 * stays at the start of the continuation line, so unfolding restores the value exactly. */
function fold(name, value, eol) {
  // Whitespace inside a quoted string is never a folding point (parsers may collapse it).
  const tokens = value.match(/"(?:[^"\\]|\\.)*"|\s+|[^\s"]+|"/g) || [];
  for (let i = tokens.length - 1; i > 0; i--)
    if (!/^\s+$/.test(tokens[i]) && !/^\s+$/.test(tokens[i - 1])) tokens.splice(i - 1, 2, tokens[i - 1] + tokens[i]);
  const lines = [];
  let cur = `${name}:`;
  let pendingWs = ' ';
  for (const tok of tokens) {
    if (/^\s+$/.test(tok)) {
      pendingWs += tok;
      continue;
    }
    const ws = pendingWs;
    pendingWs = '';
    if (cur.length + ws.length + tok.length > 78 && cur.length > name.length + 1 && ws.length) {
      lines.push(cur);
      cur = ws + tok;
    } else cur += ws + tok;
  }
  lines.push(cur + pendingWs);
  return lines.join(eol);
}

function header(name, value, eol) {
  let v = value;
  if (!isAscii(v)) {
    if (/^(From|To|Cc|Reply-To|Sender|Bcc)$/i.test(name)) v = encodeAddressHeader(v);
    else v = encodeWords(v).join(' ');
  }
  return fold(name, v, eol);
}

/** Quoted-printable (RFC 2045) over UTF-8 bytes, soft breaks at 76. */
function qpEncode(text, eol) {
  return text
    .split('\n')
    .map((line) => {
      // One token per character, so that a soft line break never splits a UTF-8 sequence.
      const chars = [...line.replace(/\r$/, '')];
      const toks = chars.map((ch, i) => {
        const bytes = Buffer.from(ch, 'utf8');
        const b = bytes[0];
        const last = i === chars.length - 1;
        if (bytes.length === 1 && ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last))) return ch;
        return [...bytes].map((x) => '=' + x.toString(16).toUpperCase().padStart(2, '0')).join('');
      });
      const out = [];
      let cur = '';
      for (const t of toks) {
        if (cur.length + t.length > 75) {
          out.push(cur + '=');
          cur = '';
        }
        cur += t;
      }
      out.push(cur);
      return out.join(eol);
    })
    .join(eol);
}

function b64Encode(buf, eol) {
  const s = buf.toString('base64');
  const out = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join(eol);
}

function normalizeEol(text, eol) {
  return text.replace(/\r\n/g, '\n').split('\n').join(eol);
}

/** Build one leaf part. enc: '7bit' | '8bit' | 'quoted-printable' | 'base64' (auto when omitted). */
function leaf({ type, charset, enc, content, name, disposition, cid, eol }) {
  const isText = typeof content === 'string';
  let cte = enc;
  if (!cte) {
    if (!isText) cte = 'base64';
    else if (isAscii(content.replace(/\r?\n/g, '')) && !content.split('\n').some((l) => l.length > 900)) cte = '7bit';
    else cte = 'quoted-printable';
  }
  const h = [];
  let ct = type;
  if (isText && charset !== null) ct += `; charset=${charset || '"utf-8"'}`;
  const asciiName = !name || isAscii(name);
  if (name) ct += asciiName ? `; name="${name}"` : `; name="${encodeWords(name).join(' ')}"`;
  h.push(fold('Content-Type', ct, eol));
  h.push(`Content-Transfer-Encoding: ${cte}`);
  if (cid) h.push(`Content-ID: <${cid}>`);
  if (disposition) {
    const fn = !name ? '' : asciiName ? `; filename="${name}"` : `; filename*=UTF-8''${encodeURIComponent(name).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())}`;
    h.push(fold('Content-Disposition', `${disposition}${fn}`, eol));
  }
  let body;
  if (cte === 'base64') body = b64Encode(isText ? Buffer.from(normalizeEol(content, '\r\n'), 'utf8') : content, eol);
  else if (cte === 'quoted-printable') body = qpEncode(content.replace(/\r\n/g, '\n'), eol);
  else body = normalizeEol(content, eol);
  return { headers: h, body };
}

const BOUNDARY_STYLES = [
  (h) => `----=_Part_${parseInt(h.slice(0, 6), 16)}_${parseInt(h.slice(6, 12), 16)}.${parseInt(h.slice(12, 16), 16)}`,
  (h) => `b1_${h}`,
  (h) => `===============${parseInt(h.slice(0, 10), 16)}==`,
  (h) => `_000_${h.toUpperCase()}_`,
  (h) => `--==_mimepart_${h.slice(0, 12)}`,
  (h) => `000000000000${h.slice(0, 16)}`,
];

function multipart(subtype, parts, seed, style, eol, extraParams = '', preamble = '') {
  const boundary = BOUNDARY_STYLES[style % BOUNDARY_STYLES.length](hash(seed, 16));
  const lines = [];
  if (preamble) lines.push(preamble, '');
  for (const p of parts) {
    lines.push(`--${boundary}`);
    lines.push(...p.headers);
    lines.push('');
    lines.push(p.body);
  }
  lines.push(`--${boundary}--`);
  lines.push('');
  return {
    headers: [fold('Content-Type', `multipart/${subtype}; boundary="${boundary}"${extraParams}`, eol)],
    body: lines.join(eol),
  };
}

module.exports = { rfc2822Date, hash, header, leaf, multipart, isAscii, normalizeEol, encodeWords };
