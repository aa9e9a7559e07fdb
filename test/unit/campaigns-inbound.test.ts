// Inbound bounces and complaints: DSNs (RFC 3464) and ARF reports (RFC 5965) from test/fixtures/mail, and every way
// a message is refused.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { InboundError, parseInbound } from '../../src/features/campaigns/inbound';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'mail', name), 'utf8');

async function refusal(raw: Buffer | string): Promise<InboundError> {
  try {
    await parseInbound(raw);
  } catch (err) {
    expect(err).to.be.instanceOf(InboundError);
    return err as InboundError;
  }
  throw new Error('expected an InboundError');
}

describe('inbound bounces and complaints', () => {
  describe('reads', () => {
    it('a hard bounce from Postfix with the returned headers', async () => {
      expect(await parseInbound(fixture('dsn-hard.eml'))).to.deep.equal({
        kind: 'bounce',
        severity: 'hard',
        status: '5.1.1',
        diagnostic:
          'smtp; 550 5.1.1 <jane.doe@recipient.example>: Recipient address rejected: User unknown in virtual mailbox table',
        refs: ['r1042.e2Kuu6d5zWtI0gsp5D'],
      });
    });

    it('a soft bounce (Action: failed after retrying, Status: 4.2.2)', async () => {
      expect(await parseInbound(Buffer.from(fixture('dsn-soft-failed.eml')))).to.deep.equal({
        kind: 'bounce',
        severity: 'soft',
        status: '4.2.2',
        diagnostic: 'smtp; 452 4.2.2 The email account that you tried to reach is over quota.',
        refs: ['r2318.kpraj2aEF9Xak7cRlAK'],
      });
    });

    it('a bounce sent to another address, by the Message-ID of the returned message (CRLF lines)', async () => {
      const raw = fixture('dsn-hard-by-message-id.eml');
      expect(raw).to.contain('\r\n').and.not.contain('bounce+');
      expect(await parseInbound(raw)).to.deep.equal({
        kind: 'bounce',
        severity: 'hard',
        status: '5.1.10',
        diagnostic: 'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        refs: ['r5077.hylCaIRiIC143Ri2Ti'],
      });
    });

    it('an abuse complaint (ARF), by the returned message and not by Original-Rcpt-To', async () => {
      expect(await parseInbound(fixture('arf-abuse.eml'))).to.deep.equal({
        kind: 'complaint',
        feedbackType: 'abuse',
        refs: ['r8830.RpABAgie2I6H0n00'],
      });
    });

    it('a failed recipient with a 4.x.x status as a soft bounce', async () => {
      const raw = fixture('dsn-hard.eml').replace('Status: 5.1.1', 'Status: 4.4.7');
      expect(await parseInbound(raw)).to.include({ kind: 'bounce', severity: 'soft', status: '4.4.7' });
    });

    it('the first failed recipient block, with fields in any case', async () => {
      const raw = fixture('dsn-hard.eml').replace(
        'Final-Recipient: rfc822; jane.doe',
        'final-recipient: rfc822; cc@recipient.example\nACTION: Delivered\nstatus: 2.0.0\n\nFinal-Recipient: rfc822; jane.doe',
      );
      expect(await parseInbound(raw)).to.include({ severity: 'hard', status: '5.1.1' });
    });

    it('keeps at most 300 characters of the Diagnostic-Code, and none when there is none', async () => {
      const long = fixture('dsn-hard.eml').replace('Remote-MTA:', `Diagnostic-Code: smtp; 550 ${'x'.repeat(400)}\nX:`);
      const first = await parseInbound(long);
      expect(first.kind === 'bounce' && first.diagnostic).to.equal(`smtp; 550 ${'x'.repeat(290)}`);
      const none = await parseInbound(fixture('dsn-soft-failed.eml').replace('Diagnostic-Code:', 'X-Diagnostic:'));
      expect(none).to.not.have.property('diagnostic');
    });

    it('reads a reply to the List-Unsubscribe mailto: as an unsubscribe request with its token', async () => {
      const raw = fixture('not-a-report.eml').replace(
        /^Subject: .*$/m,
        'Subject: Re: unsubscribe r1042.e2Kuu6d5zWtI0gsp5D_AbC',
      );
      expect(await parseInbound(raw)).to.deep.equal({ kind: 'unsubscribe', token: 'r1042.e2Kuu6d5zWtI0gsp5D_AbC' });
    });

    it('collects refs de-duplicated: VERP address first, then Message-ID, then Return-Path; others ignored', async () => {
      const raw = fixture('dsn-hard.eml')
        .replace('Message-ID: <r1042.e2Kuu6d5zWtI0gsp5D@', 'Message-ID: <r77.MsgIdRef_0123456789@')
        .replace('Return-Path: <bounce+r1042.e2Kuu6d5zWtI0gsp5D@', 'Return-Path: <bounce+r78.ReturnPath-012345@')
        .replace('To: bounce+r1042', 'To: bounce+r9.tooShort@mail.example.org, bounce+r1042');
      const report = await parseInbound(raw);
      expect(report.kind !== 'unsubscribe' && report.refs).to.deep.equal([
        'r1042.e2Kuu6d5zWtI0gsp5D',
        'r77.MsgIdRef_0123456789',
        'r78.ReturnPath-012345',
      ]);
    });
  });

  describe('refuses', () => {
    const cases: [string, () => string | Buffer, string][] = [
      ['an empty message', () => '', 'empty message'],
      ['a message of blank lines', () => Buffer.from('\r\n\r\n  \n'), 'empty message'],
      ['a message over 10 MB', () => Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'message too large'],
      [
        'an ordinary reply',
        () => fixture('not-a-report.eml'),
        'not a delivery status notification, abuse report or unsubscribe request',
      ],
      [
        'an unsubscribe request with a token of the wrong shape',
        () => fixture('not-a-report.eml').replace(/^Subject: .*$/m, 'Subject: unsubscribe r12.short'),
        'not a delivery status notification, abuse report or unsubscribe request',
      ],
      [
        'a report of another type (a read receipt)',
        () => fixture('dsn-hard.eml').replace('report-type=delivery-status', 'report-type=disposition-notification'),
        'unsupported report type: disposition-notification',
      ],
      [
        'a truncated report',
        () => fixture('truncated.eml'),
        'the report is incomplete: it has no delivery-status part',
      ],
      [
        'an abuse report without its feedback-report part',
        () => fixture('arf-abuse.eml').replace('Content-Type: message/feedback-report', 'Content-Type: text/plain'),
        'the report is incomplete: it has no feedback-report part',
      ],
      [
        'a report that the message was delivered',
        () => fixture('dsn-hard.eml').replace('Action: failed', 'Action: delivered'),
        'the report says the message was delivered (Action: delivered)',
      ],
      [
        'a report that the message was relayed',
        () => fixture('dsn-soft.eml').replace('Action: delayed', 'Action: relayed'),
        'the report says the message was relayed (Action: relayed)',
      ],
      [
        'a report with no recipient block',
        () => fixture('dsn-hard.eml').replace(/\nFinal-Recipient:[\s\S]*?\n\n/, '\n'),
        'the report has no failed recipient',
      ],
      [
        'a delay warning (the server is still trying)',
        () => fixture('dsn-soft.eml'),
        'the report says delivery is only delayed (Action: delayed): nothing to do',
      ],
      [
        'an abuse report that says "not spam"',
        () => fixture('arf-abuse.eml').replace('Feedback-Type: abuse', 'Feedback-Type: not-spam'),
        'the report is not a complaint (Feedback-Type: not-spam): nothing to do',
      ],
      [
        'a failed recipient without a Status',
        () => fixture('dsn-hard.eml').replace('Status: 5.1.1', 'Status: unknown'),
        'no valid Status',
      ],
      [
        'an abuse report without a Feedback-Type',
        () => fixture('arf-abuse.eml').replace('Feedback-Type: abuse', 'Feedback: abuse'),
        'no valid Feedback-Type',
      ],
      [
        'a report naming no campaign recipient',
        () => fixture('dsn-hard-by-message-id.eml').replaceAll('<r5077.hylCaIRiIC143Ri2Ti@', '<other-id@'),
        'no campaign recipient found in the report',
      ],
    ];
    for (const [what, raw, reason] of cases) {
      it(what, async () => {
        expect((await refusal(raw())).message)
          .to.contain(reason)
          .and.not.match(/@/);
      });
    }

    it('random binary garbage, always with an InboundError', async () => {
      for (let i = 0; i < 20; i++) await refusal(randomBytes(1 + i * 397));
    });
  });
});
