// The scorer's rules: one reviewed, versioned file. Each rule has an id, a family, a weight (points added to
// SpamAssassin's score), a plain-language explanation shown to the sender and the compliance officer, and a test
// case (an input it must hit and, where it helps, one it must not; test/unit/compliance.rules.test.ts runs them).
// The checks themselves are in checks.ts and deception.ts, under the same ids; the deception rules are listed in
// rules-deception.ts, the scam rules in rules-scams.ts, the audience and behaviour rules in rules-campaign.ts. Change a weight or a threshold: bump RULES_VERSION,
// run `npm run bench:spam`, and put the new figures in BENCHMARKS.md.
import type { AudienceFacts, Family } from './model';
import { CAMPAIGN_RULES } from './rules-campaign';
import { DECEPTION_RULES } from './rules-deception';
import { SCAM_RULES } from './rules-scams';

export const RULES_VERSION = '2026-12-03.3';

/** A score at or above `review` is held for a compliance officer; at or above `block` it is blocked. */
export const THRESHOLDS = { review: 5, block: 15 } as const;

/** Example inputs: a message (attachments as text, or a ZIP of named files) or an audience. */
export interface ExampleAttachment {
  filename: string;
  contentType?: string;
  text?: string;
  /** Bytes given as base64 (e.g. an executable's header). */
  base64?: string;
  /** A ZIP of these files; a { repeat, times } entry is that text repeated (a zip bomb's filling). */
  zip?: Record<string, string | { repeat: string; times: number }>;
}
export interface Example {
  subject?: string;
  /** The domain of the From address. */
  fromDomain?: string;
  html?: string;
  text?: string;
  listUnsubscribe?: boolean;
  attachments?: ExampleAttachment[];
  audience?: Partial<AudienceFacts>;
}
export interface Rule {
  id: string;
  family: Exclude<Family, 'spamassassin' | 'security'>;
  weight: number;
  /** A hit stops the campaign outright, whatever the score. */
  block?: true;
  /** A hit holds the campaign for review at least, whatever the score. */
  hold?: true;
  explanation: string;
  example: { hit: Example; miss?: Example };
}

const NEWSLETTER =
  '<p>Hello Ana, here is our December product news.</p><p><a href="https://valley.example/u/x">Unsubscribe</a> · 1 Market St, Leeds LS1 4AB</p>';
const MZ =
  'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0hVGhpcyBwcm9ncmFtIGNhbm5vdCBiZSBydW4gaW4gRE9TIG1vZGUu';

