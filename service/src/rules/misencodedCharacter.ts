import { defineRule, type Finding } from './rule';
import { misencodedRuns } from '../encoding';
import { linesBeyondAsciiWhere } from './beyondAscii';

/**
 * A lead character of a UTF-8 sequence read as Windows-1252 (`Â`–`ô`) followed by a character
 * whose Windows-1252 byte continues one (U+0080–U+00BF or one of the 27 letters Windows-1252 puts
 * at 0x80–0x9F): lines without such a pair (an accented name, `Zoë`) are not looked into.
 */
const MAYBE = /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/;
/** Whether a line may hold a misencoded character (the lines the rule reads). */
const maybeMisencoded = (line: string): boolean => MAYBE.test(line);
/** Findings listed at most; the editor's own limit says how many more (listedFindings). */
const LIMIT = 2000;

/**
 * Text saved as UTF-8 and read back as Windows-1252 (copied from a web page or a mail, or
 * extracted from a PDF): `weâ€™re` for `we’re`, `â€“` for `–`. The words read wrong in the
 * published minutes and in search. Never changed silently: each run is reported, and the fix
 * writes the character the writer typed in its place (encoding.ts decides which runs these are;
 * an accented name, `Zoë`, is never one), so no word is lost.
 */
export const misencodedCharacter = defineRule('misencoded-character', 'warning', 'Characters garbled by a wrong encoding (`â€™` for `’`): the text was saved as UTF-8 and read as Windows-1252; the fix writes the intended character.', (ctx, code) => {
  const out: Finding[] = [];
  const lines = ctx.lines;
  for (const l of linesBeyondAsciiWhere(lines, maybeMisencoded)) {
    if (out.length >= LIMIT) break;
    const raw = lines[l];
    for (const run of misencodedRuns(raw)) {
      const range = { start: { line: l, character: run.start }, end: { line: l, character: run.end } };
      out.push({
        code, range,
        message: `"${run.text}" is "${run.replacement}" garbled by a wrong encoding (the text was saved as UTF-8 and read as Windows-1252, as often when copied from a web page, a mail or a PDF). Write "${run.replacement}" instead.`,
        fixes: [{ title: `Write "${run.replacement}" for "${run.text}"`, preferred: true, edits: [{ range, newText: run.replacement }] }],
      });
    }
  }
  return out;
});
