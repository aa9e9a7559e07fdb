// What every CLI command shares: its shape, the audit actor of the CLI, printing, and services for one command.
import type { Actor } from '../platform/audit/service';
import type { Config } from '../platform/config';
import { ValidationError } from '../platform/errors';
import { services, type Services } from '../services';

export type Values = Record<string, string | boolean | undefined>;
export interface Command {
  name: string;
  usage: string;
  summary: string;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  required?: string[];
  /** The name of the one positional argument the command takes, if it takes one. */
  positional?: string;
  run(values: Values, config: Config): Promise<number>;
}

export const CLI_ACTOR: Actor = { userId: null, ip: 'cli', requestId: `cli-${process.pid}` };
export const say = (line: string) => process.stdout.write(`${line}\n`);

export async function withServices(config: Config, fn: (s: Services) => Promise<number>): Promise<number> {
  const s = services({ ...config, LOG_LEVEL: 'warn' });
  try {
    return await fn(s);
  } catch (err) {
    if (err instanceof ValidationError) {
      for (const [field, message] of Object.entries(err.errors)) process.stderr.write(`--${field}: ${message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await s.close();
  }
}
