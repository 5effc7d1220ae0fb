/**
 * Legends of membership categories written after a governors' list:
 * `(FG) Foundation Governor; (CoG) Co-opted Governor`, `FG = Foundation Governor`, `FG – Foundation Governor`,
 * `Key: [MAT] Member-appointed Trustee; [CT] Co-opted Trustee`.
 */
import { looksLikeCode } from './qualifiers';
import type { Span } from './types';
import { isBlankUnit, isSpaceOrTab } from '../unitClass';

export interface LegendEntry { readonly code: Span; readonly meaning: Span }

/**
 * A legend's label (`Key:`), the way its entries are separated, and a code in brackets or followed by a sign.
 * (Two blanks or a tab are looked for ahead and the blanks taken once: a run taken as two blanks or more, then
 * given back one by one to the blanks after it, took seconds on a long run.)
 */
const LEGEND_LEAD = String.raw`(?:^(?:[ \t]*(?:[Kk]ey|KEY|[Ll]egend|LEGEND|[Cc]odes?|CODES?|[Aa]bbreviations|ABBREVIATIONS|[Tt]ypes?|TYPES?|[Cc]ategor(?:y|ies)|CATEGOR(?:Y|IES))[ \t]*:)?|[;,]|(?=\s{2}|\t))\s*`;
// (a bracket of the category's own may stand inside its words: `Foundation (Diocesan) Governor`, `Principal (ex officio)`;
// neither run of words takes a bracket, so where the bracket starts is fixed: no backtracking)
const MEANING = String.raw`([A-Z][\w'’ -]*?(?:\([\w'’ -]{1,30}\)[\w'’ -]*?)?)(?=[ \t]*(?:[;,.]|\t|\s{2,}|$))`;
/** A code in brackets: in square ones it may be one capital (`[P] Principal`), as an academy's key writes its head's. */
const BRACKETED_CODE = String.raw`(?:\[([A-Za-z]{1,5})\]|\(([A-Za-z]{2,5})\))`;
const LEGEND = new RegExp(String.raw`${LEGEND_LEAD}(?:${BRACKETED_CODE}[ \t]+|([A-Za-z]{2,5})[ \t]*(?:=|[-–—]|:)[ \t]*)${MEANING}`, 'gy');
/** Under an attendance grid the code may stand bare before its meaning (`CG Co-opted Governor; PG Parent Governor`). */
const BARE_LEGEND = new RegExp(String.raw`${LEGEND_LEAD}(?:${BRACKETED_CODE}[ \t]+|([A-Za-z]{2,5})(?:[ \t]*(?:=|[-–—]|:)[ \t]*|[ \t]+))${MEANING}`, 'gy');

/**
 * Every entry of a legend line, or undefined when the line is not a legend (every entry must be a code and words).
 * `bare`: the codes may be written without a sign (`CG Co-opted Governor`), as under a grid whose column they spell out.
 */
export function matchLegend(line: string, bare = false): LegendEntry[] | undefined {
  const out: LegendEntry[] = [];
  // a label may open the line (`Key: [MAT] Member-appointed Trustee; [CT] Co-opted Trustee`); a code in round or square brackets
  const re = bare ? BARE_LEGEND : LEGEND;
  re.lastIndex = 0;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const code = m[1] ?? m[2] ?? m[3];
    if (!looksLikeCode(code) && !(m[1] !== undefined && code.length === 1 && code !== code.toLowerCase())) return undefined;
    const cs = m.index + m[0].indexOf(code);
    const ms = m.index + m[0].lastIndexOf(m[4]);
    out.push({ code: { start: cs, end: cs + code.length }, meaning: { start: ms, end: ms + m[4].length } });
    last = re.lastIndex;
  }
  if (out.length === 0 || line.slice(last).replace(/[\s;,.]/g, '').length > 0) return undefined;
  return out;
}

export interface MarkLegend {
  /** The mark written after a name (`A`, `*`). */
  readonly mark: string;
  /** The list a marked member belongs to: `apologies` when the legend says apologies were received. */
  readonly kind: 'absent' | 'apologies';
  /** The legend's words, from the mark to the line's end. */
  readonly label: Span;
}

