/**
 * A decision's whole words. A resolution whose parts stand below its keyword (`RESOLVED:` ⏎ `(a) That …` ⏎
 * `(b) That …`) keeps its first part as its text and every part in `parts`: whatever shows or publishes the
 * decision (the decisions register, the outline, open data, the published minutes) shows them all, or part (b)
 * on would be lost from the record.
 */
import type { Decision } from './model';

export function decisionWords(d: Pick<Decision, 'text' | 'parts'>): string {
  const parts = d.parts;
  if (parts === undefined || parts.length === 0) return d.text;
  // (a part's label set in its own column, `B   That …`: one blank after it, as a sentence has)
  const head = d.text.trim().replace(/[ \t]{2,}/g, ' ');
  let out = head;
  // (a part the text holds already, its first as a rule, is not said twice)
  for (const p of parts) {
    const w = p.trim().replace(/[ \t]{2,}/g, ' ');
    if (w.length > 0 && !head.includes(w)) out = out.length === 0 ? w : `${out} ${w}`;
  }
  return out;
}
