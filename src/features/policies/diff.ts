// Two versions' texts compared word by word (jsdiff's diffWords): the words kept, inserted and deleted, for a
// page that marks insertions and deletions with <ins>/<del> and words, not colour alone.
import { diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/** Past this much work the comparison gives up (texts too different to mark word by word): a public page. */
const TIMEOUT_MS = 500;

export function compareTexts(before: string, after: string): { parts: DiffPart[]; inserted: number; deleted: number } {
  const changes = diffWords(before, after, { timeout: TIMEOUT_MS }) ?? [
    { value: before, removed: true, added: false, count: 0 },
    { value: after, added: true, removed: false, count: 0 },
  ];
  const parts: DiffPart[] = changes.map((c) => ({
    kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same',
    text: c.value,
  }));
  const words = (k: DiffPart['kind']) =>
    parts.filter((p) => p.kind === k).reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
  return { parts, inserted: words('inserted'), deleted: words('deleted') };
}
