// `spam:score FILE.eml`: one RFC 822 message scored with the content and malware families. The input is checked
// first (size, a header section), and the whole scoring is bounded in time, so no file can hang or crash it.
import fs from 'node:fs/promises';
import { SpamdUnavailableError } from '../../platform/spamd';
import type { ScoreResult } from './model';
import type { Scorer } from './scorer';

const MAX_BYTES = 25_000_000;
const TIME_LIMIT_MS = 30_000;
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:[ \t]?\S?/;

export type ScoreOutcome = { code: 0 | 1; result: ScoreResult } | { code: 2 | 3; error: string };

export async function scoreFile(scorer: Scorer, file: string): Promise<ScoreOutcome> {
  let raw: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { code: 2, error: `${file} is not a file` };
    if (stat.size > MAX_BYTES) return { code: 2, error: `${file} is larger than 25 MB: not scored` };
    raw = await fs.readFile(file);
  } catch (err) {
    return { code: 2, error: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  const firstLine = raw.subarray(0, 1000).toString('latin1').split(/\r?\n/)[0];
  if (!raw.length || !HEADER_LINE.test(firstLine) || raw.subarray(0, 4096).includes(0))
    return { code: 2, error: `${file} is not an RFC 822 message (it does not start with a header line)` };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), TIME_LIMIT_MS);
  });
  try {
    const result = await Promise.race([scorer.scoreRaw(raw), late]);
    return { code: result.verdict === 'pass' ? 0 : 1, result };
  } catch (err) {
    if (err instanceof SpamdUnavailableError) return { code: 3, error: `content scan unavailable: ${err.message}` };
    if ((err as Error).message === 'timeout') return { code: 2, error: `${file} could not be scored within 30 s` };
    return { code: 2, error: `${file} could not be read as a message: ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}