export const RULES: Rule[] = [
  // marketing hygiene: what every lawful marketing e-mail has, and what deceptive ones do
  {
    id: 'HYG_NO_UNSUBSCRIBE',
    family: 'hygiene',
    weight: 1.5,
    explanation: 'There is no way to unsubscribe: no unsubscribe link and no List-Unsubscribe header.',
    example: { hit: { html: '<p>Buy our product today.</p>' }, miss: { html: NEWSLETTER } },
  },
  {
    id: 'HYG_NO_POSTAL_ADDRESS',
    family: 'hygiene',
    weight: 1.0,
    explanation: 'The message shows no postal address of the sender, which marketing law requires.',
    example: { hit: { text: 'Call me tomorrow. Unsubscribe: https://x.example/u/1' }, miss: { html: NEWSLETTER } },
  },
  {
    id: 'HYG_UNFILLED_MERGE_FIELD',
    family: 'hygiene',
    weight: 2.5,
    explanation: 'A merge field was left unfilled, so recipients see placeholder text such as {{firstName}}.',
    example: { hit: { text: 'Hi {{firstName}}, a quick note.' }, miss: { text: 'Hi Ana, a quick note.' } },
  },
  {
    id: 'HYG_LINK_TEXT_MISMATCH',
    family: 'hygiene',
    weight: 4.0,
    explanation: 'A link shows one web address but leads to a different domain, a classic phishing trick.',
    example: {
      hit: { html: '<a href="https://login-check.example.net/x">https://www.mybank.com/login</a>' },
      miss: { html: '<a href="https://www.mybank.com/login">www.mybank.com/login</a>' },
    },
  },
  {
    id: 'HYG_URL_SHORTENER',
    family: 'hygiene',
    weight: 2.0,
    explanation: 'A link goes through a URL shortener, which hides where it leads; link to the real page.',
    example: { hit: { html: '<a href="https://bit.ly/3xYz">our offer</a>' }, miss: { html: NEWSLETTER } },
  },
  {
    id: 'HYG_IP_LINK',
    family: 'hygiene',
    weight: 3.5,
    explanation: 'A link points to a bare IP address instead of a domain, which legitimate senders do not do.',
    example: { hit: { html: '<a href="http://192.0.2.7/login.php">sign in</a>' }, miss: { html: NEWSLETTER } },
  },
  {
    id: 'HYG_EXECUTABLE_LINK',
    family: 'hygiene',
    weight: 6.0,
    explanation: 'A link downloads a program (.exe, .scr, .js …); mailbox providers treat that as malware.',
    example: { hit: { html: '<a href="https://files.example/setup.exe">download</a>' }, miss: { html: NEWSLETTER } },
  },
  {
    id: 'HYG_IMAGE_ONLY',
    family: 'hygiene',
    weight: 2.5,
    explanation: 'The HTML is images with almost no text, which filters read as hiding the message from them.',
    example: {
      hit: { html: '<a href="https://x.example"><img src="https://x.example/offer.png"></a>' },
      miss: {
        html: `<p>This month we opened a second warehouse in Leeds, so orders now ship the same day.</p>${NEWSLETTER}<img src="https://x.example/logo.png">`,
      },
    },
  },
  {
    id: 'HYG_NEAR_EMPTY',
    family: 'hygiene',
    weight: 1.5,
    explanation: 'The message has almost no text.',
    example: { hit: { text: 'see this' }, miss: { text: 'Hello Ana, here is the quote we discussed on Monday.' } },
  },
  {
    id: 'HYG_HIDDEN_TEXT',
    family: 'hygiene',
    weight: 3.5,
    explanation:
      'Much of the text is hidden (display:none, zero or tiny font), a trick to fool filters (a short hidden preview line is fine).',
    example: {
      hit: {
        html: `${NEWSLETTER}<div style="display:none">${'cheap meds winner prize casino bonus '.repeat(5)}</div>`,
      },
      miss: { html: `<div style="display:none">Our December news: three new reports.</div>${NEWSLETTER}` },
    },
  },
  // deception: what phishing and fraud ask of the reader (rules-deception.ts)
  ...DECEPTION_RULES,
  // scams: what they sell, how traps bill, where phishing is hosted (rules-scams.ts)
  ...SCAM_RULES,
  // malware: what mailbox providers refuse, and what hides it
  {
    id: 'MAL_BLOCKED_ATTACHMENT',
    family: 'malware',
    weight: 20,
    block: true,
    explanation: 'An attachment is a program or script (.exe, .js, .scr …) that mailbox providers block as malware.',
    example: {
      hit: { attachments: [{ filename: 'setup.exe', base64: MZ }] },
      miss: { attachments: [{ filename: 'prices.txt', text: 'Prices for 2027' }] },
    },
  },
  {
    id: 'MAL_BLOCKED_IN_ARCHIVE',
    family: 'malware',
    weight: 20,
    block: true,
    explanation: 'An archive attached to the message contains a program or script that mailbox providers block.',
    example: {
      hit: { attachments: [{ filename: 'invoice.zip', zip: { 'invoice.js': 'WScript.Echo(1)' } }] },
      miss: { attachments: [{ filename: 'photos.zip', zip: { 'a.txt': 'hello' } }] },
    },
  },
  {
    id: 'MAL_DOUBLE_EXTENSION',
    family: 'malware',
    weight: 20,
    block: true,
    explanation: 'A file name has two extensions (invoice.pdf.exe), disguising a program as a document.',
    example: {
      hit: { attachments: [{ filename: 'invoice.pdf.exe', base64: MZ }] },
      miss: { attachments: [{ filename: 'report.2026.txt', text: 'ok' }] },
    },
  },
  {
    id: 'MAL_TYPE_MISMATCH',
    family: 'malware',
    weight: 8,
    explanation: 'A file’s contents do not match its name or declared type (a program named like a picture).',
    example: {
      hit: { attachments: [{ filename: 'photo.jpg', contentType: 'image/jpeg', base64: MZ }] },
      miss: { attachments: [{ filename: 'note.txt', contentType: 'text/plain', text: 'hello' }] },
    },
  },
  {
    id: 'MAL_OFFICE_MACROS',
    family: 'malware',
    weight: 20,
    block: true,
    explanation: 'An Office document contains macros, the most common way malware arrives by e-mail.',
    example: {
      hit: {
        attachments: [{ filename: 'order.docm', zip: { '[Content_Types].xml': '<x/>', 'word/vbaProject.bin': 'x' } }],
      },
      miss: {
        attachments: [{ filename: 'order.docx', zip: { '[Content_Types].xml': '<x/>', 'word/document.xml': '<w/>' } }],
      },
    },
  },
  {
    id: 'MAL_HTML_ATTACHMENT',
    family: 'malware',
    weight: 2,
    explanation:
      'An HTML or SVG file is attached: it opens a page from the reader’s own disk, a way to slip a fake sign-in form past link checks.',
    example: {
      hit: { attachments: [{ filename: 'Remittance.html', contentType: 'text/html', text: '<form>password</form>' }] },
      miss: { attachments: [{ filename: 'prices.csv', contentType: 'text/csv', text: 'a,b\n1,2' }] },
    },
  },
  {
    id: 'MAL_ARCHIVE_BOMB',
    family: 'malware',
    weight: 20,
    block: true,
    explanation: 'An archive expands to far more than its size or nests archives deeply (a "zip bomb").',
    example: {
      hit: { attachments: [{ filename: 'big.zip', zip: { 'zeros.txt': { repeat: '0', times: 3_000_000 } } }] },
    },
  },
  {
    id: 'MAL_ARCHIVE_UNREADABLE',
    family: 'malware',
    weight: 8,
    explanation: 'An archive cannot be opened (damaged or password-protected), so it cannot be checked for malware.',
    example: { hit: { attachments: [{ filename: 'secret.zip', base64: 'UEsDBBQAAAAIAP//' }] } },
  },
  // audience and behaviour: who the campaign was aimed at, the sender's record (rules-campaign.ts)
  ...CAMPAIGN_RULES,
];

export const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
