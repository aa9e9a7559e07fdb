// Hostile files and machine bodies the crawler does not send: CSV imports whose header, cells and name are markup,
// invalid UTF-8, NUL bytes or no CSV at all; campaign attachments that are broken messages (.eml) and archives;
// the public contact form's file; uploads with a forged or no CSRF token; and the mail-event webhook's malformed
// bodies, signed and not. None may answer 5xx or show a payload unescaped; what is refused changes nothing.
// (test/integration/imports.input.test.ts and campaigns.events.test.ts check the messages these are refused with;
// the .eml scorer is the spam:score CLI, which compliance.cli.test.ts feeds truncated and wrongly encoded mail.)
import crypto from 'node:crypto';
import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { app, csrfOf, makeUser, signedInAgent, type Agent } from '../support/helpers';
import { loadStatuses, word } from '../support/leads';
import { configureSending, makeCampaign } from '../support/campaigns';
import { csv, row, upload } from '../support/imports';
import { clearThrottle } from '../support/privacy';
import { ATTRIBUTE, CONTROL, Findings, fingerprint, SCRIPT } from '../support/crawl';

/** Message text with CRLF line ends, as mail has them. */
const eml = (body: string) => Buffer.from(body.replace(/\n/g, '\r\n'));
const HOSTILE_NAME = `${SCRIPT}${ATTRIBUTE}`;

