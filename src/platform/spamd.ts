// A client for SpamAssassin's spamd over its spamc protocol (SPAMC/1.5, "REPORT"): no maintained Node client
// exists, and the protocol is one request and one reply per connection. The reply's report lists every rule that
// fired with its points and description; we parse those lines into hits.
import net from 'node:net';

export interface SpamdHit {
  rule: string;
  score: number;
  description: string;
}
export interface SpamdReport {
  score: number;
  threshold: number;
  hits: SpamdHit[];
}

/** spamd did not answer (down, refused, timed out) or answered something that is not a report. */
export class SpamdUnavailableError extends Error {}

const MAX_REPLY = 1_000_000;

/** spamd's reply: "SPAMD/1.1 0 EX_OK", headers up to a blank line ("Spam: True ; 10.3 / 5.0"), then the report. */
export function parseReply(reply: string): SpamdReport {
  const [head, ...rest] = reply.split('\r\n\r\n');
  const lines = head.split('\r\n');
  const status = /^SPAMD\/[\d.]+ (\d+) (.*)$/.exec(lines[0] ?? '');
  if (!status) throw new SpamdUnavailableError('spamd sent no SPAMD status line');
  if (status[1] !== '0') throw new SpamdUnavailableError(`spamd refused the message: ${status[2]}`);
  const spam = lines.map((l) => /^Spam: \w+ ; (-?[\d.]+) \/ (-?[\d.]+)/.exec(l)).find(Boolean);
  if (!spam) throw new SpamdUnavailableError('spamd sent no score');
  return { score: Number(spam[1]), threshold: Number(spam[2]), hits: parseHits(rest.join('\r\n\r\n')) };
}

/** The lines under " pts rule name  description" / "---- ----": "-0.0 NO_RELAYS  Informational: …", wrapped. */
export function parseHits(report: string): SpamdHit[] {
  const lines = report.split(/\r?\n/);
  const start = lines.findIndex((l) => /^-{4} -+ -+/.test(l));
  if (start < 0) return [];
  const hits: SpamdHit[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s+([A-Z0-9_]+)\s+(.*)$/.exec(line);
    if (m) hits.push({ score: Number(m[1]), rule: m[2], description: m[3].trim() });
    else if (/^\s{10,}\S/.test(line) && hits.length) hits[hits.length - 1].description += ` ${line.trim()}`;
    else if (!line.trim()) break;
  }
  return hits;
}

export class SpamdClient {
  private readonly host: string;
  private readonly port: number;

  constructor(
    url: string,
    private readonly timeoutMs = 20_000,
  ) {
    const u = new URL(url);
    this.host = u.hostname;
    this.port = Number(u.port || 783);
  }

  /** Scores one RFC 822 message and returns spamd's report. */
  async report(message: Buffer): Promise<SpamdReport> {
    const head = `REPORT SPAMC/1.5\r\nContent-length: ${message.length}\r\n\r\n`;
    return parseReply(await this.exchange(Buffer.concat([Buffer.from(head), message])));
  }

  /** True when spamd answers PING with PONG within two seconds. */
  async ping(): Promise<boolean> {
    try {
      return /PONG/.test(await this.exchange(Buffer.from('PING SPAMC/1.5\r\n\r\n'), 2000));
    } catch {
      return false;
    }
  }

  private exchange(request: Buffer, timeoutMs = this.timeoutMs): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const fail = (why: string) => {
        socket.destroy();
        reject(new SpamdUnavailableError(`spamd at ${this.host}:${this.port}: ${why}`));
      };
      const socket = net.connect({ host: this.host, port: this.port });
      socket.setTimeout(timeoutMs, () => fail('no answer in time'));
      socket.on('error', (err) => fail(err.message));
      socket.on('connect', () => socket.end(request));
      socket.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_REPLY) return fail('reply too large');
        chunks.push(c);
      });
      socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  }
}
