/**
 * An agenda printed before the minutes (or a file that is only an agenda): its `Agenda` heading,
 * then its numbered lines, until a title line or a people block begins the minutes.
 */
import { findDate } from '../../dates';
import { isAgendaHeading, isHeadingLike, matchAgendaItem, matchPresenter } from '../../constructs';
import type { Mention } from '../../model';
import type { AgendaBuilder } from '../builders';
import type { Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { blockHeading } from './peopleBlocks';
import { startLetters } from '../content/keywords';

/**
 * `Agenda` on a line of its own, outside an item: the header read so far belongs to the agenda.
 * Once the meeting has a list of who attended, the minutes have begun: an `## Agenda` heading
 * there is the minutes' own (the notes of a Markdown steering meeting), not an agenda before them.
 */
export function agendaHeading(state: ParseState, i: number): number {
  const seg = state.segs[i];
  if (state.item || !isAgendaHeading(seg.text)) return DECLINE;
  // after the attendance (`## Present` …), `## Agenda` heads the minutes' own items: an agenda printed before the minutes comes before it
  if (state.meeting && state.meeting.people.length > 0 && state.meeting.items.length === 0) return DECLINE;
  // an `Agenda` over a list of contents the minutes below repeat line by line (parse/layout.ts
  // `contentsLines`) heads the minutes' own list of their items, not an agenda before them
  if (contentsBelow(state, seg.line)) return DECLINE;
  // a scribe tool's page copied from the browser: `Agenda` and `IRC log.` are the links under its heading, no agenda
  if (linkLabelBelow(state, i)) return DECLINE;
  startAgenda(state, seg);
  return 0;
}

/** The link labels a scribe tool prints beside `Agenda` under its heading (`IRC log.`, `Minutes`). */
const LINK_LABEL = /^[ \t]*(?:IRC[ \t]+log|previous[ \t]+minutes|minutes)\.?[ \t]*$/i;

/** Whether the next line that is not blank is such a link label. */
function linkLabelBelow(state: ParseState, i: number): boolean {
  const n = state.nextNonBlank(i);
  return n >= 0 && LINK_LABEL.test(state.segs[n].text);
}

/** Whether a list of contents starts within the three lines below `line`. */
function contentsBelow(state: ParseState, line: number): boolean {
  const c = state.layout.contentsLines;
  if (!c) return false;
  for (let l = line + 1; l <= line + 3; l++) if (c.has(l)) return true;
  return false;
}

function startAgenda(state: ParseState, seg: Segment): void {
  // The header read so far (title, date) belongs to the agenda, not to minutes.
  const m = state.meeting;
  const agenda: AgendaBuilder = { title: m?.title, date: m?.date, items: [], sections: [], range: state.whole(seg) };
  if (m) agenda.range = { start: m.range.start, end: state.lineEnd(seg.line) };
  state.agendas.push(agenda);
  state.agenda = agenda;
  state.meeting = undefined;
  state.section = undefined;
  state.headerDateSeg = -1;
  state.phase = 'agenda';
}

/** A line of the agenda; declines (ending the agenda) on a title line or a people block heading. */
export function agendaLine(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const agenda = state.agenda;
  if (state.phase !== 'agenda' || !agenda) return DECLINE;
  const t = seg.text;
  const ai = matchAgendaItem(t);
  if (ai) {
    const rest = t.slice(ai.rest);
    const fields = rest.split(/\t+| {2,}/).map((f) => f.trim()).filter((f) => f.length > 0);
    const bold = seg.bold.find(([a]) => a >= ai.rest);
    let title = bold ? t.slice(bold[0], bold[1]).trim() : fields[0] ?? '';
    title = title.replace(/:$/, '');
    const presenters: Mention[] = [];
    const p = matchPresenter(t);
    if (p) for (const n of p.names) presenters.push({ text: t.slice(n.start, n.end), range: state.r(seg, n.start, n.end) });
    const last = fields[fields.length - 1];
    const kind = fields.length > 1 && last && /^(?:verbal|written|for noting|presentation|report|verbal update|written report)/i.test(last) ? last : undefined;
    agenda.items.push({ number: ai.number, time: ai.time, title, presenters, kind, range: state.whole(seg) });
    agenda.range = { start: agenda.range.start, end: state.lineEnd(seg.line) };
    return 0;
  }
  // A new title line, or a people block, ends the agenda: the minutes begin.
  if (seg.heading > 0 || (t === t.toUpperCase() && /[A-Z]{4}/.test(t)) || blockHeading(t)) {
    state.agenda = undefined;
    state.phase = 'header';
    return DECLINE;
  }
  if (isHeadingLike(t)) agenda.sections.push(state.located(seg, 0, t.length));
  else if (agenda.items.length === 0 && !agenda.date) {
    const d = findDate(t, state.order);
    if (d) agenda.date = state.dateValue(seg, d);
  }
  agenda.range = { start: agenda.range.start, end: state.lineEnd(seg.line) };
  return 0;
}

export const AGENDA_HEADING: Recogniser = { name: 'agenda-heading', phases: ['header', 'people', 'agenda', 'body'], interrupts: ['header', 'people', 'agenda'], starts: startLetters('a'), where: 'outside-item', run: agendaHeading };
export const AGENDA_LINE: Recogniser = { name: 'agenda-line', phases: ['agenda'], run: agendaLine };