const CSVS: [string, Buffer][] = [
  [
    'markup',
    Buffer.from(
      csv([[SCRIPT, ATTRIBUTE, "' OR 1=1 --", `${word()}@example.test`]], ',', [
        'First name',
        SCRIPT,
        ATTRIBUTE,
        'Email',
      ]),
    ),
  ],
  [
    'invalid utf-8',
    Buffer.concat([Buffer.from('First name,Last name\r\n'), Buffer.from([0xc3, 0x28, 0x2c, 0xff, 0x0d, 0x0a])]),
  ],
  ['nul bytes', Buffer.from(`First\u0000name,Last\u0007name\r\nA\u0000da,Love\u001blace\r\n`)],
  ['ragged and unclosed', Buffer.from('a,b,c\r\n1\r\n"2,3\r\n4,5,6,7,8\r\n')],
  ['only a BOM', Buffer.from([0xef, 0xbb, 0xbf])],
  ['random bytes', crypto.randomBytes(2048)],
];
const ATTACHMENTS: [string, Buffer][] = [
  ['truncated multipart', eml('Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/html\n\n<p>hi')],
  ['nul and control', eml(`Subject: a\u0000b\u0007\nContent-Type: text/plain; charset=utf-8\n\n${CONTROL}`)],
  [
    'invalid utf-8',
    Buffer.concat([eml('Subject: x\nContent-Type: text/plain; charset=utf-8\n\n'), Buffer.from([0xff, 0xc3, 0x28])]),
  ],
  ['bad base64', eml('Content-Type: application/zip\nContent-Transfer-Encoding: base64\n\n!!!!====****')],
  ['not a zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(512)])],
];
const DSN = 'Content-Type: multipart/report; report-type=delivery-status; boundary="z"\n\n--z\n';
const WEBHOOK_BODIES: [string, string, Buffer][] = [
  ['not json', 'application/json', Buffer.from('{"id": "x", ')],
  ['json null', 'application/json', Buffer.from('null')],
  ['json array', 'application/json', Buffer.from('[{"id":"a","type":"bounce"}]')],
  ['wrong types', 'application/json', Buffer.from('{"id":{"a":1},"type":["bounce"],"messageId":12,"bounceType":{}}')],
  ['markup', 'application/json', Buffer.from(JSON.stringify({ id: SCRIPT, type: 'bounce', messageId: ATTRIBUTE }))],
  ['deep nesting', 'application/json', Buffer.from('['.repeat(100_000) + ']'.repeat(100_000))],
  ['invalid utf-8', 'application/json', Buffer.from([0x7b, 0x22, 0xff, 0xc3, 0x28, 0x22, 0x7d])],
  ['nul bytes', 'application/json', Buffer.from('{"id":"a\\u0000b","type":"complaint","messageId":"<\\u0000@x>"}')],
  ['truncated dsn', 'message/rfc822', eml(`${DSN}Content-Type: message/delivery-status\n\nStatus: 5.`)],
  ['garbage report', 'message/rfc822', Buffer.concat([eml(DSN), crypto.randomBytes(4096)])],
  ['empty', 'application/octet-stream', Buffer.alloc(0)],
];

describe('hostile files and webhook bodies', () => {
  let agent: Agent;
  let campaign: number;
  before(async () => {
    await loadStatuses();
    await configureSending();
    const u = await makeUser('staff');
    agent = await signedInAgent(u);
    campaign = (await makeCampaign(u)).id;
  });

  it('takes malformed CSV imports under a hostile file name: no 5xx, header and cells shown escaped', async () => {
    const findings = new Findings();
    for (const [label, bytes] of CSVS) {
      const res = await upload(agent, bytes, `${HOSTILE_NAME}.csv`);
      findings.check(res, 'POST', '/leads/import', label);
      // the mapping page shows the file's name, its header and its first rows
      if (res.status === 303) findings.check(await agent.get(res.headers.location), 'GET', 'the import', label);
    }
    findings.expectNone('imports');
  });

  it('takes broken messages and archives as campaign attachments, and a hostile contact form', async () => {
    const findings = new Findings();
    for (const [label, bytes] of ATTACHMENTS) {
      const page = await agent.get(`/campaigns/${campaign}`);
      const res = await agent
        .post(`/campaigns/${campaign}/attachments`)
        .field('_csrf', csrfOf(page.text))
        .attach('file', bytes, `${label}${HOSTILE_NAME}.eml`);
      findings.check(res, 'POST', '/campaigns/:id/attachments', label);
    }
    findings.check(await agent.get(`/campaigns/${campaign}`), 'GET', '/campaigns/:id', 'attachments listed');
    // the public contact form (a data subject's request, with a file)
    await clearThrottle();
    for (const value of [SCRIPT, ATTRIBUTE, CONTROL]) {
      const visitor = request.agent(app());
      const req = visitor.post('/contact').field('_csrf', csrfOf((await visitor.get('/contact')).text));
      for (const name of ['kind', 'name', 'email', 'phone', 'message']) void req.field(name, value);
      const res = await req.attach('attachment', Buffer.from('%PDF-1.4\n%\xff\n'), `${value}.pdf`);
      findings.check(res, 'POST', '/contact', value);
    }
    await clearThrottle();
    findings.expectNone('attachments');
  });

  it('refuses an upload with a forged token or none with 403, and changes nothing', async () => {
    const before = await fingerprint();
    for (const token of ['forged', undefined])
      for (const path of ['/leads/import', `/campaigns/${campaign}/attachments`]) {
        const req = agent.post(path);
        if (token) void req.field('_csrf', token);
        const res = await req.attach('file', Buffer.from(csv([row()])), 'leads.csv');
        expect(res.status, `${path} with ${token ?? 'no'} token`).to.equal(403);
      }
    expect(await fingerprint(), 'a refused upload changes nothing').to.deep.equal(before);
  });

  it('answers malformed mail-event webhook bodies, signed or not, with 4xx and applies nothing', async () => {
    const findings = new Findings();
    const secret = s.config.mailWebhookSecret;
    const sign = (body: Buffer, t = Math.floor(Date.now() / 1000)) =>
      `t=${t},v1=${crypto.createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex')}`;
    const before = await fingerprint();
    for (const [label, type, body] of WEBHOOK_BODIES)
      for (const [how, signature] of [
        ['signed', sign(body)],
        ['bad signature', 'nonsense'],
        ['unsigned', undefined],
      ]) {
        const req = request(app()).post('/webhooks/mail-events').set('content-type', type);
        if (signature) void req.set('x-valley-signature', signature);
        const res = await req.send(body);
        findings.check(res, 'POST', '/webhooks/mail-events', `${label}, ${how}`);
        if (res.status < 400)
          findings.fail('POST', '/webhooks/mail-events', `${label}, ${how}`, res.status, 'accepted');
      }
    expect(await fingerprint(), 'no event applied').to.deep.equal(before);
    findings.expectNone('webhook');
  });
});
