// A campaign's message for one recipient: the Markdown body rendered to HTML (markdown-it, raw HTML disabled) and
// kept as the plain-text part, with merge fields filled in. A merge field is {{name}} or {{name|fallback}}; an
// unknown name is an error when the campaign is saved, and a recipient without a value for a field that has no
// fallback gets no message with a blank in it: render() says which field is missing instead.
import MarkdownIt from 'markdown-it';
import { MERGE_FIELDS, type MergeField, type Recipient } from './model';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
const TAG = /\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}/g;

/** The characters render() uses for its placeholders (Private Use Area), never part of a message. */
const PLACEHOLDER_CHARS = /[\uE000\uE001]/g;

export interface MergeTag {
  field: string;
  fallback: string | undefined;
}

/** The merge tags a text uses, in order. */
export function mergeTags(text: string): MergeTag[] {
  return [...text.replace(PLACEHOLDER_CHARS, '').matchAll(TAG)].map((m) => ({ field: m[1], fallback: m[2]?.trim() }));
}

/** Merge tags naming no known field (each name once), for the error beside the field. */
export function unknownFields(text: string): string[] {
  return [...new Set(mergeTags(text).map((t) => t.field))].filter((f) => !Object.hasOwn(MERGE_FIELDS, f));
}

/** Whether a merge tag stands inside a link's address, where Markdown would percent-encode it. */
export const mergeTagInLink = (text: string) =>
  /\]\([^)]*\{\{|<[a-z]+:[^>]*\{\{|\b(?:https?:\/\/|www\.)[^\s]*\{\{/i.test(text);

export type Rendered = { ok: true; subject: string; html: string; text: string } | { ok: false; missing: MergeField[] };

/** Each tag's value for the recipient (its fallback when the recipient has none), or the fields missing. */
function values(texts: string[], recipient: Recipient): { found: string[]; missing: MergeField[] } {
  const found: string[] = [];
  const missing = new Set<MergeField>();
  for (const tag of texts.flatMap(mergeTags)) {
    const own = Object.hasOwn(recipient, tag.field) ? recipient[tag.field as MergeField] : undefined;
    const value = own?.trim() || tag.fallback || '';
    if (!value) missing.add(tag.field as MergeField);
    found.push(value);
  }
  return { found, missing: [...missing] };
}

/**
 * The subject, HTML part and text part for the recipient. Merge fields are replaced by placeholders before the
 * Markdown is rendered and filled in after, escaped in the HTML part, so a lead's data never becomes markup.
 */
export function render(draft: { subject: string; body: string }, recipient: Recipient): Rendered {
  const body = draft.body.replace(PLACEHOLDER_CHARS, '');
  const { found, missing } = values([draft.subject, body], recipient);
  if (missing.length) return { ok: false, missing };
  let k = 0;
  const subject = draft.subject.replace(TAG, () => found[k++]).replace(/[\r\n]+/g, ' ');
  const start = k;
  const text = body.replace(TAG, () => found[k++]);
  let n = start;
  const marked = body.replace(TAG, () => `\uE000${n++}\uE001`);
  const html = md
    .render(marked)
    .replace(/\uE000(\d+)\uE001/g, (_all, i: string) => md.utils.escapeHtml(found[Number(i)]));
  return { ok: true, subject, html, text };
}
