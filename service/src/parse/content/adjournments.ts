/**
 * Adjournments and reconvenings written in an item ("The meeting adjourned at 20:10 and
 * reconvened at 20:25."), read onto the item (proceedings/adjournment.ts); a roll call's line after
 * the reconvening (`Present: Cllr Ortega, Cllr Ahmed.`), read onto it; and "Cllr Fisher did
 * not return after the adjournment", a departure at the adjournment (the room counts it).
 */
import { matchAdjournments, matchNotReturned, matchRollCall } from '../../proceedings/adjournment';
import type { InlineRecogniser, Line } from './inline';
import { C_ADJOURNED, W_ADJOURN } from './keywords';

export function adjournments(line: Line): boolean {
  // (an item with no adjournment read yet has no roll call to wait for, and a line without the words
  // reads none: most lines are declined here, before anything is read of the line)
  if (line.item.adjournments === undefined && (line.words & W_ADJOURN) === 0) return false;
  const { state, seg, from, body, item } = line;
  // the first roll call after the item's last reconvening: who was there when the meeting resumed
  const last = item.adjournments?.[item.adjournments.length - 1];
  if (last?.reconvened && !last.rollCall) {
    const names = matchRollCall(body);
    if (names.length) {
      last.rollCall = { names: names.map((n) => ({ text: body.slice(n.start, n.end), range: state.r(seg, from + n.start, from + n.end) })), line: seg.line };
      return false;
    }
  }
  // the rest only where the line holds their words (keywords.ts): the roll call above is the
  // state's, so the row has no gate
  if ((line.words & W_ADJOURN) === 0) return false;
  for (const a of matchAdjournments(body)) {
    (item.adjournments ??= []).push({
      range: state.r(seg, from + a.span.start, from + a.span.end),
      ...(a.adjourned ? { adjourned: a.adjourned } : {}), ...(a.reconvened ? { reconvened: a.reconvened } : {}),
    });
  }
  const gone = matchNotReturned(body);
  if (gone) {
    const time = [...(item.adjournments ?? [])].reverse().find((a) => a.adjourned)?.adjourned?.time;
    item.arrivals.push({
      name: { text: body.slice(gone.start, gone.end), range: state.r(seg, from + gone.start, from + gone.end) }, kind: 'left',
      ...(time ? { time } : {}), range: state.r(seg, from + gone.start, seg.text.length),
    });
  }
  return false;
}

// gate: its words, or an adjournment of the item read (a roll call may follow the reconvening)
export const ADJOURNMENTS: InlineRecogniser = { name: 'adjournments', anyWords: W_ADJOURN | C_ADJOURNED, run: adjournments };
