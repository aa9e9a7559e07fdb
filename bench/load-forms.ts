// What a browser would send from a page's form, read from the HTML the portal rendered: the form whose action
// is given, with its inputs (checked boxes and radios only), selected options and textareas. Enough for the
// portal's own forms (bench/load.ts edits a lead and saves preferences through them); not a general HTML parser.
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : undefined;
};
const has = (tag: string, name: string) => new RegExp(`\\s${name}(\\s|>|=|/)`).test(tag);

/** The fields of the form posting to `action` on `html` (undefined when there is none). */
export function formFields(html: string, action: string): Record<string, string> | undefined {
  const start = html.search(new RegExp(`<form[^>]*\\saction="${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  if (start < 0) return undefined;
  const form = html.slice(start, html.indexOf('</form>', start));
  const out: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name || type === 'submit' || type === 'file') continue;
    if ((type === 'checkbox' || type === 'radio') && !has(tag, 'checked')) continue;
    out[name] = attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : '');
  }
  for (const [, open, body] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const name = attr(open, 'name');
    if (!name) continue;
    const options = [...body.matchAll(/<option\b[^>]*>/g)].map(([t]) => t);
    const chosen = options.find((t) => has(t, 'selected')) ?? options[0];
    if (chosen) out[name] = attr(chosen, 'value') ?? '';
  }
  for (const [, open, body] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
    const name = attr(open, 'name');
    if (name) out[name] = unescape(body.replace(/^\r?\n/, ''));
  }
  return out;
}

/** The page's CSRF token (every form of a page carries the same one). */
export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

/** The value at quantile q (0..1) of sorted numbers. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
