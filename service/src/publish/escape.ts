/**
 * What every published output does to the user's text, in one place: bidi controls taken out
 * (they make a reader see other text than the minutes hold), Markdown escaped one way for all
 * the Markdown we write (minutes, action log, decisions register), CSV cells that a spreadsheet
 * would run as a formula neutralised (OWASP: a `'` before them, the cell quoted).
 */

/**
 * The bidi controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), and the
 * marks (U+200E, U+200F, U+061C). U+202E makes "txt.exe" show as "exe.txt".
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function withoutBidi(text: string): string {
  return text.replace(BIDI, '');
}

/** A structure with every string in it without bidi controls (the render model, before any writer). */
export function stringsWithoutBidi<T>(value: T): T {
  return clean(value, 0) as T;
}

/** The value itself when none of its strings holds a bidi control (the usual case: nothing copied). */
function clean(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return withoutBidi(v);
  if (v === null || typeof v !== 'object' || depth > 16) return v;
  if (Array.isArray(v)) {
    const out = v.map((x: unknown) => clean(x, depth + 1));
    return out.every((x, i) => x === v[i]) ? v : out;
  }
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const [k, x] of Object.entries(v)) { const y = clean(x, depth + 1); out[k] = y; if (y !== x) changed = true; }
  return changed ? out : v;
}

/**
 * Escapes the user's text for Markdown, lightly enough to stay readable on a website's source:
 * the characters that start emphasis, code, links, HTML or tables, and a line start that would
 * read as a heading or a list. `<script>`, `<img onerror>` and `[x](javascript:…)` stay text.
 */
export function escapeMarkdownText(text: string): string {
  return withoutBidi(text).replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ').replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/, '$1\\$2');
}

/** A CSV cell (RFC 4180), with a cell a spreadsheet would read as a formula starting with `'`. */
export function csvCell(text: string): string {
  const s = withoutBidi(text);
  if (/^[=+\-@\t\r]/.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
