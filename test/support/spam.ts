// Test and benchmark helpers for the scorer: a rule's example as message facts (ZIPs built with yazl), and a
// message as RFC 822 bytes (nodemailer's composer).
import MailComposer from 'nodemailer/lib/mail-composer';
import yazl from 'yazl';
import type { MessageFacts } from '../../src/features/compliance/model';
import type { Example, ExampleAttachment } from '../../src/features/compliance/rules';

export function zipOf(files: Record<string, string | { repeat: string; times: number } | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) {
    const bytes = Buffer.isBuffer(content)
      ? content
      : Buffer.from(typeof content === 'string' ? content : content.repeat.repeat(content.times));
    zip.addBuffer(bytes, name);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

async function contentOf(a: ExampleAttachment): Promise<Buffer> {
  if (a.zip) return zipOf(a.zip);
  if (a.base64) return Buffer.from(a.base64, 'base64');
  return Buffer.from(a.text ?? '');
}

/** An example's message: its parts as given, with an address and an unsubscribe header unless it tests those. */
export async function factsOf(e: Example): Promise<MessageFacts> {
  return {
    subject: e.subject ?? 'December news',
    html: e.html ?? null,
    text:
      e.text ??
      (e.html
        ? ''
        : 'Hello Ana, our December news. 1 Market St, Leeds LS1 4AB. Unsubscribe: https://valley.example/u/x'),
    listUnsubscribe: e.listUnsubscribe ?? false,
    fromDomain: e.fromDomain,
    attachments: await Promise.all(
      (e.attachments ?? []).map(async (a) => ({
        filename: a.filename,
        contentType: a.contentType ?? 'application/octet-stream',
        content: await contentOf(a),
      })),
    ),
  };
}

/** A message as the wire carries it. */
export function rfc822(m: {
  from?: string;
  to?: string;
  subject: string;
  text?: string;
  html?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType?: string }[];
}): Promise<Buffer> {
  const mail = new MailComposer({ from: 'Ana Diaz <ana@valley.example>', to: 'Bo <bo@client.example>', ...m });
  return new Promise((resolve, reject) => mail.compile().build((err, out) => (err ? reject(err) : resolve(out))));
}

/** Spammy enough to be held (SpamAssassin's and our hits add up past 5), not past the block threshold (15). */
export const SPAMMY = {
  subject: 'Limited time: our offer for your team',
  body: [
    'Hello,',
    'Have a look at our offer before it ends.',
    '[https://www.paypal.com/offer](http://192.0.2.7/offer.php)',
    '[See it](https://bit.ly/3xYz)',
  ].join('\n\n'),
};
