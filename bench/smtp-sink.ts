// A minimal SMTP sink for the campaign benchmark: accepts every message on loopback, parses nothing, counts them.
// Prints `listening <port>` once, then every second one JSON line: {"t": ms since start, "messages": total so far,
// "bytes": total so far, "connections": open now}.
//   node_modules/.bin/tsx bench/smtp-sink.ts [--port 2526]
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';

const { values: opt } = parseArgs({ options: { port: { type: 'string', default: '2526' } } });

let messages = 0;
let bytes = 0;
let connections = 0;
const started = Date.now();

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  maxClients: 1000,
  onConnect: (_session, callback) => {
    connections++;
    callback();
  },
  onClose: () => {
    connections--;
  },
  onData: (stream, _session, callback) => {
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    stream.on('end', () => {
      messages++;
      callback();
    });
  },
});
server.on('error', (err) => process.stderr.write(`smtp sink: ${err.message}\n`));

server.listen(Number(opt.port), '127.0.0.1', () => {
  const { port } = server.server.address() as AddressInfo;
  process.stdout.write(`listening ${port}\n`);
  setInterval(() => {
    process.stdout.write(`${JSON.stringify({ t: Date.now() - started, messages, bytes, connections })}\n`);
  }, 1000).unref();
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
