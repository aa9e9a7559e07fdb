// The checks behind the rules in rules.ts, under the same ids: each returns what matched (shown with the hit) or
// null. Message checks see a message's facts; audience checks see an audience's facts.
import disposableDomains from 'disposable-email-domains';
import roleAddresses from 'role-based-email-addresses';
import { baseDomain, extOf, hostOf, shownHost } from './content';
import { allText, DECEPTION_CHECKS } from './deception';
import { SCAM_CHECKS } from './scams';
import type { AttachmentFacts, AudienceFacts, HtmlFacts, Link, MessageFacts } from './model';

/** A message with what its HTML shows and what its attachments really are. */
export interface CheckedMessage {
  facts: MessageFacts;
  html: HtmlFacts | null;
  links: Link[];
  attachments: AttachmentFacts[];
}
type Check<T> = (input: T) => string | null;

/** What mail providers block as attachments (Gmail's and Outlook's lists, the common part). */
export const BLOCKED_EXTENSIONS = new Set(
  (
    'ade adp apk appx appxbundle bat cab chm cmd com cpl dll dmg exe gadget hta inf ins iso img isp jar js jse ' +
    'lib lnk mde msc msi msix msp mst nsh one pif ps1 psm1 reg scr sct shb sys url vb vbe vbs vhd vhdx vxd wsc wsf wsh xll'
  ).split(' '),
);
const SHORTENERS = new Set(
  'bit.ly tinyurl.com goo.gl t.co ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at tiny.cc rb.gy s.id t.ly v.gd bl.ink lnkd.in'.split(
    ' ',
  ),
);
/** What a file's bytes may show for each extension a sender may use; others are not compared. */
const EXPECTED: Record<string, string[]> = {
  pdf: ['pdf'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  png: ['png'],
  gif: ['gif'],
  txt: [],
  csv: [],
  docx: ['docx', 'zip'],
  xlsx: ['xlsx', 'zip'],
  pptx: ['pptx', 'zip'],
  zip: ['zip'],
  doc: ['cfb'],
  xls: ['cfb'],
};
const EXECUTABLE_TYPES = new Set(['exe', 'elf', 'msi', 'mach', 'class', 'dex', 'apk']);
const DOCUMENT_EXT = /\.(pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|txt|csv|rtf|odt|html?|zip)\.[a-z0-9]{2,5}$/i;
const ROLES = new Set(roleAddresses);
const DISPOSABLE = new Set(disposableDomains);

const firstOf = <T>(items: T[], pick: (t: T) => string | null): string | null => {
  for (const i of items) {
    const found = pick(i);
    if (found) return found;
  }
  return null;
};
const share = (n: number, of: number) => (of > 0 ? n / of : 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const UNSUBSCRIBE = /unsubscribe|opt[- ]?out|abmelden|se désabonner|\/u\/[\w.-]+/i;
const POSTAL =
  /\b\d{1,5}\s+[A-Za-z][^\n]{0,120}?\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5}(?:-\d{4})?|\d{4,5})\b|\bP\.?O\.? Box \d+/i;

const MERGE_FIELD =
  /\{\{[^{}]{1,64}\}\}|\*\|[A-Z_]+\|\*|%%?[A-Z_]{3,}%%?|\[(?:first ?name|last ?name|name|company)\]/gi;
/** Words that introduce a merge field as an example ("use a merge field like {{first_name}}"), as help texts do. */
const FIELD_SHOWN =
  /\b(?:merge (?:field|tag)s?|placeholders?|variables?|tokens?|such as|like|e\.g\.|for example)\W{0,3}$/i;

/** The first merge field left unfilled, unless the text names it as an example of one. */
function unfilledField(text: string): string | null {
  for (const found of text.matchAll(MERGE_FIELD)) {
    const before = text.slice(Math.max(0, (found.index ?? 0) - 40), found.index);
    if (!FIELD_SHOWN.test(before)) return found[0];
  }
  return null;
}

