// `spam:score FILE.eml` as a real process against real spamd: the JSON and exit codes, and bad input (malformed,
// truncated, 10 MB, wrongly encoded, binary, zip bombs, deeply nested archives) answered with a clear error or a
// verdict within seconds, never a crash or a hang.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { crm, type Run } from '../support/cli';
import { rfc822, SPAMMY, zipOf } from '../support/spam';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valley-spam-'));
const FOOTER = 'Valley Ltd, 1 Mill Lane, Leeds LS1 4AB. Unsubscribe: https://valley.example/u/x1';

interface Scored {
  score: number;
  verdict: string;
  hits: { rule: string; family: string; weight: number; explanation: string }[];
}

async function score(name: string, bytes: Buffer | string): Promise<Run & { ms: number; out?: Scored }> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const t = Date.now();
  const run = await crm(['spam:score', file]);
  const ms = Date.now() - t;
  expect(run.stderr, 'no stack trace').to.not.match(/\n\s+at /);
  return { ...run, ms, out: run.code === 0 || run.code === 1 ? (JSON.parse(run.stdout) as Scored) : undefined };
}
const rules = (r: { out?: Scored }) => (r.out?.hits ?? []).map((h) => h.rule);
const ordinary = (over: Partial<Parameters<typeof rfc822>[0]> = {}) =>
  rfc822({
    subject: 'Your quote for the spring order',
    text: `Hello Bo,\n\nThe quote is attached.\n\n${FOOTER}`,
    ...over,
  });

describe('spam:score (the CLI, with spamd)', function () {
  this.timeout(120_000);
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the score, verdict and every hit; exit 1 for a spammy message, 0 for an ordinary one', async () => {
    const spam = await score('spam.eml', await rfc822({ subject: SPAMMY.subject, html: SPAMMY.body }));
    expect(spam.code).to.equal(1);
    expect(spam.out!.verdict).to.equal('review');
    expect(new Set(spam.out!.hits.map((h) => h.family))).to.include.members(['spamassassin', 'hygiene']);
    for (const h of spam.out!.hits) expect(h).to.have.all.keys('rule', 'family', 'weight', 'explanation');
    const ham = await score('ham.eml', await ordinary());
    expect([ham.code, ham.out!.verdict], JSON.stringify(ham.out)).to.deep.equal([0, 'pass']);
  });

  it('blocks a message with an .exe, and one with a .js inside a ZIP', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    const a = await score('exe.eml', await ordinary({ attachments: [{ filename: 'invoice.pdf.exe', content: exe }] }));
    expect([a.code, a.out!.verdict]).to.deep.equal([1, 'block']);
    expect(rules(a)).to.include.members(['MAL_BLOCKED_ATTACHMENT', 'MAL_DOUBLE_EXTENSION']);
    const zip = await zipOf({ 'docs/readme.js': 'WScript.Echo(1)' });
    const b = await score('zip.eml', await ordinary({ attachments: [{ filename: 'docs.zip', content: zip }] }));
    expect([b.code, b.out!.verdict]).to.deep.equal([1, 'block']);
    expect(rules(b)).to.include('MAL_BLOCKED_IN_ARCHIVE');
  });

  it('refuses what is not a message, a missing file and binary bytes with exit 2 and a clear error', async () => {
    const text = await score('notes.eml', 'just some notes\nwith no headers\n');
    expect([text.code, text.stderr.split('\n')[0]]).to.deep.equal([
      2,
      `${dir}/notes.eml is not an RFC 822 message (it does not start with a header line)`,
    ]);
    const binary = await score('random.eml', crypto.randomBytes(64_000));
    expect(binary.code).to.equal(2);
    expect(binary.stderr).to.match(/is not an RFC 822 message/);
    const missing = await crm(['spam:score', path.join(dir, 'nope.eml')]);
    expect([missing.code, missing.stderr.split('\n')[0]]).to.deep.equal([2, `cannot read ${dir}/nope.eml: ENOENT`]);
  });

  it('gives a verdict within seconds for truncated, wrongly encoded and 10 MB messages', async () => {
    const full = await ordinary({
      attachments: [{ filename: 'prices.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') }],
    });
    const cut = await score('cut.eml', full.subarray(0, Math.floor(full.length * 0.6)));
    const latin1 = Buffer.from(
      'From: a@valley.example\r\nTo: b@client.example\r\nSubject: Pr\xe9sentation\r\n' +
        'Content-Type: text/plain; charset=utf-8\r\n\r\nVoil\xe0 le devis, r\xe9vis\xe9. \xff\xfe\r\n' +
        `${FOOTER}\r\n`,
      'latin1',
    );
    const badCharset = await score('latin1.eml', latin1);
    const bogus = await score(
      'bogus.eml',
      await ordinary({ headers: { 'Content-Type': 'text/plain; charset=x-nonsense-9' } }),
    );
    const huge = await score(
      'huge.eml',
      await ordinary({ text: `Hello Bo,\n\n${'Our spring range. '.repeat(600_000)}\n${FOOTER}` }),
    );
    expect(huge.out, huge.stderr).to.not.equal(undefined);
    for (const r of [cut, badCharset, bogus, huge]) {
      expect([0, 1], r.stderr).to.include(r.code);
      expect(r.out!.verdict).to.be.oneOf(['pass', 'review', 'block']);
      expect(r.ms, 'within seconds').to.be.below(30_000);
    }
  });

  it('reads bodies built to make pattern matching slow in seconds', async () => {
    const text = `${'{{aaaaaaaaaa '.repeat(4000)}\n${'1 aaaaaaaa '.repeat(8000)}`;
    const r = await score('slow.eml', await rfc822({ subject: 'Hello', text }));
    expect([0, 1], r.stderr).to.include(r.code);
    expect(r.ms).to.be.below(30_000);
  });

  it('recognises a zip bomb and deeply nested archives without expanding them', async () => {
    const bomb = await zipOf({ 'zeros.bin': Buffer.alloc(60_000_000) });
    let nested = await zipOf({ 'payload.txt': 'hello' });
    for (let i = 0; i < 8; i++) nested = await zipOf({ [`level${i}.zip`]: nested });
    for (const [name, zip] of [
      ['bomb', bomb],
      ['nested', nested],
    ] as const) {
      const r = await score(
        `${name}.eml`,
        await ordinary({ attachments: [{ filename: `${name}.zip`, content: zip }] }),
      );
      expect(r.code, r.stderr).to.equal(1);
      expect(rules(r)).to.include('MAL_ARCHIVE_BOMB');
      expect(r.ms).to.be.below(30_000);
    }
  });
});
