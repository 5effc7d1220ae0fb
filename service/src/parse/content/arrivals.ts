/** Arrivals and departures during an item ("Cllr Smith arrived at 7.45pm"). */
import { matchArrivals } from '../../arrivals';
import type { InlineRecogniser, Line } from './inline';
import { W_ARRIVAL } from './keywords';

export function arrivals(line: Line): boolean {
  const { state, seg, from, body } = line;
  const t = seg.text;
  for (const a of matchArrivals(body)) {
    line.item.arrivals.push({
      name: { text: t.slice(from + a.name.start, from + a.name.end), range: state.r(seg, from + a.name.start, from + a.name.end) }, kind: a.kind,
      ...(a.time ? { time: a.time } : {}), ...(a.item ? { item: a.item } : {}), ...(a.withdrawal ? { withdrawal: true } : {}),
      range: state.r(seg, from + a.name.start, from + a.end),
    });
  }
  return false;
}

export const ARRIVALS: InlineRecogniser = { name: 'arrivals', needs: W_ARRIVAL, run: arrivals };