/**
 * A legend of the mark a list writes after an absent member's name: `A = absent; apologies had been
 * received from all absent members`, `* – apologies`. Undefined when the line is not one.
 */
export function matchMarkLegend(line: string): MarkLegend | undefined {
  const m = /^[ \t]*([A-Z*†])[ \t]*(?:=|[-–—:])[ \t]*(absent|apologies)\b/i.exec(line);
  if (!m) return undefined;
  const start = line.indexOf(m[1]);
  const kind = /^apolog/i.test(m[2]) || /\bapologies\s+(?:had\s+been|have\s+been|were)\s+received\b/i.test(line) ? 'apologies' : 'absent';
  return { mark: m[1], kind, label: { start, end: line.trimEnd().length } };
}

/** Words that head a list of a body's members (`Membership`), which a legend of marks makes its attendance. */
const MEMBERS_HEADING = /^(?:membership|members|attendance|board members|committee members)$/i;

export interface MarkedHeading {
  /** The legend in the heading's brackets, its label spanning the bracket's words. */
  readonly legend: MarkLegend;
  /** The heading's words before the bracket. */
  readonly label: Span;
}

/**
 * A list's heading with the legend of its marks in brackets: `Membership (A = apologies received)`,
 * `Members (* – absent)`. Its members are present, those marked go to the list the legend names.
 * `isListWord` tells whether the heading's words open a list of their own (`Present`, `Members present`).
 */
export function matchMarkedHeading(line: string, isListWord: (word: string) => boolean): MarkedHeading | undefined {
  // (the blanks after the bracket taken once, `(?=([ \t]*))\3`: given back one by one to the blanks before the line's end, a long run took seconds)
  const m = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?([A-Za-z][A-Za-z -]{1,30}?)[ \t]*\(([^()]{3,80})\)(?=([ \t]*))\3:?(?:\*\*)?[ \t]*$/.exec(line);
  if (!m || !(MEMBERS_HEADING.test(m[1]) || isListWord(m[1]))) return undefined;
  const inner = line.indexOf(m[2], m.index + m[0].indexOf('('));
  const legend = matchMarkLegend(m[2]);
  if (!legend) return undefined;
  const start = line.indexOf(m[1]);
  return {
    legend: { ...legend, label: { start: inner + legend.label.start, end: inner + legend.label.end } },
    label: { start, end: start + m[1].length },
  };
}

/**
 * A member's mark written in a column of its own at the line's end (`Sunita Rao    Head of Quality    A`):
 * where the mark starts, or -1. Two spaces or a tab at least before it, so that a name's last
 * initial (`Ann B`) is no mark.
 */
export function trailingMark(line: string, mark: string): number {
  let e = line.length;
  while (e > 0 && (line[e - 1] === ' ' || line[e - 1] === '\t')) e--;
  const at = e - mark.length;
  if (at < 2 || line.slice(at, e) !== mark) return -1;
  const gap = line.slice(Math.max(0, at - 2), at);
  return gap.includes('\t') || gap === '  ' ? at : -1;
}

/**
 * A mark a list writes straight after a member's name (`Rajiv Menon †`, `Ann Roe*`), which a key
 * under the lists explains (`† joined via Microsoft Teams`): where the mark starts in `written` (a
 * name as read, trimmed), or -1. A dagger, a double dagger, a section or pilcrow sign, or one star
 * (two stars close Markdown's bold, no mark).
 */
export function markAfterName(written: string): number {
  const n = written.length;
  const c = written.charCodeAt(n - 1);
  if (c === 0x2a ? written.indexOf('*') !== n - 1 : c !== 0x2020 && c !== 0x2021 && c !== 0xa7 && c !== 0xb6) return -1;
  return n - 1;
}

/**
 * The key to a mark on a line of its own (`† joined via Microsoft Teams`, `* = attended remotely`):
 * the span of its words, or undefined when the line is no key to `mark`.
 */
