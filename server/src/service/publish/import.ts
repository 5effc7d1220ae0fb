/**
 * Import of published minutes (text extracted from a PDF, as in the corpus) into clean markup:
 * every recognised variant rewritten in the canonical form by the rules' own fixes (the ones that
 * are proved to keep every word), then the extraction debris set aside by the text layer (tags,
 * `data-bbox` attributes, entities, bold markers, table rules), one paragraph a line, and the result
 * formatted. Nothing here knows a construct: the rules, the text layer and the formatter do.
 */
import type { TextEdit } from '../types';
import { comparePositions } from '../types';
import { analyzeText } from '../analysis';
import { DEFAULT_SETTINGS, type MinutesSettings } from '../settings';
import { applyTextEdits, segmentDocument, splitLines } from '../text';
import { formatDocument } from '../format';
import { parse } from '../parse';

/** Rules whose preferred fix rewrites a published form as the markup's own, keeping the words. */
const CANONICALISING = new Set(['minutes/non-canonical', 'minutes/malformed-number']);

/** The preferred canonicalising fixes of the whole text, without overlaps, until none is left. */
function canonicalise(text: string, settings: MinutesSettings, today: Date): string {
  for (let pass = 0; pass < 8; pass++) {
    const a = analyzeText('file:///import.minutes', pass, text, settings, today);
    const edits: TextEdit[] = [];
    for (const f of a.findings) {
      if (!CANONICALISING.has(f.code) || f.fixes.length === 0) continue;
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      // an edit that overlaps one already taken waits for the next pass
      if (fix.edits.some((e) => edits.some((o) => comparePositions(e.range.start, o.range.end) < 0 && comparePositions(o.range.start, e.range.end) < 0))) continue;
      edits.push(...fix.edits);
    }
    if (edits.length === 0) return text;
    text = applyTextEdits(text, edits);
  }
  return text;
}

/** A line of a table's frame: dashes, equals, pipes, plus signs and colons only. */
const TABLE_RULE = /^[\s\-=_|+:]{3,}$/;

/** Each paragraph on a line of its own, as clean text: the debris of extraction set aside. */
function clean(text: string): string {
  const lines = splitLines(text);
  const out: string[] = [];
  for (const seg of segmentDocument(lines)) {
    const t = seg.text.replace(/\s+$/, '');
    if (t !== '' && TABLE_RULE.test(t) && /[-=_]{3}/.test(t)) continue;
    if (seg.heading > 0) out.push(`${'#'.repeat(seg.heading)} ${t}`);
    else out.push(seg.bullet ? `- ${t}` : t);
  }
  // blank lines: at most one in a row, none at the start
  const squeezed: string[] = [];
  for (const l of out) if (l !== '' || (squeezed.length > 0 && squeezed[squeezed.length - 1] !== '')) squeezed.push(l);
  return `${squeezed.join('\n').trimEnd()}\n`;
}

export function importPublished(text: string, settings: MinutesSettings = DEFAULT_SETTINGS, today: Date = new Date()): string {
  const canonical = canonicalise(text.replace(/^\ufeff/, ''), settings, today);
  const tidy = canonicalise(clean(canonical), settings, today);
  const edits = formatDocument(parse(tidy, { numbering: settings.numbering, dateOrder: settings.dateOrder }), tidy, today);
  return applyTextEdits(tidy, edits);
}
