// pino logger. Personal data, passwords and tokens never reach logs: redact paths cover the usual carriers.
import pino from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
        '*.token',
        '*.secret',
      ],
      censor: '[redacted]',
    },
  });
}
export type Logger = ReturnType<typeof createLogger>;

/**
 * An error's message for a log line: e-mail addresses out (an SMTP server's refusal quotes the recipient), and at
 * most ~300 characters (a database error's message starts with its whole statement, thousands of placeholders
 * for a batch insert, so the middle goes and the cause at the end stays).
 */
export function errorText(err: Error): string {
  const m = err.message.replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:]+/g, '[address]');
  return m.length <= 300 ? m : `${m.slice(0, 100)} … ${m.slice(-180)}`;
}
