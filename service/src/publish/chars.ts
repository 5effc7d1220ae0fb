/**
 * Characters a published document may not carry as they are. XML 1.0 forbids the C0 controls
 * other than tab, line feed and carriage return, lone surrogates and U+FFFE/U+FFFF: one of them in
 * `word/document.xml` and Word refuses the file. HTML reads the same controls as errors. A form
 * feed or vertical tab (a page or line break in text from a PDF or Word) separates words: each
 * such character becomes a space, so no word is glued to the next ("text.Page").
 */
// eslint-disable-next-line no-control-regex -- the control characters XML forbids, on purpose
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 forbids (and DEL) replaced by a space. */
export function publishableText(text: string): string {
  return text.replace(FORBIDDEN, ' ');
}

/** The same for every string in a plain structure (the render model), leaving its shape as it is. */
export function publishableDeep<T>(value: T): T {
  if (typeof value === 'string') return publishableText(value) as T;
  if (Array.isArray(value)) return value.map((v) => publishableDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = publishableDeep(v);
    return out as T;
  }
  return value;
}