export function matchMarkKey(line: string, mark: string): Span | undefined {
  let a = 0;
  while (a < line.length && (line[a] === ' ' || line[a] === '\t')) a++;
  if (!line.startsWith(mark, a)) return undefined;
  // (the words' end found in code: a lazy pattern before trailing blanks is quadratic on a long line of them)
  const m = /^[ \t]*(?:[=:–—-][ \t]*)?(?=\S)/.exec(line.slice(a + mark.length));
  if (!m) return undefined;
  const start = a + mark.length + m[0].length;
  return { start, end: blankTrimmedEnd(line, start) };
}

/** A legend of the abbreviations the minutes use, by its label: `Abbreviations:` opening the line. */
const ABBREVIATIONS_LABEL = /^[ \t]*(?:abbreviations|glossary)(?:[ \t]+used)?[ \t]*:[ \t]*/i;
/** One entry: the letters (`AR`, `DVC(E)`), a dash, an equals sign or a colon, and what they stand for, to the next `;`. */
const ABBREVIATION = /^([A-Z]{2,6}(?:\([A-Z]\))?)[ \t]*[-–—=:][ \t]*([A-Z].*)$/;

/** The first test of `mayOpenAbbreviations`: spaces and tabs, then the label's first letter. */
const LABEL_OPENING = /^[ \t]*[aAgG]/;

/** Whether a line may open with the label of a legend of abbreviations: its first letter, then its word (the cheap tests: most files have none). */
export function mayOpenAbbreviations(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpaceOrTab(line.charCodeAt(i))) i++;
  const c = line.charCodeAt(i) | 0x20;
  if (c !== 0x61 && c !== 0x67) return false;
  // (in either case: a label printed in capitals, `ABBREVIATIONS:`, as a heading is)
  return line.indexOf('bbreviations') >= 0 || line.indexOf('lossary') >= 0 || line.indexOf('BBREVIATIONS') >= 0 || line.indexOf('LOSSARY') >= 0;
}

/**
 * The legend of abbreviations a university's minutes print at their end (`Abbreviations: AR – Academic
 * Registrar; DLS – Director of Library Services;` ⏎ `DVC(E) – Deputy Vice-Chancellor (Education).`), over
 * the lines up to a blank one: each code and what it stands for. Undefined when the text has none.
 */
export function readAbbreviations(lines: readonly string[]): Readonly<Record<string, string>> | undefined {
  for (let k = 0; k < lines.length; k++) {
    // (`mayOpenAbbreviations`'s first test, with no call: the line's first character is the label's first letter, an
    // `a` or a `g` in either case, or a space or tab before it, and then the first other character is; most lines
    // open otherwise, and an empty line opens nothing; an indented line is read by one anchored pattern, no loop of ours)
    const line = lines[k];
    if (line.length === 0) continue;
    const c = line.charCodeAt(0);
    if (c === 0x20 || c === 0x09 ? !LABEL_OPENING.test(line) : (c | 0x20) !== 0x61 && (c | 0x20) !== 0x67) continue;
    if (!mayOpenAbbreviations(line)) continue;
    const label = ABBREVIATIONS_LABEL.exec(lines[k]);
    if (!label) continue;
    let text = lines[k].slice(label[0].length);
    for (let n = k + 1; n < lines.length && n <= k + 6 && lines[n].trim().length > 0; n++) text += ` ${lines[n].trim()}`;
    const out: Record<string, string> = {};
    let count = 0;
    for (const part of text.split(';')) {
      if (part.trim().length === 0) continue;
      // (trimmed first, its last full stop in code: a pattern ending in blanks is slow on a line of them)
      const m = ABBREVIATION.exec(part.trim());
      if (!m) return count > 0 ? out : undefined;
      let end = m[2].length;
      while (end > 0 && (m[2].charCodeAt(end - 1) === 0x2e || isBlankUnit(m[2].charCodeAt(end - 1)))) end--;
      out[m[1]] = m[2].slice(0, end);
      count++;
    }
    return count > 0 ? out : undefined;
  }
  return undefined;
}

/** Where `text`'s words end, its trailing blanks and tabs left out, from `start` on. */
function blankTrimmedEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return end;
}