/** Hidden text up to this long is a preview line ("preheader"), as newsletters have. */
const PREHEADER = 150;
export const MESSAGE_CHECKS: Record<string, Check<CheckedMessage>> = {
  HYG_NO_UNSUBSCRIBE: (m) =>
    m.facts.listUnsubscribe || UNSUBSCRIBE.test(allText(m)) || m.links.some((l) => UNSUBSCRIBE.test(l.href))
      ? null
      : 'no unsubscribe link',
  HYG_NO_POSTAL_ADDRESS: (m) => (POSTAL.test(allText(m)) ? null : 'no postal address found'),
  HYG_UNFILLED_MERGE_FIELD: (m) => unfilledField(allText(m)),
  HYG_LINK_TEXT_MISMATCH: (m) =>
    firstOf(m.links, (l) => {
      const shown = shownHost(l.text);
      const real = hostOf(l.href);
      if (!shown || !real || baseDomain(shown) === baseDomain(real)) return null;
      // the sender's own site shown, reached through a click tracker, is how newsletters link
      const own = m.facts.fromDomain && baseDomain(shown) === baseDomain(m.facts.fromDomain);
      return own ? null : `shows ${shown}, goes to ${real}`;
    }),
  HYG_URL_SHORTENER: (m) => firstOf(m.links, (l) => (SHORTENERS.has(hostOf(l.href) ?? '') ? l.href : null)),
  HYG_IP_LINK: (m) =>
    firstOf(m.links, (l) => (/^(\d{1,3}\.){3}\d{1,3}$|^\[[0-9a-f:]+\]$/i.test(hostOf(l.href) ?? '') ? l.href : null)),
  HYG_EXECUTABLE_LINK: (m) =>
    firstOf(m.links, (l) => {
      if (!hostOf(l.href)) return null;
      return BLOCKED_EXTENSIONS.has(extOf(new URL(l.href).pathname)) ? l.href : null;
    }),
  HYG_IMAGE_ONLY: (m) =>
    m.html && m.html.images > 0 && m.html.visibleText.length < 100
      ? `${m.html.images} image(s), ${m.html.visibleText.length} characters of text`
      : null,
  HYG_NEAR_EMPTY: (m) => {
    const text = (m.html?.visibleText ?? '') || m.facts.text.trim();
    return !m.html?.images && text.replace(/\s+/g, ' ').length < 20 ? `${text.length} characters of text` : null;
  },
  HYG_HIDDEN_TEXT: (m) => (m.html && m.html.hiddenText.length > PREHEADER ? m.html.hiddenText.slice(0, 80) : null),
  ...DECEPTION_CHECKS,
  ...SCAM_CHECKS,
  MAL_BLOCKED_ATTACHMENT: (m) =>
    firstOf(m.attachments, (a) =>
      BLOCKED_EXTENSIONS.has(extOf(a.filename)) || EXECUTABLE_TYPES.has(a.detected?.ext ?? '') ? a.filename : null,
    ),
  MAL_BLOCKED_IN_ARCHIVE: (m) =>
    firstOf(m.attachments, (a) => a.entries.find((e) => BLOCKED_EXTENSIONS.has(extOf(e))) ?? null),
  MAL_DOUBLE_EXTENSION: (m) =>
    firstOf(
      m.attachments,
      (a) => [a.filename, ...a.entries].find((n) => DOCUMENT_EXT.test(n) && BLOCKED_EXTENSIONS.has(extOf(n))) ?? null,
    ),
  MAL_TYPE_MISMATCH: (m) =>
    firstOf(m.attachments, (a) => {
      const expected = EXPECTED[extOf(a.filename)];
      if (!expected) return null;
      const shows = a.detected?.ext;
      if (shows ? !expected.includes(shows) : expected.length > 0 && !['txt', 'csv'].includes(extOf(a.filename)))
        return `${a.filename} is ${shows ? `really ${shows}` : 'not what its name says'}`;
      const declared = a.declaredType;
      if (shows && a.detected && declared.includes('/') && declared !== 'application/octet-stream') {
        const sameKind = declared.split('/')[0] === a.detected.mime.split('/')[0] || declared === a.detected.mime;
        if (!sameKind) return `${a.filename} is declared ${declared} but is ${a.detected.mime}`;
      }
      return null;
    }),
  MAL_OFFICE_MACROS: (m) => firstOf(m.attachments, (a) => (a.macros ? a.filename : null)),
  MAL_HTML_ATTACHMENT: (m) =>
    firstOf(m.attachments, (a) => (/^(html?|shtml|xhtml|svgz?)$/.test(extOf(a.filename)) ? a.filename : null)),
  MAL_ARCHIVE_BOMB: (m) => firstOf(m.attachments, (a) => (a.bomb ? a.filename : null)),
  MAL_ARCHIVE_UNREADABLE: (m) => firstOf(m.attachments, (a) => (a.unreadable ? a.filename : null)),
};

const hist = (a: AudienceFacts) => a.history;
export const AUDIENCE_CHECKS: Record<string, Check<AudienceFacts>> = {
  AUD_UNCONSENTED_MAJORITY: (a) =>
    a.matching >= 10 && share(a.unconsented, a.matching) > 0.5
      ? `${pct(share(a.unconsented, a.matching))} of ${a.matching} leads`
      : null,
  AUD_UNCONSENTED_SHARE: (a) =>
    a.matching >= 10 && share(a.unconsented, a.matching) > 0.2 && share(a.unconsented, a.matching) <= 0.5
      ? `${pct(share(a.unconsented, a.matching))} of ${a.matching} leads`
      : null,
  AUD_NEW_LEADS: (a) =>
    a.eligible >= 50 && share(a.recent, a.eligible) > 0.5
      ? `${pct(share(a.recent, a.eligible))} created this week`
      : null,
  AUD_ROLE_ADDRESSES: (a) => {
    const n = a.sample.filter((e) => ROLES.has(e.split('@')[0].toLowerCase())).length;
    return n && share(n, a.sample.length) >= 0.1
      ? `${pct(share(n, a.sample.length))} of a sample of ${a.sample.length}`
      : null;
  },
  AUD_DISPOSABLE: (a) => {
    const n = a.sample.filter((e) => DISPOSABLE.has(e.split('@')[1]?.toLowerCase() ?? '')).length;
    return n && share(n, a.sample.length) >= 0.02 ? `${n} of a sample of ${a.sample.length}` : null;
  },
  BEH_VOLUME_SPIKE: (a) =>
    a.eligible >= 1000 && a.eligible > 5 * hist(a).largest
      ? `${a.eligible} recipients; largest in 90 days: ${hist(a).largest}`
      : null,
  BEH_REPEAT_CONTACT: (a) =>
    a.eligible > 0 && share(a.oftenContacted, a.eligible) >= 0.1
      ? `${a.oftenContacted} of ${a.eligible} recipients got 3 or more in 30 days`
      : null,
  BEH_BOUNCE_HISTORY: (a) =>
    hist(a).sent >= 100 && share(hist(a).bounced, hist(a).sent) > 0.05
      ? `${pct(share(hist(a).bounced, hist(a).sent))} of ${hist(a).sent}`
      : null,
  BEH_COMPLAINT_HISTORY: (a) =>
    hist(a).sent >= 100 && share(hist(a).complained, hist(a).sent) > 0.003
      ? `${pct(share(hist(a).complained, hist(a).sent))} of ${hist(a).sent}`
      : null,
  BEH_UNDER_REVIEW: (a) => a.underReview,
};
