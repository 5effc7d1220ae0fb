/**
 * A motion quoted in full (forms/motions.ts `quotedMotionStart`): `The following motion was moved:`
 * ⏎ `"That this Branch Executive Committee supports …` ⏎ `… before the ballot closes."` ⏎ `Proposed:
 * AB⇥Seconded: PC` ⏎ `For 7, against 0, abstentions 1. CARRIED.` The decision is the quoted words
 * once the record below them says the motion carried; one it says was lost is none. Its words are a
 * motion's when they open with `That` or when the line above introduces a motion or resolution (`…
 * motion was moved:`); never reads past the item's paragraph.
 */
import { quotedMotionEnd, quotedMotionRecord, quotedMotionStart } from '../../forms/motions';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';

/** The quoted words wrap over this many lines at most, and the record takes as many. */
const MAX_LINES = 8;
const RECORD_LINES = 3;
const INTRODUCED = /\b(?:motion|resolution)\b[^:]{0,80}:[ \t]*$/i;

/** The next line of the paragraph after segment k (the page's debris passed over), or -1. */
function nextLine(state: ParseState, k: number): number {
  for (let n = k + 1; n < state.segs.length; n++) {
    const s = state.segs[n];
    if (state.layout.debrisLines.has(s.line)) continue;
    if (s.text.length === 0 || state.layout.heads?.has(s.line)) return -1;
    return n;
  }
  return -1;
}

function quotedMotion(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  // (the first test: the line's first character a quotation mark, which few are)
  const c = body.charCodeAt(0);
  if (c !== 0x22 && c !== 0x201c && c !== 0x20 && c !== 0x09) return false;
  const open = quotedMotionStart(body);
  if (open < 0) return false;
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= seg.line) return false;
  const k0 = indexOf(state, seg);
  if (k0 < 0) return false;
  if (!/^That\b/i.test(body.slice(open))) {
    const prev = k0 > 0 ? state.segs[k0 - 1] : undefined;
    if (!prev || prev.line !== seg.line - 1 || prev.line <= item.headRange.start.line || !INTRODUCED.test(prev.text)) return false;
  }
  let words = body.slice(open);
  let close = quotedMotionEnd(words, 0);
  let k = k0;
  for (let n = 0; close < 0 && n < MAX_LINES; n++) {
    const j = nextLine(state, k);
    if (j < 0) return false;
    k = j;
    const at = words.length + 1;
    words = `${words} ${state.segs[j].text.trim()}`;
    close = quotedMotionEnd(words, at);
  }
  if (close < 0) return false;
  let result: 'carried' | 'lost' | 'record' | undefined;
  let end: Segment = state.segs[k];
  for (let n = 0; n < RECORD_LINES && result !== 'carried' && result !== 'lost'; n++) {
    const j = nextLine(state, k);
    if (j < 0) break;
    const r = quotedMotionRecord(state.segs[j].text);
    if (!r) break;
    result = r;
    k = j;
    end = state.segs[j];
  }
  if (result !== 'carried') return false;
  const text = words.slice(0, close).trim().replace(/[ \t]+/g, ' ');
  if (text.length === 0) return false;
  item.decisions.push({
    text,
    range: { start: state.pos(seg, from + open - 1), end: state.whole(end).end },
    keyword: state.located(seg, from + open - 1, from + Math.min(body.length, open + 4)),
  });
  return false;
}

export const QUOTED_MOTION: InlineRecogniser = { name: 'quoted-motion', run: quotedMotion };
