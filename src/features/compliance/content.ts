// What a message's HTML shows a reader: its links (address and text), images, visible and hidden text. Parsed
// with htmlparser2 (forgiving, streaming, no DOM), so broken or hostile HTML costs linear time and no crash.
import { Parser } from 'htmlparser2';
import type { HtmlFacts, Link } from './model';

const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);
const VOID = new Set(['img', 'br', 'hr', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'wbr']);
const HIDING_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[0-2](?:\.\d+)?(?:px|pt)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)/i;
/** Enough of any message to judge it; the rest is not read. */
const MAX_HTML = 2_000_000;

interface Open {
  name: string;
  hidden: boolean;
  skipped: boolean;
  link?: Link;
}

export function htmlFacts(html: string): HtmlFacts {
  const links: Link[] = [];
  const stack: Open[] = [];
  let images = 0;
  const visible: string[] = [];
  const hidden: string[] = [];
  const top = () => stack[stack.length - 1];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = top();
        if (name === 'img') images++;
        if (VOID.has(name)) return;
        const hides = 'hidden' in attrs || HIDING_STYLE.test(attrs.style ?? '');
        const open: Open = {
          name,
          hidden: Boolean(parent?.hidden) || hides,
          skipped: Boolean(parent?.skipped) || SKIPPED.has(name),
        };
        if (name === 'a' && attrs.href) {
          open.link = { href: attrs.href.trim(), text: '' };
          links.push(open.link);
        }
        stack.push(open);
      },
      ontext(text) {
        const t = top();
        if (t?.skipped) return;
        (t?.hidden ? hidden : visible).push(text);
        for (let i = stack.length - 1; i >= 0; i--) {
          const link = stack[i].link;
          if (link && link.text.length < 500) {
            link.text += text;
            break;
          }
        }
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const at = stack.map((o) => o.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html.slice(0, MAX_HTML));
  parser.end();
  const squash = (parts: string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();
  for (const l of links) l.text = l.text.replace(/\s+/g, ' ').trim();
  return { links, images, visibleText: squash(visible), hiddenText: squash(hidden) };
}

/** Links written in plain text (a text part, or text that looks like an address). */
export function textLinks(text: string): Link[] {
  return [...text.slice(0, MAX_HTML).matchAll(/\bhttps?:\/\/[^\s<>"')\]]+/gi)].map((m) => ({ href: m[0], text: '' }));
}

/** The host of a link (lower case, no trailing dot), or null when it is not an http(s) address. */
/** A file name's extension, lower case ('' for none); trailing dots and spaces ("run.js. ") do not hide it. */
export const extOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name.replace(/[.\s]+$/, ''))?.[1].toLowerCase() ?? '';

export function hostOf(href: string): string | null {
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().replace(/\.$/, '') : null;
  } catch {
    return null;
  }
}

/** The registrable-ish part of a host: its last two labels (three for a country's second level, e.g. co.uk). */
export function baseDomain(host: string): string {
  const labels = host.replace(/^www\./, '').split('.');
  const n = labels.length >= 3 && /^(co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** A bare file name as link text ("slides-2025.pdf") names a document, not a site. */
const FILE_NAME = /^[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|png|jpe?g|gif|ics|mp4|vcf)$/i;

/** The domain a link's text shows, when the text reads as a web address ("www.bank.com/login", "https://…"). */
export function shownHost(text: string): string | null {
  const shown = text.trim();
  if (FILE_NAME.test(shown)) return null;
  const m = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$/i.exec(shown);
  return m ? m[1].toLowerCase() : null;
}
