// Operations CLI: `npm run crm -- <command> [options]`. Used by people, scripts and tests.
// Exit codes: 0 done, 1 failed, 2 bad arguments.
import { parseArgs } from 'node:util';
import { configOrExit } from '../platform/config';
import { commands, type Command } from './commands';

const USAGE = `Usage: npm run crm -- <command> [options]

Commands:
${commands.map((c: Command) => `  ${c.usage.padEnd(58)} ${c.summary}`).join('\n')}
`;

export class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(name && name !== 'help' && name !== '--help' ? `Unknown command: ${name}\n\n${USAGE}` : USAGE);
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    const allowPositionals = Boolean(command.positional);
    const parsed = parseArgs({ args: rest, options: command.options ?? {}, strict: true, allowPositionals });
    values = parsed.values;
    if (command.positional) {
      if (parsed.positionals.length !== 1) throw new UsageError(`give one ${command.positional}`);
      values[command.positional] = parsed.positionals[0];
    }
    for (const required of command.required ?? [])
      if (values[required] === undefined) throw new UsageError(`--${required} is required`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\nUsage: npm run crm -- ${command.usage}\n`);
    return 2;
  }
  const code = await command.run(values, configOrExit());
  // Bad arguments found once the command ran (a bad role, a taken e-mail address…) get the usage too.
  if (code === 2) process.stderr.write(`\nUsage: npm run crm -- ${command.usage}\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`error: ${err.message}\n`);
    process.exit(1);
  },
);
