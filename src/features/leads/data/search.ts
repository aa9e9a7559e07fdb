// Lead search terms as tsqueries: each typed word a prefix, or (once lead_search_words has been asked) the words
// each prefix stands for.

/** The words of a search, lowercased, punctuation dropped (at most 8). */
export const searchWords = (q: string): string[] =>
  q
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.slice(0, 8) ?? [];

/** "smi acm" → 'smi:* & acm:*' (prefix search on each word, punctuation dropped). */
export function toPrefixQuery(q: string): string | undefined {
  const words = searchWords(q);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}

/** A word prefix expands to at most this many words; beyond that it stays a prefix. */
export const EXPANSIONS = 20;
/** The tsquery of the words, each replaced by its expansions (lexemes) unless it has none or too many. */
export function toExpandedQuery(words: string[], expansions: string[][]): string {
  return words
    .map((w, k) => {
      const found = expansions[k] ?? [];
      return found.length && found.length <= EXPANSIONS ? `(${found.map(lexeme).join(' | ')})` : `${lexeme(w)}:*`;
    })
    .join(' & ');
}
const lexeme = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
