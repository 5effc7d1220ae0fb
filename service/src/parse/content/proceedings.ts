/**
 * The proceedings of an item in our markup (proceedings/vote.ts, proceedings/interest.ts):
 * `MOTION:`/`AMENDMENT:` opens a motion, `Moved:`, `Seconded:`, `Vote:`, `For:`, `Against:`,
 * `Abstained:`, `Casting vote:` and `Result:` add to the item's last motion, and `Interest:`
 * records a declaration. Only in our markup (a `Date:` field): published minutes write their
 * motions in sentences, which `forms/votes.ts` reads onto the decision, and a line such as
 * `For: information` in a published paper is no vote.
 */
import type { Item, Meeting, Mention } from '../../model';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { matchProceedingLine, readBareResult, readCounts, readNames, readResult } from '../../proceedings/vote';
import type { MotionBuilder } from '../builders';
import { readInterest } from '../../proceedings/interest';
import { writtenInOurMarkup } from '../../proceedings/ourMarkup';
import { C_MOTION, H_COLON, S_MARK, startLetters } from './keywords';

/** Our markup: the meeting's date is a `Date:` field (proceedings/ourMarkup.ts). */
function ourMarkup(state: ParseState, m: Meeting): boolean {
  return writtenInOurMarkup(m, state.lines);
}

/** Whether the line is one of the item's proceedings: a line that opens a motion or declares an interest, or one that adds to an open motion. */
export function isProceeding(state: ParseState, item: Item, m: Meeting, text: string): boolean {
  const p = matchProceedingLine(text);
  if (!p || !ourMarkup(state, m)) return false;
  return p.key === 'motion' || p.key === 'amendment' || p.key === 'moved' || p.key === 'interest' || (item.motions?.length ?? 0) > 0;
}

function mention(state: ParseState, seg: Segment, at: number, s: number, e: number): Mention {
  return { text: seg.text.slice(at + s, at + e), range: state.r(seg, at + s, at + e) };
}

export function proceedings(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  const p = matchProceedingLine(body);
  if (!p || !ourMarkup(state, line.meeting)) return false;
  const value = body.slice(p.value.start, p.value.end);
  const at = from + p.value.start;
  const whole = state.r(seg, from, seg.text.length);
  const last = item.motions?.[item.motions.length - 1];
  if (p.key === 'interest') {
    const parts = readInterest(value);
    if (!parts) return false;
    (item.interests ??= []).push({
      member: mention(state, seg, at, parts.member.start, parts.member.end),
      range: whole,
      ...(parts.item ? { item: { value: value.slice(parts.item.start, parts.item.end), range: state.r(seg, at + parts.item.start, at + parts.item.end) } } : {}),
      ...(parts.kind ? { kind: { value: value.slice(parts.kind.start, parts.kind.end), range: state.r(seg, at + parts.kind.start, at + parts.kind.end) } } : {}),
      ...(parts.action ? { action: { value: parts.action.value, range: state.r(seg, at + parts.action.span.start, at + parts.action.span.end) } } : {}),
    });
    return true;
  }
  if (p.key === 'motion' || p.key === 'amendment') {
    (item.motions ??= []).push({ kind: p.key, text: value, range: whole, vote: {} });
    return true;
  }
  if (p.key === 'moved') {
    if (value === '') return false;
    // `Moved:` after a motion that has its mover, or none yet: a motion of its own, its words unwritten
    let motion: MotionBuilder | undefined = last && !last.mover && !last.result ? last : undefined;
    if (!motion) { motion = { kind: 'motion', text: '', range: whole, vote: {} }; (item.motions ??= []).push(motion); }
    motion.mover = mention(state, seg, at, 0, value.length);
    return true;
  }
  // the rest add to an open motion; without one, the line is the item's text (`For: information`)
  if (!last) return false;
  switch (p.key) {
    case 'seconded':
      if (value === '') return false;
      last.seconder = mention(state, seg, at, 0, value.length);
      return true;
    case 'vote': {
      const c = readCounts(value);
      if (!c) return false;
      Object.assign(last.vote, c, { countsRange: state.r(seg, at, at + value.length) });
      return true;
    }
    case 'for': case 'against': case 'abstained': {
      const names = readNames(value).map((n) => mention(state, seg, at, n.start, n.end));
      if (p.key === 'for') last.vote.ayes = names; else if (p.key === 'against') last.vote.nays = names; else last.vote.abstainers = names;
      return true;
    }
    case 'casting': {
      if (value === '') return false;
      const name = value.replace(/[ \t]*\([^()]*\)$/, '');
      last.vote.castingVote = mention(state, seg, at, 0, name.length);
      return true;
    }
    case 'result': {
      const r = readResult(value);
      if (!r) return false;
      last.result = { value: r.result, range: state.r(seg, at, at + value.length) };
      if (r.unanimous) last.vote.unanimous = true;
      return true;
    }
    default:
      return false;
  }
}

/** The item's last motion while it has no result: what a result alone on its line completes. */
export function openMotion(item: Item): MotionBuilder | undefined {
  const last = item.motions?.[item.motions.length - 1];
  return last && !last.result ? last : undefined;
}

/** Whether the line is a result alone on its line that completes the item's open motion (`bareResult`). */
export function isBareResult(state: ParseState, item: Item, m: Meeting, text: string): boolean {
  return openMotion(item) !== undefined && readBareResult(text) !== undefined && ourMarkup(state, m);
}

/**
 * A result alone on its line under the item's open motion (`Moved by:` ⏎ `Seconded by:` ⏎ the resolution ⏎
 * `CARRIED (4-1)`): that motion's result, as a `Result:` line gives it, and the count written with it. Only
 * where `Moved:` lines are read (our markup, `proceedings`), and only for a motion with no result yet.
 */
export function bareResult(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  const last = openMotion(item);
  if (!last || !ourMarkup(state, line.meeting)) return false;
  const r = readBareResult(body);
  if (!r) return false;
  // (as a `Result:` line's value: the trailing full stop left out)
  const t = body.trimEnd();
  const s = from + body.length - body.trimStart().length;
  const range = state.r(seg, s, from + (t.endsWith('.') ? t.length - 1 : t.length));
  last.result = { value: r.result, range };
  if (r.unanimous) last.vote.unanimous = true;
  const v = last.vote;
  if (v.for === undefined && v.against === undefined && (r.for !== undefined || r.against !== undefined)) {
    Object.assign(v, { for: r.for, against: r.against, ...(r.abstain !== undefined ? { abstain: r.abstain } : {}), countsRange: range });
  }
  return true;
}

// gate: `readBareResult`'s first letters: a result's word, or `Motion` before it (forms/votes.ts)
// gate: a result's first letters, under an open motion
export const BARE_RESULT: InlineRecogniser = { name: 'bare-result', starts: startLetters('cpaldfm'), needs: C_MOTION, run: bareResult };

// gate: `matchProceedingLine`'s first character and its key's colon (the proceedings-line recogniser's too)
export const PROCEEDINGS: InlineRecogniser = { name: 'proceedings', starts: startLetters('mapsvfcrid') | S_MARK, needs: H_COLON, run: proceedings };
