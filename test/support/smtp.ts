// A real SMTP server on loopback (smtp-server) that keeps what it receives, parsed (mailparser).
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** The envelope sender (MAIL FROM): where bounces go. */
  envelopeFrom: string;
  /** A header as it was sent (unfolded), by lower-case name. */
  headers: Map<string, string>;
  /** The attached files' names. */
  attachments: string[];
}

export class TestSmtp {
  readonly messages: ReceivedMail[] = [];
  /**
   * While holding, a message is read but not answered: it is kept (and counted as received) only once
   * `release()` answers 250. A sender killed meanwhile never got a 250, so by RFC 5321 it was never accepted:
   * `dropHeld()` refuses those, as a real server does when the client goes away.
   */
  holding = false;
  /** Addresses refused at RCPT TO with "550 5.1.1 no such user" (a permanent failure), in lower case. */
  readonly refusing = new Set<string>();
  private held: { accept: () => void; refuse: () => void }[] = [];
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (!this.refusing.has(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
    },
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          const accept = () => {
            this.keep(mail, session);
            callback();
          };
          if (!this.holding) return accept();
          this.held.push({ accept, refuse: () => callback(new Error('connection lost before the reply')) });
        })
        .catch(callback);
    },
  });

  private keep(mail: ParsedMail, session: SMTPServerSession): void {
    for (const rcpt of session.envelope.rcptTo) {
      this.messages.push({
        to: rcpt.address.toLowerCase(),
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
        messageId: mail.messageId ?? '',
        envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        attachments: mail.attachments.map((a) => a.filename ?? ''),
        headers: new Map(
          mail.headerLines.map((h) => [
            h.key,
            h.line
              .slice(h.line.indexOf(':') + 1)
              .replace(/\r?\n\s+/g, ' ')
              .trim(),
          ]),
        ),
      });
    }
  }

  /** Answers the held messages with 250 (they are received) and stops holding. */
  release(): void {
    this.holding = false;
    for (const h of this.held.splice(0)) h.accept();
  }

  /** Refuses the held messages (their sender is gone) and stops holding. */
  dropHeld(): number {
    this.holding = false;
    const dropped = this.held.splice(0);
    for (const h of dropped) h.refuse();
    return dropped.length;
  }

  async start(): Promise<number> {
    // a sender SIGKILLed mid-conversation resets its connection: a real server logs that and carries on
    this.server.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ECONNRESET') throw err;
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to === address.toLowerCase());
  }
}
