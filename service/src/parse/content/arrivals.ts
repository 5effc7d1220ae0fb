/** Arrivals and departures during an item ("Cllr Smith arrived at 7.45pm"). */
import { matchArrivals } from '../../arrivals';
import type { InlineRecogniser, Line } from './inline';
import { W_ARRIVAL } from './keywords';
import { indexOf } from './publishedDecisions';

/** A line that opens with the verb of a coming or going, its subject ending the line above (`Councillor Fairbairn` ⏎ `left the meeting …`). */
const OPENS_WITH_VERB = /^[ \t]*(?:left|joined|re-?joined|returned|arrived|departed|withdrew)\b/i;

export function arrivals(line: Line): boolean {
  const { state, seg, from, body } = line;
  const t = seg.text;
  // (and the line's own comings and goings after it, read as ever)
  if (from === 0 && OPENS_WITH_VERB.test(body)) wrappedSubject(line);
  for (const a of matchArrivals(body)) {
    line.item.arrivals.push({
      name: { text: t.slice(from + a.name.start, from + a.name.end), range: state.r(seg, from + a.name.start, from + a.name.end) }, kind: a.kind,
      ...(a.time ? { time: a.time } : {}), ...(a.item ? { item: a.item } : {}), ...(a.withdrawal ? { withdrawal: true } : {}), ...(a.back ? { back: true } : {}),
      range: state.r(seg, from + a.name.start, from + a.end),
    });
  }
  return false;
}

/**
 * The comings and goings of a line whose subject the page left at the end of the line above (`… did not return. Councillor
 * Fairbairn` ⏎ `left the meeting at 7.52pm …`, `… left the meeting at 7:41 p.m. due to connection difficulties and` ⏎ `rejoined
 * at 7:49 p.m.`): read over both lines, those whose verb is on this line kept. True when one was.
 */
function wrappedSubject(line: Line): boolean {
  const { state, seg, body } = line;
  const k = indexOf(state, seg);
  const prev = k > 0 ? state.segs[k - 1] : undefined;
  if (!prev || prev.line !== seg.line - 1 || prev.text.length === 0 || prev.text.length > 400) return false;
  const joined = `${prev.text} ${body}`;
  const at = prev.text.length + 1;
  let found = false;
  for (const a of matchArrivals(joined)) {
    if (a.end <= at || a.name.start >= at || a.name.end > prev.text.length) continue;
    found = true;
    line.item.arrivals.push({
      name: { text: prev.text.slice(a.name.start, a.name.end), range: state.r(prev, a.name.start, a.name.end) }, kind: a.kind,
      ...(a.time ? { time: a.time } : {}), ...(a.item ? { item: a.item } : {}), ...(a.withdrawal ? { withdrawal: true } : {}), ...(a.back ? { back: true } : {}),
      range: { start: state.r(prev, a.name.start, a.name.start).start, end: state.r(seg, a.end - at, a.end - at).end },
    });
  }
  return found;
}

export const ARRIVALS: InlineRecogniser = { name: 'arrivals', needs: W_ARRIVAL, run: arrivals };
