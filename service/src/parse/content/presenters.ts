/** Presenters: `Presenter: …`, or the published sentence ("Sarah Jones presented the report"). */
import { matchPresenter } from '../../constructs';
import type { Mention, Presenter } from '../../model';
import type { InlineRecogniser, Line } from './inline';
import { H_BY } from './keywords';

export function presenter(line: Line): boolean {
  const p = matchPresenter(line.body);
  if (!p) return false;
  const { state, seg, from } = line;
  const t = seg.text;
  // (a loop that pushes, not `map`: the names keep one kind of array whether the engine runs this optimised
  // or not, so that the rules reading them are not compiled again for the other kind)
  const names: Mention[] = [];
  for (let k = 0; k < p.names.length; k++) {
    const n = p.names[k];
    names.push({ text: t.slice(from + n.start, from + n.end), range: state.r(seg, from + n.start, from + n.end) });
  }
  const found: Presenter = {
    names, canonical: p.canonical, range: state.r(seg, from + p.start, t.length), leadRange: state.r(seg, from + p.lead.start, from + p.lead.end),
    tail: p.tail ? state.located(seg, from + p.tail.start, from + p.tail.end) : undefined,
  };
  line.item.presenters.push(found);
  line.presenter = found;
  if (!p.canonical && p.start === 0) state.variants.push({ kind: 'presenter-sentence', range: state.r(seg, from, t.length), presenter: found });
  return false;
}

// gate: `matchPresenter`'s "by"
export const PRESENTER: InlineRecogniser = { name: 'presenter', needs: H_BY, run: presenter };
